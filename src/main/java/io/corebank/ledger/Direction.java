package io.corebank.ledger;

/** The side of a ledger entry. Stored as 'D' or 'C'. */
public enum Direction {
  DEBIT('D'),
  CREDIT('C');

  private final char code;

  Direction(char code) {
    this.code = code;
  }

  public char code() {
    return code;
  }

  public Direction opposite() {
    return this == DEBIT ? CREDIT : DEBIT;
  }

  /** The entry's effect on a balance kept as credits minus debits. */
  public long signed(long amountCents) {
    return this == CREDIT ? amountCents : -amountCents;
  }

  public static Direction of(String code) {
    return switch (code) {
      case "D" -> DEBIT;
      case "C" -> CREDIT;
      default -> throw new IllegalArgumentException("direction must be D or C, not '" + code + "'");
    };
  }
}
