package io.corebank.nacha;

import java.util.List;

/** Batch control record (type 8), ADV layout: 20-digit totals and ACH operator data. */
public final class AdvBatchControl extends AchRecord implements BatchControlRecord {

  /** Position 1: always {@code 8}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-4: 280, same as the batch header's. */
  public static final Field SERVICE_CLASS_CODE = Field.numeric("ServiceClassCode", 2, 3);
  /** Positions 5-10: number of entry and addenda records in the batch. */
  public static final Field ENTRY_ADDENDA_COUNT = Field.numeric("EntryAddendaCount", 5, 6);
  /** Positions 11-20: sum of the entries' 8-digit RDFI identifications, last 10 digits. */
  public static final Field ENTRY_HASH = Field.numeric("EntryHash", 11, 10);
  /** Positions 21-40: sum of debit amounts in cents. */
  public static final Field TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT = Field.numeric("TotalDebitEntryDollarAmount", 21, 20);
  /** Positions 41-60: sum of credit amounts in cents. */
  public static final Field TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT = Field.numeric("TotalCreditEntryDollarAmount", 41, 20);
  /** Positions 61-79: ACH operator data. */
  public static final Field ACH_OPERATOR_DATA = Field.text("ACHOperatorData", 61, 19);
  /** Positions 80-87: same as the batch header's ODFI identification. */
  public static final Field ODFI_IDENTIFICATION = Field.numeric("ODFIIdentification", 80, 8);
  /** Positions 88-94: same as the batch header's batch number. */
  public static final Field BATCH_NUMBER = Field.numeric("BatchNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, SERVICE_CLASS_CODE, ENTRY_ADDENDA_COUNT,
      ENTRY_HASH, TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT, TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT, ACH_OPERATOR_DATA,
      ODFI_IDENTIFICATION, BATCH_NUMBER);

  private AdvBatchControl(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static AdvBatchControl parse(String line, int lineNumber) {
    return new AdvBatchControl(line, lineNumber);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.BATCH_CONTROL;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    FieldChecks.fixed(this, SERVICE_CLASS_CODE, "280", out);
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
    return null;
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
