package io.corebank.nacha;

import java.util.List;

/** Addenda 15 (IAT, mandatory): receiver identification and street address. */
public final class Addenda15 extends Addenda {

  /** Addenda type code of this layout. */
  public static final String TYPE_CODE = "15";

  /** Positions 4-18: Optional receiver identification. */
  public static final Field RECEIVER_ID_NUMBER = Field.text("ReceiverIDNumber", 4, 15);
  /** Positions 19-53: Mandatory. */
  public static final Field RECEIVER_STREET_ADDRESS = Field.requiredText("ReceiverStreetAddress", 19, 35);
  /** Positions 54-87: Reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 54, 34);
  /** Positions 88-94: Last 7 digits of the entry's trace number. */
  public static final Field ENTRY_DETAIL_SEQUENCE_NUMBER = Field.numeric("EntryDetailSequenceNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, RECEIVER_ID_NUMBER, RECEIVER_STREET_ADDRESS, RESERVED, ENTRY_DETAIL_SEQUENCE_NUMBER);

  private Addenda15(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda15 parse(String line, int lineNumber) {
    return new Addenda15(line, lineNumber);
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
