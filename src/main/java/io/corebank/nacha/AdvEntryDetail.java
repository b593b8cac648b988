package io.corebank.nacha;

import java.util.List;

/**
 * Entry detail record (type 6), ADV layout: an automated accounting advice from an ACH operator to a
 * financial institution. Amounts are 12 digits and there is no trace number.
 */
public final class AdvEntryDetail extends AchRecord implements EntryRecord {

  /** Position 1: always {@code 6}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-3: 81-88 only. */
  public static final Field TRANSACTION_CODE = EntryRecord.TRANSACTION_CODE;
  /** Positions 4-11: receiving DFI identification. */
  public static final Field RDFI_IDENTIFICATION = EntryRecord.RDFI_IDENTIFICATION;
  /** Position 12: 3-7-1 check digit. */
  public static final Field CHECK_DIGIT = EntryRecord.CHECK_DIGIT;
  /** Positions 13-27: account number; mandatory. */
  public static final Field DFI_ACCOUNT_NUMBER = Field.requiredText("DFIAccountNumber", 13, 15);
  /** Positions 28-39: amount in cents, 12 digits. */
  public static final Field AMOUNT = Field.numeric("Amount", 28, 12);
  /** Positions 40-48: routing number of the institution the advice is about. */
  public static final Field ADVICE_ROUTING_NUMBER = Field.numeric("AdviceRoutingNumber", 40, 9);
  /** Positions 49-53: file identification. */
  public static final Field FILE_IDENTIFICATION = Field.text("FileIdentification", 49, 5);
  /** Position 54: ACH operator data. */
  public static final Field ACH_OPERATOR_DATA = Field.text("ACHOperatorData", 54, 1);
  /** Positions 55-76: name. */
  public static final Field INDIVIDUAL_NAME = Field.text("IndividualName", 55, 22);
  /** Positions 77-78: discretionary data. */
  public static final Field DISCRETIONARY_DATA = Field.text("DiscretionaryData", 77, 2);
  /** Position 79: ADV entries carry no addenda, so 0. */
  public static final Field ADDENDA_RECORD_INDICATOR = EntryRecord.ADDENDA_RECORD_INDICATOR;
  /** Positions 80-87: routing number of the ACH operator, first 8 digits. */
  public static final Field ACH_OPERATOR_ROUTING_NUMBER = Field.numeric("ACHOperatorRoutingNumber", 80, 8);
  /** Positions 88-90: Julian day of the advice. */
  public static final Field JULIAN_DAY = Field.numeric("JulianDay", 88, 3);
  /** Positions 91-94: sequence number within the day. */
  public static final Field SEQUENCE_NUMBER = Field.numeric("SequenceNumber", 91, 4);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, TRANSACTION_CODE, RDFI_IDENTIFICATION,
      CHECK_DIGIT, DFI_ACCOUNT_NUMBER, AMOUNT, ADVICE_ROUTING_NUMBER, FILE_IDENTIFICATION, ACH_OPERATOR_DATA,
      INDIVIDUAL_NAME, DISCRETIONARY_DATA, ADDENDA_RECORD_INDICATOR, ACH_OPERATOR_ROUTING_NUMBER, JULIAN_DAY,
      SEQUENCE_NUMBER);

  private AdvEntryDetail(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static AdvEntryDetail parse(String line, int lineNumber) {
    return new AdvEntryDetail(line, lineNumber);
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

  /** ADV entries carry no trace number. */
  @Override
  public String traceNumber() {
    return null;
  }

  @Override
  public Field traceNumberField() {
    return null;
  }

  @Override
  public AchRecord record() {
    return this;
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    int code = transactionCode();
    if (code >= 0 && !TransactionCodes.isAdvice(code)) {
      out.add(violation(TRANSACTION_CODE, Rule.SEC_CODE, "ADV entries use transaction codes 81-88"));
    }
    FieldChecks.checkDigit(this, RDFI_IDENTIFICATION, CHECK_DIGIT, out);
    EntryChecks.addendaIndicatorValue(this, out);
    if (ADVICE_ROUTING_NUMBER.isDigits(line()) && !RoutingNumbers.isValid(ADVICE_ROUTING_NUMBER.raw(line()))) {
      out.add(violation(ADVICE_ROUTING_NUMBER, Rule.ROUTING_NUMBER, "advice routing number check digit is wrong"));
    }
  }
}
