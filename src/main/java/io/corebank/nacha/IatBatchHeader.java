package io.corebank.nacha;

import java.util.List;
import java.util.Set;

/**
 * Batch header record (type 5), IAT layout: international entries carry foreign exchange and currency
 * data where the domestic header has the company name. A batch is IAT when positions 51-53 read IAT, or
 * when it is an IAT notification of change (IAT indicator IATCOR with SEC code COR).
 */
public final class IatBatchHeader extends AchRecord implements BatchHeaderRecord {

  /** Position 1: always {@code 5}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-4: 200, 220 or 225. */
  public static final Field SERVICE_CLASS_CODE = Field.numeric("ServiceClassCode", 2, 3);
  /** Positions 5-20: blank, or IATCOR for an IAT notification of change. */
  public static final Field IAT_INDICATOR = Field.text("IATIndicator", 5, 16);
  /** Positions 21-22: FF (fixed to fixed), FV (fixed to variable) or VF (variable to fixed). */
  public static final Field FOREIGN_EXCHANGE_INDICATOR = Field.code("ForeignExchangeIndicator", 21, 2);
  /** Position 23: 1 (rate), 2 (reference number) or 3 (blank reference). */
  public static final Field FOREIGN_EXCHANGE_REFERENCE_INDICATOR = Field.numeric("ForeignExchangeReferenceIndicator", 23, 1);
  /** Positions 24-38: the exchange rate or reference, per the indicator. */
  public static final Field FOREIGN_EXCHANGE_REFERENCE = Field.text("ForeignExchangeReference", 24, 15);
  /** Positions 39-40: ISO 3166 alpha-2 code of the receiver's country. */
  public static final Field ISO_DESTINATION_COUNTRY_CODE = Field.code("ISODestinationCountryCode", 39, 2);
  /** Positions 41-50: originator identification; mandatory. */
  public static final Field ORIGINATOR_IDENTIFICATION = Field.requiredText("OriginatorIdentification", 41, 10);
  /** Positions 51-53: IAT, or COR for an IAT notification of change. */
  public static final Field STANDARD_ENTRY_CLASS_CODE = Field.code("StandardEntryClassCode", 51, 3);
  /** Positions 54-63: mandatory description. */
  public static final Field COMPANY_ENTRY_DESCRIPTION = Field.requiredText("CompanyEntryDescription", 54, 10);
  /** Positions 64-66: ISO 4217 code of the originating currency. */
  public static final Field ISO_ORIGINATING_CURRENCY_CODE = Field.code("ISOOriginatingCurrencyCode", 64, 3);
  /** Positions 67-69: ISO 4217 code of the destination currency. */
  public static final Field ISO_DESTINATION_CURRENCY_CODE = Field.code("ISODestinationCurrencyCode", 67, 3);
  /** Positions 70-75: YYMMDD, a real date. */
  public static final Field EFFECTIVE_ENTRY_DATE = Field.numeric("EffectiveEntryDate", 70, 6);
  /** Positions 76-78: Julian settlement day, inserted by the ACH operator. */
  public static final Field SETTLEMENT_DATE = Field.optionalNumeric("SettlementDate", 76, 3);
  /** Position 79: 0, 1 or 2. */
  public static final Field ORIGINATOR_STATUS_CODE = Field.numeric("OriginatorStatusCode", 79, 1);
  /** Positions 80-87: gateway operator / ODFI identification, first 8 digits of its routing number. */
  public static final Field ODFI_IDENTIFICATION = Field.numeric("ODFIIdentification", 80, 8);
  /** Positions 88-94: batch number. */
  public static final Field BATCH_NUMBER = Field.numeric("BatchNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, SERVICE_CLASS_CODE, IAT_INDICATOR,
      FOREIGN_EXCHANGE_INDICATOR, FOREIGN_EXCHANGE_REFERENCE_INDICATOR, FOREIGN_EXCHANGE_REFERENCE,
      ISO_DESTINATION_COUNTRY_CODE, ORIGINATOR_IDENTIFICATION, STANDARD_ENTRY_CLASS_CODE,
      COMPANY_ENTRY_DESCRIPTION, ISO_ORIGINATING_CURRENCY_CODE, ISO_DESTINATION_CURRENCY_CODE,
      EFFECTIVE_ENTRY_DATE, SETTLEMENT_DATE, ORIGINATOR_STATUS_CODE, ODFI_IDENTIFICATION, BATCH_NUMBER);

  private static final Set<String> EXCHANGE_INDICATORS = Set.of("FF", "FV", "VF");
  private static final Set<String> EXCHANGE_REFERENCE_INDICATORS = Set.of("1", "2", "3");
  private static final Set<String> IAT_SERVICE_CLASSES = Set.of("200", "220", "225");

  private IatBatchHeader(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static IatBatchHeader parse(String line, int lineNumber) {
    return new IatBatchHeader(line, lineNumber);
  }

  /** True when a type 5 line is laid out as an IAT batch header. */
  public static boolean isIat(String line) {
    return line.length() >= 53 && (line.startsWith("IAT", 50) || line.startsWith("IATCOR", 4));
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

  /** IAT, also for an IAT notification of change whose SEC field reads COR. */
  @Override
  public SecCode secCode() {
    return SecCode.IAT;
  }

  public boolean isNotificationOfChange() {
    return STANDARD_ENTRY_CLASS_CODE.equalsText(line(), "COR");
  }

  @Override
  public String companyEntryDescription() {
    return COMPANY_ENTRY_DESCRIPTION.trimmed(line());
  }

  @Override
  public String companyIdentification() {
    return ORIGINATOR_IDENTIFICATION.trimmed(line());
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
    FieldChecks.oneOf(this, SERVICE_CLASS_CODE, IAT_SERVICE_CLASSES, Rule.INVALID_CODE, out);
    FieldChecks.oneOf(this, FOREIGN_EXCHANGE_INDICATOR, EXCHANGE_INDICATORS, Rule.INVALID_CODE, out);
    FieldChecks.oneOf(this, FOREIGN_EXCHANGE_REFERENCE_INDICATOR, EXCHANGE_REFERENCE_INDICATORS,
        Rule.INVALID_CODE, out);
    String sec = standardEntryClassCode();
    if (!sec.equals("IAT") && !(sec.equals("COR") && IAT_INDICATOR.raw(line()).startsWith("IATCOR"))) {
      out.add(violation(STANDARD_ENTRY_CLASS_CODE, Rule.INVALID_CODE,
          "an IAT batch header carries SEC code IAT, or COR with IAT indicator IATCOR"));
    }
    FieldChecks.yymmdd(this, EFFECTIVE_ENTRY_DATE, out);
    BatchHeaderChecks.originatorStatus(this, ORIGINATOR_STATUS_CODE, out);
  }
}
