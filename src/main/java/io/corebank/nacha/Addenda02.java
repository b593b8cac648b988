package io.corebank.nacha;

import java.util.List;

/** Addenda 02: where and when a card or terminal transaction happened (POS, SHR, MTE; exactly one per entry). */
public final class Addenda02 extends Addenda {

  public static final String TYPE_CODE = "02";

  /** Positions 4-10: reference information 1 (optional). */
  public static final Field REFERENCE_INFORMATION_ONE = Field.text("ReferenceInformationOne", 4, 7);
  /** Positions 11-13: reference information 2 (optional). */
  public static final Field REFERENCE_INFORMATION_TWO = Field.text("ReferenceInformationTwo", 11, 3);
  /** Positions 14-19: terminal identification code. */
  public static final Field TERMINAL_IDENTIFICATION_CODE = Field.text("TerminalIdentificationCode", 14, 6);
  /** Positions 20-25: transaction serial number. */
  public static final Field TRANSACTION_SERIAL_NUMBER = Field.text("TransactionSerialNumber", 20, 6);
  /** Positions 26-29: MMDD of the transaction, a real month and day. */
  public static final Field TRANSACTION_DATE = Field.optionalNumeric("TransactionDate", 26, 4);
  /** Positions 30-35: authorization code or card expiration date. */
  public static final Field AUTHORIZATION_CODE_OR_EXPIRE_DATE = Field.text("AuthorizationCodeOrExpireDate", 30, 6);
  /** Positions 36-62: terminal location (street). */
  public static final Field TERMINAL_LOCATION = Field.text("TerminalLocation", 36, 27);
  /** Positions 63-77: terminal city. */
  public static final Field TERMINAL_CITY = Field.text("TerminalCity", 63, 15);
  /** Positions 78-79: terminal state. */
  public static final Field TERMINAL_STATE = Field.text("TerminalState", 78, 2);
  /** Positions 80-94: the entry's trace number. */
  public static final Field TRACE_NUMBER = Field.numeric("TraceNumber", 80, 15);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, REFERENCE_INFORMATION_ONE,
      REFERENCE_INFORMATION_TWO, TERMINAL_IDENTIFICATION_CODE, TRANSACTION_SERIAL_NUMBER, TRANSACTION_DATE,
      AUTHORIZATION_CODE_OR_EXPIRE_DATE, TERMINAL_LOCATION, TERMINAL_CITY, TERMINAL_STATE, TRACE_NUMBER);

  private Addenda02(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda02 parse(String line, int lineNumber) {
    return new Addenda02(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Field traceNumberField() {
    return TRACE_NUMBER;
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    FieldChecks.mmdd(this, TRANSACTION_DATE, out);
  }
}
