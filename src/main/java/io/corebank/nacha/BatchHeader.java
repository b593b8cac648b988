package io.corebank.nacha;

import java.util.List;

/** Batch header record (type 5), domestic layout: the originator and the SEC code of the entries that follow. */
public final class BatchHeader extends AchRecord implements BatchHeaderRecord {

  /** Position 1: always {@code 5}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-4: 200, 220, 225 or 280; 280 exactly when the SEC code is ADV. */
  public static final Field SERVICE_CLASS_CODE = Field.numeric("ServiceClassCode", 2, 3);
  /** Positions 5-20: originator name; mandatory, not all zeros (edit criterion 2l). */
  public static final Field COMPANY_NAME = Field.requiredText("CompanyName", 5, 16);
  /** Positions 21-40: optional, for the originator's use. */
  public static final Field COMPANY_DISCRETIONARY_DATA = Field.text("CompanyDiscretionaryData", 21, 20);
  /** Positions 41-50: originator identification; mandatory; must equal the batch control's. */
  public static final Field COMPANY_IDENTIFICATION = Field.requiredText("CompanyIdentification", 41, 10);
  /** Positions 51-53: a SEC code NACHA assigns. */
  public static final Field STANDARD_ENTRY_CLASS_CODE = Field.code("StandardEntryClassCode", 51, 3);
  /** Positions 54-63: shown on the receiver's statement; mandatory; REVERSAL marks reversing batches. */
  public static final Field COMPANY_ENTRY_DESCRIPTION = Field.requiredText("CompanyEntryDescription", 54, 10);
  /** Positions 64-69: optional free text date as the originator wants it shown (e.g. SD1300 same-day). */
  public static final Field COMPANY_DESCRIPTIVE_DATE = Field.text("CompanyDescriptiveDate", 64, 6);
  /** Positions 70-75: YYMMDD on which the originator intends the entries to settle; a real date. */
  public static final Field EFFECTIVE_ENTRY_DATE = Field.numeric("EffectiveEntryDate", 70, 6);
  /** Positions 76-78: Julian settlement day, inserted by the ACH operator; blank or digits. */
  public static final Field SETTLEMENT_DATE = Field.optionalNumeric("SettlementDate", 76, 3);
  /** Position 79: 0 (ADV/operator), 1 (originator bound by the rules) or 2 (government). */
  public static final Field ORIGINATOR_STATUS_CODE = Field.numeric("OriginatorStatusCode", 79, 1);
  /** Positions 80-87: first 8 digits of the ODFI routing number. */
  public static final Field ODFI_IDENTIFICATION = Field.numeric("ODFIIdentification", 80, 8);
  /** Positions 88-94: batch number; the batch control repeats it. */
  public static final Field BATCH_NUMBER = Field.numeric("BatchNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, SERVICE_CLASS_CODE, COMPANY_NAME,
      COMPANY_DISCRETIONARY_DATA, COMPANY_IDENTIFICATION, STANDARD_ENTRY_CLASS_CODE, COMPANY_ENTRY_DESCRIPTION,
      COMPANY_DESCRIPTIVE_DATE, EFFECTIVE_ENTRY_DATE, SETTLEMENT_DATE, ORIGINATOR_STATUS_CODE,
      ODFI_IDENTIFICATION, BATCH_NUMBER);

  private BatchHeader(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static BatchHeader parse(String line, int lineNumber) {
    return new BatchHeader(line, lineNumber);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.BATCH_HEADER;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public int serviceClassCode() {
    return SERVICE_CLASS_CODE.intValue(line());
  }

  @Override
  public String standardEntryClassCode() {
    return STANDARD_ENTRY_CLASS_CODE.raw(line());
  }

  public String companyName() {
    return COMPANY_NAME.trimmed(line());
  }

  @Override
  public String companyEntryDescription() {
    return COMPANY_ENTRY_DESCRIPTION.trimmed(line());
  }

  @Override
  public String companyIdentification() {
    return COMPANY_IDENTIFICATION.trimmed(line());
  }

  public String effectiveEntryDate() {
    return EFFECTIVE_ENTRY_DATE.raw(line());
  }

  @Override
  public String odfiIdentification() {
    return ODFI_IDENTIFICATION.raw(line());
  }

  @Override
  public long batchNumber() {
    return BATCH_NUMBER.longValue(line());
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    BatchHeaderChecks.serviceClassAndSec(this, SERVICE_CLASS_CODE, STANDARD_ENTRY_CLASS_CODE, out);
    FieldChecks.yymmdd(this, EFFECTIVE_ENTRY_DATE, out);
    BatchHeaderChecks.originatorStatus(this, ORIGINATOR_STATUS_CODE, out);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a domestic batch header; originator status defaults to 1 (originator bound by the rules). */
  public static final class Builder {
    private final LineBuilder line = new LineBuilder('5').set(ORIGINATOR_STATUS_CODE, "1");

    public Builder serviceClassCode(int code) {
      line.set(SERVICE_CLASS_CODE, code);
      return this;
    }

    public Builder companyName(String name) {
      line.set(COMPANY_NAME, name);
      return this;
    }

    public Builder companyDiscretionaryData(String data) {
      line.set(COMPANY_DISCRETIONARY_DATA, data);
      return this;
    }

    public Builder companyIdentification(String id) {
      line.set(COMPANY_IDENTIFICATION, id);
      return this;
    }

    public Builder secCode(SecCode code) {
      line.set(STANDARD_ENTRY_CLASS_CODE, code.name());
      return this;
    }

    public Builder companyEntryDescription(String description) {
      line.set(COMPANY_ENTRY_DESCRIPTION, description);
      return this;
    }

    public Builder companyDescriptiveDate(String text) {
      line.set(COMPANY_DESCRIPTIVE_DATE, text);
      return this;
    }

    public Builder effectiveEntryDate(String yymmdd) {
      line.set(EFFECTIVE_ENTRY_DATE, yymmdd);
      return this;
    }

    public Builder originatorStatusCode(int code) {
      line.set(ORIGINATOR_STATUS_CODE, code);
      return this;
    }

    /** First 8 digits of the ODFI routing number. */
    public Builder odfiIdentification(String eightDigits) {
      line.set(ODFI_IDENTIFICATION, eightDigits);
      return this;
    }

    public Builder batchNumber(long number) {
      line.set(BATCH_NUMBER, number);
      return this;
    }

    public BatchHeader build() {
      return new BatchHeader(line.build(), 0);
    }
  }
}
