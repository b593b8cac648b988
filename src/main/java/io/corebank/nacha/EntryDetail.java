package io.corebank.nacha;

import java.util.List;

/**
 * Entry detail record (type 6), domestic layout: one debit or credit to a receiver's account.
 * Positions 40-78 mean different things per SEC code; the generic names are the PPD ones and the
 * SEC-specific views (CTX, SHR) are declared below them.
 */
public final class EntryDetail extends AchRecord implements EntryRecord {

  /** Position 1: always {@code 6}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-3: a NACHA transaction code allowed by the batch's service class and SEC code. */
  public static final Field TRANSACTION_CODE = EntryRecord.TRANSACTION_CODE;
  /** Positions 4-11: RDFI routing number without its check digit. */
  public static final Field RDFI_IDENTIFICATION = EntryRecord.RDFI_IDENTIFICATION;
  /** Position 12: 3-7-1 check digit of positions 4-11. */
  public static final Field CHECK_DIGIT = EntryRecord.CHECK_DIGIT;
  /** Positions 13-29: receiver's account number at the RDFI; mandatory. */
  public static final Field DFI_ACCOUNT_NUMBER = Field.requiredText("DFIAccountNumber", 13, 17);
  /** Positions 30-39: amount in cents; zero for prenotes and notifications of change. */
  public static final Field AMOUNT = Field.numeric("Amount", 30, 10);
  /** Positions 40-54: receiver identification at the originator (optional). */
  public static final Field INDIVIDUAL_IDENTIFICATION_NUMBER = Field.text("IndividualIdentificationNumber", 40, 15);
  /** Positions 55-76: receiver name; mandatory for PPD, CCD, WEB, TEL, CIE, MTE (edit criterion 3f). */
  public static final Field INDIVIDUAL_NAME = Field.text("IndividualName", 55, 22);
  /** Positions 77-78: for the ODFI's use (card transaction type for POS/SHR). */
  public static final Field DISCRETIONARY_DATA = Field.text("DiscretionaryData", 77, 2);
  /** Position 79: 1 exactly when addenda follow. */
  public static final Field ADDENDA_RECORD_INDICATOR = EntryRecord.ADDENDA_RECORD_INDICATOR;
  /** Positions 80-94: ODFI identification (8) + sequence (7); ascending within the batch. */
  public static final Field TRACE_NUMBER = Field.numeric("TraceNumber", 80, 15);

  /** CTX positions 55-58: number of addenda 05 that follow; must equal the count. */
  public static final Field CTX_NUMBER_OF_ADDENDA_RECORDS = Field.numeric("NumberOfAddendaRecords", 55, 4);
  /** SHR positions 40-43: card expiration date, MMYY. */
  public static final Field SHR_CARD_EXPIRATION_DATE = Field.numeric("CardExpirationDate", 40, 4);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, TRANSACTION_CODE, RDFI_IDENTIFICATION,
      CHECK_DIGIT, DFI_ACCOUNT_NUMBER, AMOUNT, INDIVIDUAL_IDENTIFICATION_NUMBER, INDIVIDUAL_NAME,
      DISCRETIONARY_DATA, ADDENDA_RECORD_INDICATOR, TRACE_NUMBER);

  private EntryDetail(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static EntryDetail parse(String line, int lineNumber) {
    return new EntryDetail(line, lineNumber);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.ENTRY_DETAIL;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  public String rdfiIdentification() {
    return RDFI_IDENTIFICATION.raw(line());
  }

  public String dfiAccountNumber() {
    return DFI_ACCOUNT_NUMBER.trimmed(line());
  }

  @Override
  public Field amountField() {
    return AMOUNT;
  }

  public String individualIdentificationNumber() {
    return INDIVIDUAL_IDENTIFICATION_NUMBER.trimmed(line());
  }

  public String individualName() {
    return INDIVIDUAL_NAME.trimmed(line());
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

  /** Same entry with the addenda record indicator set; the writer uses it to keep the indicator honest. */
  public EntryDetail withAddendaRecordIndicator(boolean addendaFollow) {
    char[] chars = line().toCharArray();
    chars[ADDENDA_RECORD_INDICATOR.start() - 1] = addendaFollow ? '1' : '0';
    return new EntryDetail(new String(chars), lineNumber());
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    EntryChecks.transactionCodeKnown(this, out);
    FieldChecks.checkDigit(this, RDFI_IDENTIFICATION, CHECK_DIGIT, out);
    EntryChecks.addendaIndicatorValue(this, out);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a domestic entry; the addenda record indicator defaults to 0 and the writer corrects it. */
  public static final class Builder {
    private final LineBuilder line = new LineBuilder('6').set(ADDENDA_RECORD_INDICATOR, "0");

    public Builder transactionCode(int code) {
      line.set(TRANSACTION_CODE, code);
      return this;
    }

    /** The receiver's 9-digit routing number: split into identification and check digit. */
    public Builder rdfiRoutingNumber(String nineDigits) {
      if (!RoutingNumbers.isValid(nineDigits)) {
        throw new IllegalArgumentException("not a valid routing number: '" + nineDigits + "'");
      }
      line.set(RDFI_IDENTIFICATION, nineDigits.substring(0, 8)).set(CHECK_DIGIT, nineDigits.substring(8));
      return this;
    }

    public Builder dfiAccountNumber(String account) {
      line.set(DFI_ACCOUNT_NUMBER, account);
      return this;
    }

    public Builder amountCents(long cents) {
      line.set(AMOUNT, cents);
      return this;
    }

    public Builder individualIdentificationNumber(String id) {
      line.set(INDIVIDUAL_IDENTIFICATION_NUMBER, id);
      return this;
    }

    public Builder individualName(String name) {
      line.set(INDIVIDUAL_NAME, name);
      return this;
    }

    public Builder discretionaryData(String data) {
      line.set(DISCRETIONARY_DATA, data);
      return this;
    }

    public Builder addendaRecordIndicator(boolean addendaFollow) {
      line.set(ADDENDA_RECORD_INDICATOR, addendaFollow ? "1" : "0");
      return this;
    }

    /** ODFI identification (8 digits) followed by a 7-digit sequence number. */
    public Builder traceNumber(String odfiIdentification, long sequence) {
      line.set(TRACE_NUMBER, odfiIdentification + String.format("%07d", sequence));
      return this;
    }

    public Builder traceNumber(String fifteenDigits) {
      line.set(TRACE_NUMBER, fifteenDigits);
      return this;
    }

    public EntryDetail build() {
      return new EntryDetail(line.build(), 0);
    }
  }
}
