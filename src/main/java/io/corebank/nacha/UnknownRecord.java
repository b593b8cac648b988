package io.corebank.nacha;

import java.util.List;

/**
 * A line the layouts do not cover: an unknown record type code, an unknown addenda type code, or a blank
 * line that is not skipped. Kept as a record so that it gets a line number and a violation.
 */
public final class UnknownRecord extends AchRecord {

  /** Position 1: not one of 1, 5, 6, 7, 8, 9. */
  public static final Field RECORD_TYPE_CODE = Field.text("RecordTypeCode", 1, 1);
  /** Positions 2-3: for a type 7 line, an addenda type code no layout has. */
  public static final Field TYPE_DATA = Field.text("AddendaTypeCode", 2, 2);
  /** Positions 4-94: not interpreted. */
  public static final Field CONTENT = Field.text("Content", 4, 91);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, TYPE_DATA, CONTENT);

  private UnknownRecord(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static UnknownRecord parse(String line, int lineNumber) {
    return new UnknownRecord(line, lineNumber);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.UNKNOWN;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    if (format().charAt(0) == '7') {
      out.add(violation(TYPE_DATA, Rule.INVALID_CODE, "addenda type code '" + value(TYPE_DATA) + "' does not exist"));
    } else {
      out.add(violation(RECORD_TYPE_CODE, Rule.INVALID_CODE,
          "record type code '" + value(RECORD_TYPE_CODE) + "' does not exist"));
    }
  }
}
