package io.corebank.nacha;

import java.util.List;

/** Addenda 13 (IAT, mandatory): the originating DFI. */
public final class Addenda13 extends Addenda {

  /** Addenda type code of this layout. */
  public static final String TYPE_CODE = "13";

  /** Positions 4-38: Mandatory. */
  public static final Field ODFI_NAME = Field.requiredText("ODFIName", 4, 35);
  /** Positions 39-40: 01 national clearing system, 02 BIC, 03 IBAN. */
  public static final Field ODFI_ID_NUMBER_QUALIFIER = Field.numeric("ODFIIDNumberQualifier", 39, 2);
  /** Positions 41-74: Mandatory, per the qualifier. */
  public static final Field ODFI_IDENTIFICATION = Field.requiredText("ODFIIdentification", 41, 34);
  /** Positions 75-77: ISO 3166 code, left-justified. */
  public static final Field ODFI_BRANCH_COUNTRY_CODE = Field.requiredText("ODFIBranchCountryCode", 75, 3);
  /** Positions 78-87: Reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 78, 10);
  /** Positions 88-94: Last 7 digits of the entry's trace number. */
  public static final Field ENTRY_DETAIL_SEQUENCE_NUMBER = Field.numeric("EntryDetailSequenceNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, ODFI_NAME, ODFI_ID_NUMBER_QUALIFIER, ODFI_IDENTIFICATION, ODFI_BRANCH_COUNTRY_CODE, RESERVED, ENTRY_DETAIL_SEQUENCE_NUMBER);

  private Addenda13(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda13 parse(String line, int lineNumber) {
    return new Addenda13(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Field entryDetailSequenceNumberField() {
    return ENTRY_DETAIL_SEQUENCE_NUMBER;
  }

  private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("01", "02", "03");

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    FieldChecks.oneOf(this, ODFI_ID_NUMBER_QUALIFIER, QUALIFIERS, Rule.INVALID_CODE, out);
  }
}
