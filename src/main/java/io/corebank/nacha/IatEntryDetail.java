package io.corebank.nacha;

import java.util.List;

/** Entry detail record (type 6), IAT layout: names and addresses travel in the mandatory addenda 10-16. */
public final class IatEntryDetail extends AchRecord implements EntryRecord {

  /** Position 1: always {@code 6}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-3: a transaction code allowed by the batch's service class. */
  public static final Field TRANSACTION_CODE = EntryRecord.TRANSACTION_CODE;
  /** Positions 4-11: gateway operator or RDFI identification. */
  public static final Field RDFI_IDENTIFICATION = EntryRecord.RDFI_IDENTIFICATION;
  /** Position 12: 3-7-1 check digit. */
  public static final Field CHECK_DIGIT = EntryRecord.CHECK_DIGIT;
  /** Positions 13-16: number of addenda records; not compared with the count, the reference IAT files state 0007 with 9 or 14 addenda. */
  public static final Field ADDENDA_RECORDS = Field.numeric("AddendaRecords", 13, 4);
  /** Positions 17-29: reserved, blank. */
  public static final Field RESERVED1 = Field.text("Reserved1", 17, 13);
  /** Positions 30-39: amount in cents. */
  public static final Field AMOUNT = Field.numeric("Amount", 30, 10);
  /** Positions 40-74: foreign receiver's account number; mandatory. */
  public static final Field DFI_ACCOUNT_NUMBER = Field.requiredText("DFIAccountNumber", 40, 35);
  /** Positions 75-76: reserved, blank. */
  public static final Field RESERVED2 = Field.text("Reserved2", 75, 2);
  /** Position 77: OFAC screening indicator (gateway's use). */
  public static final Field OFAC_SCREENING_INDICATOR = Field.text("OFACScreeningIndicator", 77, 1);
  /** Position 78: secondary OFAC screening indicator. */
  public static final Field SECONDARY_OFAC_SCREENING_INDICATOR = Field.text("SecondaryOFACScreeningIndicator", 78, 1);
  /** Position 79: always 1, IAT entries always carry addenda. */
  public static final Field ADDENDA_RECORD_INDICATOR = EntryRecord.ADDENDA_RECORD_INDICATOR;
  /** Positions 80-94: trace number, ascending, starting with the ODFI identification. */
  public static final Field TRACE_NUMBER = Field.numeric("TraceNumber", 80, 15);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, TRANSACTION_CODE, RDFI_IDENTIFICATION,
      CHECK_DIGIT, ADDENDA_RECORDS, RESERVED1, AMOUNT, DFI_ACCOUNT_NUMBER, RESERVED2, OFAC_SCREENING_INDICATOR,
      SECONDARY_OFAC_SCREENING_INDICATOR, ADDENDA_RECORD_INDICATOR, TRACE_NUMBER);

  private IatEntryDetail(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static IatEntryDetail parse(String line, int lineNumber) {
    return new IatEntryDetail(line, lineNumber);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.ENTRY_DETAIL;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Field amountField() {
    return AMOUNT;
  }

  public String dfiAccountNumber() {
    return DFI_ACCOUNT_NUMBER.trimmed(line());
  }

  @Override
  public String traceNumber() {
    return TRACE_NUMBER.raw(line());
  }

  @Override
  public Field traceNumberField() {
    return TRACE_NUMBER;
  }

  @Override
  public AchRecord record() {
    return this;
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    EntryChecks.transactionCodeKnown(this, out);
    FieldChecks.checkDigit(this, RDFI_IDENTIFICATION, CHECK_DIGIT, out);
    char indicator = addendaRecordIndicator();
    if (indicator != '1' && indicator >= '0' && indicator <= '9') {
      out.add(violation(ADDENDA_RECORD_INDICATOR, Rule.ADDENDA_INDICATOR,
          "IAT entries always carry addenda, the indicator must be 1"));
    }
  }
}
