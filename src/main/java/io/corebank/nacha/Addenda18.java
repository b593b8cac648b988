package io.corebank.nacha;

import java.util.List;

/** Addenda 18 (IAT, optional, at most five): a foreign correspondent bank. */
public final class Addenda18 extends Addenda {

  /** Addenda type code of this layout. */
  public static final String TYPE_CODE = "18";

  /** Positions 4-38: Mandatory. */
  public static final Field FOREIGN_CORRESPONDENT_BANK_NAME = Field.requiredText("ForeignCorrespondentBankName", 4, 35);
  /** Positions 39-40: 01 national clearing system, 02 BIC, 03 IBAN. */
  public static final Field FOREIGN_CORRESPONDENT_BANK_ID_NUMBER_QUALIFIER = Field.numeric("ForeignCorrespondentBankIDNumberQualifier", 39, 2);
  /** Positions 41-74: Mandatory. */
  public static final Field FOREIGN_CORRESPONDENT_BANK_ID_NUMBER = Field.requiredText("ForeignCorrespondentBankIDNumber", 41, 34);
  /** Positions 75-77: ISO 3166 code. */
  public static final Field FOREIGN_CORRESPONDENT_BANK_BRANCH_COUNTRY_CODE = Field.requiredText("ForeignCorrespondentBankBranchCountryCode", 75, 3);
  /** Positions 78-83: Reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 78, 6);
  /** Positions 84-87: Numbers this entry's addenda 18 from 1. */
  public static final Field ADDENDA_SEQUENCE_NUMBER = Field.numeric("AddendaSequenceNumber", 84, 4);
  /** Positions 88-94: Last 7 digits of the entry's trace number. */
  public static final Field ENTRY_DETAIL_SEQUENCE_NUMBER = Field.numeric("EntryDetailSequenceNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, FOREIGN_CORRESPONDENT_BANK_NAME, FOREIGN_CORRESPONDENT_BANK_ID_NUMBER_QUALIFIER, FOREIGN_CORRESPONDENT_BANK_ID_NUMBER, FOREIGN_CORRESPONDENT_BANK_BRANCH_COUNTRY_CODE, RESERVED, ADDENDA_SEQUENCE_NUMBER, ENTRY_DETAIL_SEQUENCE_NUMBER);

  private Addenda18(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda18 parse(String line, int lineNumber) {
    return new Addenda18(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Field entryDetailSequenceNumberField() {
    return ENTRY_DETAIL_SEQUENCE_NUMBER;
  }
  @Override
  public Field addendaSequenceNumberField() {
    return ADDENDA_SEQUENCE_NUMBER;
  }

  private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("01", "02", "03");

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    FieldChecks.oneOf(this, FOREIGN_CORRESPONDENT_BANK_ID_NUMBER_QUALIFIER, QUALIFIERS, Rule.INVALID_CODE, out);
  }
}
