package io.corebank.carddemo;

import io.corebank.platform.BatchPartitions;

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
  static final String STEP = "posttran";

  PostTranPartition {
    BatchPartitions.stepName(STEP, index, count); // refuses a partition that does not exist
  }

  /** The partition that posts a transaction of {@code cardNumber}, whose account is {@code acctId} (null: unknown card). */
  static int of(Long acctId, String cardNumber, int count) {
    return acctId != null ? (int) Math.floorMod(acctId, (long) count) : BatchPartitions.of(cardNumber, count);
  }

  boolean owns(Long acctId, String cardNumber) {
    return count == 1 || of(acctId, cardNumber, count) == index;
  }

  /** The step's name: {@code posttran} for one partition, {@code posttran-2of4} for the second of four. */
  String stepName() {
    return BatchPartitions.stepName(STEP, index, count);
  }

  /** The partition count of a step named by {@link #stepName()}, or 0 when the name is not a POSTTRAN step. */
  static int countOfStep(String stepName) {
    return BatchPartitions.countOfStep(STEP, stepName);
  }
}
