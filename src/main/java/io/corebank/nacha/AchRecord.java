package io.corebank.nacha;

import java.util.ArrayList;
import java.util.List;

/**
 * A record is a view over its 94-character line: fields are read from the line on demand, so parsing
 * costs one object per line and {@link #format()} gives back the exact characters read.
 */
public abstract class AchRecord {

  public static final int LENGTH = 94;

  private final String line;
  private final int lineNumber;
  private final int originalLength;

  protected AchRecord(String line, int lineNumber) {
    this.originalLength = line.length();
    this.line = toRecordLength(line);
    this.lineNumber = lineNumber;
  }

  public abstract RecordKind kind();

  /** Every field of the layout in position order; together they cover positions 1 to 94. */
  public abstract List<Field> fields();

  /** Record-specific rules beyond each field's format (dates, codes, check digits). */
  protected void validateRules(List<Violation> out, ValidationOptions options) {
  }

  /** The record as 94 characters. */
  public final String format() {
    return line;
  }

  public final int lineNumber() {
    return lineNumber;
  }

  /** Length of the line this record was parsed from, before padding or truncation to 94. */
  public final int originalLength() {
    return originalLength;
  }

  /** Label used in messages, e.g. {@code entry detail 6}. */
  public String label() {
    return kind().label();
  }

  public final String value(Field field) {
    return field.raw(line);
  }

  protected final String line() {
    return line;
  }

  /** Checks this record on its own, under the default options. */
  public final List<Violation> validate() {
    return validate(ValidationOptions.defaults());
  }

  public final List<Violation> validate(ValidationOptions options) {
    List<Violation> out = new ArrayList<>(2);
    validateInto(out, options);
    return out;
  }

  /** Appends this record's violations to {@code out}: characters, length, field formats, then record rules. */
  public final void validateInto(List<Violation> out, ValidationOptions options) {
    checkPrintable(out);
    if (originalLength != LENGTH) {
      out.add(new Violation(lineNumber, Math.min(originalLength, LENGTH) + 1, label(), "Record", Rule.RECORD_LENGTH, Integer.toString(originalLength),
          "record is " + originalLength + " characters, not " + LENGTH));
    }
    for (Field field : fields()) {
      FieldChecks.format(this, field, out);
    }
    validateRules(out, options);
  }

  public final Violation violation(Field field, Rule rule, String detail) {
    return new Violation(lineNumber, field.start(), label(), field.name(), rule, field.raw(line), detail);
  }

  /** One violation per field that holds a byte outside 0x20-0x7E (control characters, extended ASCII). */
  private void checkPrintable(List<Violation> out) {
    for (int i = 0; i < LENGTH; i++) {
      char c = line.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        Field field = fieldAt(i + 1);
        out.add(violation(field, Rule.PRINTABLE_ASCII,
            String.format("character 0x%02X at position %d is not printable ASCII", (int) c, i + 1)));
        i = field.end() - 1;
      }
    }
  }

  private Field fieldAt(int position) {
    for (Field field : fields()) {
      if (field.covers(position)) {
        return field;
      }
    }
    throw new IllegalStateException(getClass().getSimpleName() + " layout does not cover position " + position);
  }

  private static String toRecordLength(String line) {
    if (line.length() == LENGTH) {
      return line;
    }
    if (line.length() > LENGTH) {
      return line.substring(0, LENGTH);
    }
    return line + " ".repeat(LENGTH - line.length());
  }
}
