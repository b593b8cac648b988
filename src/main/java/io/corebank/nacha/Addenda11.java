package io.corebank.nacha;

import java.util.List;

/** Addenda 11 (IAT, mandatory): originator name and street address. */
public final class Addenda11 extends Addenda {

  /** Addenda type code of this layout. */
  public static final String TYPE_CODE = "11";

  /** Positions 4-38: Mandatory. */
  public static final Field ORIGINATOR_NAME = Field.requiredText("OriginatorName", 4, 35);
  /** Positions 39-73: Mandatory. */
  public static final Field ORIGINATOR_STREET_ADDRESS = Field.requiredText("OriginatorStreetAddress", 39, 35);
  /** Positions 74-87: Reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 74, 14);
  /** Positions 88-94: Last 7 digits of the entry's trace number. */
  public static final Field ENTRY_DETAIL_SEQUENCE_NUMBER = Field.numeric("EntryDetailSequenceNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, ORIGINATOR_NAME, ORIGINATOR_STREET_ADDRESS, RESERVED, ENTRY_DETAIL_SEQUENCE_NUMBER);

  private Addenda11(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda11 parse(String line, int lineNumber) {
    return new Addenda11(line, lineNumber);
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
