package io.corebank.carddemo;

/**
 * One of the POSTTRAN partitions. Transactions are split by the account their card belongs to, so every
 * account (its cycle figures, category balances and ledger balance) is posted by exactly one partition,
 * in file order, and partitions never wait on each other's rows. A card missing from the cross-reference
 * (rejected with reason 100) is split by the card number.
 *
 * @param index 0-based
 * @param count how many partitions the run has
 */
record PostTranPartition(int index, int count) {
  static final PostTranPartition WHOLE_FILE = new PostTranPartition(0, 1);

  PostTranPartition {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("partition " + index + " of " + count + " does not exist");
    }
  }

  /** The partition that posts a transaction of {@code cardNumber}, whose account is {@code acctId} (null: unknown card). */
  static int of(Long acctId, String cardNumber, int count) {
    return acctId != null ? (int) Math.floorMod(acctId, (long) count) : Math.floorMod(cardNumber.hashCode(), count);
  }

  boolean owns(Long acctId, String cardNumber) {
    return count == 1 || of(acctId, cardNumber, count) == index;
  }

  /** The step's name: {@code posttran} for one partition, {@code posttran-2of4} for the second of four. */
  String stepName() {
    return count == 1 ? "posttran" : "posttran-" + (index + 1) + "of" + count;
  }

  /** The partition count of a step named by {@link #stepName()}, or 0 when the name is not a POSTTRAN step. */
  static int countOfStep(String stepName) {
    if (stepName.equals("posttran")) return 1;
    if (!stepName.startsWith("posttran-")) return 0;
    int of = stepName.indexOf("of");
    try {
      return Integer.parseInt(stepName.substring(of + 2));
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
