package io.corebank.nacha;

/**
 * An addenda record (type 7). Positions 2-3 give the addenda type code, which decides the layout.
 * Addenda point back at their entry in one of two ways: the entry's full trace number (02, 98, 99) or
 * the last 7 digits of it as entry detail sequence number (05, 10-18).
 */
public abstract class Addenda extends AchRecord {

  /** Position 1: always {@code 7}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-3: the addenda type code (02, 05, 10-18, 98, 99). */
  public static final Field ADDENDA_TYPE_CODE = Field.numeric("AddendaTypeCode", 2, 2);

  protected Addenda(String line, int lineNumber) {
    super(line, lineNumber);
  }

  @Override
  public final RecordKind kind() {
    return RecordKind.ADDENDA;
  }

  /** e.g. {@code addenda 99}. */
  @Override
  public String label() {
    return "addenda " + addendaTypeCode();
  }

  public final String addendaTypeCode() {
    return ADDENDA_TYPE_CODE.raw(line());
  }

  /** Field carrying the entry's full trace number, or null when this type points back by sequence number. */
  public Field traceNumberField() {
    return null;
  }

  /** Field carrying the last 7 digits of the entry's trace number, or null. */
  public Field entryDetailSequenceNumberField() {
    return null;
  }

  /** Field numbering addenda of this type under one entry from 1, or null. */
  public Field addendaSequenceNumberField() {
    return null;
  }
}
