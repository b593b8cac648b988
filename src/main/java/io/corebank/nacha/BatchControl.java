package io.corebank.nacha;

import java.util.List;

/** Batch control record (type 8): counts and totals of the batch, which must equal what the batch holds. */
public final class BatchControl extends AchRecord implements BatchControlRecord {

  /** Position 1: always {@code 8}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-4: same as the batch header's. */
  public static final Field SERVICE_CLASS_CODE = Field.numeric("ServiceClassCode", 2, 3);
  /** Positions 5-10: number of entry and addenda records in the batch. */
  public static final Field ENTRY_ADDENDA_COUNT = Field.numeric("EntryAddendaCount", 5, 6);
  /** Positions 11-20: sum of the entries' 8-digit RDFI identifications, last 10 digits. */
  public static final Field ENTRY_HASH = Field.numeric("EntryHash", 11, 10);
  /** Positions 21-32: sum of debit amounts in cents. */
  public static final Field TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT = Field.numeric("TotalDebitEntryDollarAmount", 21, 12);
  /** Positions 33-44: sum of credit amounts in cents. */
  public static final Field TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT = Field.numeric("TotalCreditEntryDollarAmount", 33, 12);
  /** Positions 45-54: same as the batch header's company identification (blank for IAT). */
  public static final Field COMPANY_IDENTIFICATION = Field.text("CompanyIdentification", 45, 10);
  /** Positions 55-73: message authentication code (optional). */
  public static final Field MESSAGE_AUTHENTICATION_CODE = Field.text("MessageAuthenticationCode", 55, 19);
  /** Positions 74-79: reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 74, 6);
  /** Positions 80-87: same as the batch header's ODFI identification. */
  public static final Field ODFI_IDENTIFICATION = Field.numeric("ODFIIdentification", 80, 8);
  /** Positions 88-94: same as the batch header's batch number. */
  public static final Field BATCH_NUMBER = Field.numeric("BatchNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, SERVICE_CLASS_CODE, ENTRY_ADDENDA_COUNT,
      ENTRY_HASH, TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT, TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT, COMPANY_IDENTIFICATION,
      MESSAGE_AUTHENTICATION_CODE, RESERVED, ODFI_IDENTIFICATION, BATCH_NUMBER);

  private BatchControl(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static BatchControl parse(String line, int lineNumber) {
    return new BatchControl(line, lineNumber);
  }

  /** The control for a batch under {@code header} with the given computed totals. */
  public static BatchControl of(BatchHeader header, BatchTotals totals) {
    String line = new LineBuilder('8')
        .set(SERVICE_CLASS_CODE, header.serviceClassCode())
        .set(ENTRY_ADDENDA_COUNT, totals.entryAddendaCount())
        .set(ENTRY_HASH, totals.entryHash())
        .set(TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT, totals.totalDebitCents())
        .set(TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT, totals.totalCreditCents())
        .set(COMPANY_IDENTIFICATION, header.value(BatchHeader.COMPANY_IDENTIFICATION))
        .set(ODFI_IDENTIFICATION, header.odfiIdentification())
        .set(BATCH_NUMBER, header.batchNumber())
        .build();
    return new BatchControl(line, 0);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.BATCH_CONTROL;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  public long entryAddendaCount() {
    return ENTRY_ADDENDA_COUNT.longValue(line());
  }

  public long entryHash() {
    return ENTRY_HASH.longValue(line());
  }

  public long totalDebitCents() {
    return TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT.longValue(line());
  }

  public long totalCreditCents() {
    return TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT.longValue(line());
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    FieldChecks.oneOf(this, SERVICE_CLASS_CODE, ServiceClassCodes.ALL, Rule.INVALID_CODE, out);
  }

  @Override
  public Field serviceClassCodeField() {
    return SERVICE_CLASS_CODE;
  }

  @Override
  public Field entryAddendaCountField() {
    return ENTRY_ADDENDA_COUNT;
  }

  @Override
  public Field entryHashField() {
    return ENTRY_HASH;
  }

  @Override
  public Field totalDebitField() {
    return TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT;
  }

  @Override
  public Field totalCreditField() {
    return TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT;
  }

  @Override
  public Field companyIdentificationField() {
    return COMPANY_IDENTIFICATION;
  }

  @Override
  public Field odfiIdentificationField() {
    return ODFI_IDENTIFICATION;
  }

  @Override
  public Field batchNumberField() {
    return BATCH_NUMBER;
  }

  @Override
  public AchRecord record() {
    return this;
  }
}
