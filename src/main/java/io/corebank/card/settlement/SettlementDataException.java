package io.corebank.card.settlement;

/** A typed accessor was asked for a field whose characters are not a valid value; names line, record, field, rule. */
public final class SettlementDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Violation violation;

  SettlementDataException(Violation violation) {
    super(violation.message());
    this.violation = violation;
  }

  public Violation violation() {
    return violation;
  }
}
