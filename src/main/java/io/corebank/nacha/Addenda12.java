package io.corebank.nacha;

import java.util.List;

/** Addenda 12 (IAT, mandatory): originator city, state, country and postal code. */
public final class Addenda12 extends Addenda {

  /** Addenda type code of this layout. */
  public static final String TYPE_CODE = "12";

  /** Positions 4-38: City*State\ ; mandatory. */
  public static final Field ORIGINATOR_CITY_STATE_PROVINCE = Field.requiredText("OriginatorCityStateProvince", 4, 35);
  /** Positions 39-73: Country*Postal\ ; mandatory. */
  public static final Field ORIGINATOR_COUNTRY_POSTAL_CODE = Field.requiredText("OriginatorCountryPostalCode", 39, 35);
  /** Positions 74-87: Reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 74, 14);
  /** Positions 88-94: Last 7 digits of the entry's trace number. */
  public static final Field ENTRY_DETAIL_SEQUENCE_NUMBER = Field.numeric("EntryDetailSequenceNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, ORIGINATOR_CITY_STATE_PROVINCE, ORIGINATOR_COUNTRY_POSTAL_CODE, RESERVED, ENTRY_DETAIL_SEQUENCE_NUMBER);

  private Addenda12(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda12 parse(String line, int lineNumber) {
    return new Addenda12(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Field entryDetailSequenceNumberField() {
    return ENTRY_DETAIL_SEQUENCE_NUMBER;
  }
}
