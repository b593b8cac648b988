package io.corebank.nacha;

import java.util.List;

/** Addenda 10 (IAT, mandatory): transaction type, foreign payment amount and receiver name. */
public final class Addenda10 extends Addenda {

  /** Addenda type code of this layout. */
  public static final String TYPE_CODE = "10";

  /** Positions 4-6: Purpose of the payment: ANN, BUS, DEP, LOA, MIS, MOR, PEN, RLS, REM, SAL, TAX, TEL, WEB, ARC, BOC, POP, RCK. */
  public static final Field TRANSACTION_TYPE_CODE = Field.code("TransactionTypeCode", 4, 3);
  /** Positions 7-24: Amount in the originating currency, in its minor unit. */
  public static final Field FOREIGN_PAYMENT_AMOUNT = Field.numeric("ForeignPaymentAmount", 7, 18);
  /** Positions 25-46: Trace number of the foreign leg, when any. */
  public static final Field FOREIGN_TRACE_NUMBER = Field.text("ForeignTraceNumber", 25, 22);
  /** Positions 47-81: Receiver's name; mandatory. */
  public static final Field NAME = Field.requiredText("Name", 47, 35);
  /** Positions 82-87: Reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 82, 6);
  /** Positions 88-94: Last 7 digits of the entry's trace number. */
  public static final Field ENTRY_DETAIL_SEQUENCE_NUMBER = Field.numeric("EntryDetailSequenceNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, TRANSACTION_TYPE_CODE, FOREIGN_PAYMENT_AMOUNT, FOREIGN_TRACE_NUMBER, NAME, RESERVED, ENTRY_DETAIL_SEQUENCE_NUMBER);

  private Addenda10(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda10 parse(String line, int lineNumber) {
    return new Addenda10(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Field entryDetailSequenceNumberField() {
    return ENTRY_DETAIL_SEQUENCE_NUMBER;
  }

  private static final java.util.Set<String> TRANSACTION_TYPE_CODES = java.util.Set.of("ANN", "BUS", "DEP", "LOA",
      "MIS", "MOR", "PEN", "RLS", "REM", "SAL", "TAX", "TEL", "WEB", "ARC", "BOC", "POP", "RCK");

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    FieldChecks.oneOf(this, TRANSACTION_TYPE_CODE, TRANSACTION_TYPE_CODES, Rule.INVALID_CODE, out);
  }
}
