package io.corebank.card.settlement;

import io.corebank.copybook.Field;
import io.corebank.copybook.FieldType;
import io.corebank.copybook.SignSpec;

/**
 * One elementary field of the settlement record, as compiled from {@code CSETTLE.cpy}.
 *
 * @param name   the COBOL data name, e.g. {@code SETL-D-ARN} ({@code FILLER} for fillers)
 * @param path   the copybook path, e.g. {@code SETTLEMENT-RECORD.SETL-DETAIL-DATA.SETL-D-ARN}
 * @param offset 0-based offset in the record
 * @param length bytes
 * @param kind   text, unsigned digits, or digits after a leading separate sign
 * @param scale  implied decimal places (2 for money: the stored digits are cents)
 * @param picture the PICTURE as written in the copybook, e.g. {@code S9(13)V99}
 */
public record SettlementField(String name, String path, int offset, int length, Kind kind, int scale, String picture) {

  /** How the field's characters are read. */
  public enum Kind {
    /** PIC X: text, left-justified, padded with spaces. */
    TEXT,
    /** PIC 9: digits only. */
    UNSIGNED,
    /** PIC S9 SIGN LEADING SEPARATE: '+' or '-', then digits. */
    SIGNED
  }

  static SettlementField of(Field field) {
    Kind kind;
    if (field.type() == FieldType.ALPHANUMERIC) {
      kind = Kind.TEXT;
    } else if (field.type() == FieldType.ZONED_DECIMAL && !field.signed()) {
      kind = Kind.UNSIGNED;
    } else if (field.type() == FieldType.ZONED_DECIMAL
        && field.sign().filter(s -> s.equals(new SignSpec(true, true))).isPresent()) {
      kind = Kind.SIGNED;
    } else {
      throw new IllegalStateException(field.path() + ": the settlement file uses PIC X, PIC 9 and PIC S9 SIGN LEADING"
          + " SEPARATE items only");
    }
    return new SettlementField(field.name(), field.path(), field.offsetBytes(), field.lengthBytes(), kind, field.scale(),
        field.picture().map(p -> p.text()).orElseThrow());
  }

  /** 1-based position of the first byte, as the format document counts. */
  public int position() {
    return offset + 1;
  }

  public boolean isFiller() {
    return name.equals("FILLER");
  }

  public boolean isNumeric() {
    return kind != Kind.TEXT;
  }

  /** The field's characters in a 250-character record. */
  public String raw(String record) {
    return record.substring(offset, offset + length);
  }

  /** Why {@code raw} is not a number of this field, or null when it is one. */
  String numericProblem(String raw) {
    int digits = kind == Kind.SIGNED ? length - 1 : length;
    if (kind == Kind.SIGNED && raw.charAt(0) != '+' && raw.charAt(0) != '-') {
      return "'" + raw + "' does not start with a sign '+' or '-'";
    }
    for (int i = length - digits; i < length; i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return "'" + raw + "' is not " + (kind == Kind.SIGNED ? "a sign and " : "") + digits + " digits";
      }
    }
    return null;
  }

  /** The integer the digits store, signed (cents for a V99 item); the caller has checked the format. */
  long storedValue(String raw) {
    long value = Long.parseLong(kind == Kind.SIGNED ? raw.substring(1) : raw);
    return kind == Kind.SIGNED && raw.charAt(0) == '-' ? -value : value;
  }

  /**
   * The field's characters for a value, as the copybook's codec writes them: text left-justified and padded with
   * spaces; numbers as the long their digits store (cents for V99), zero-padded, signed ones after '+' or '-'.
   *
   * @throws IllegalArgumentException naming the field when the value is of the wrong type or does not fit
   */
  String format(Object value) {
    if (kind == Kind.TEXT) {
      if (!(value instanceof String text)) {
        throw new IllegalArgumentException(name + " needs text, got " + value);
      }
      if (text.length() > length) {
        throw new IllegalArgumentException(name + ": '" + text + "' is " + text.length() + " characters; PIC "
            + picture + " holds " + length);
      }
      return text.length() == length ? text : text + " ".repeat(length - text.length());
    }
    if (!(value instanceof Long number)) {
      throw new IllegalArgumentException(name + " needs a number, got " + value);
    }
    if (number < 0 && kind == Kind.UNSIGNED) {
      throw new IllegalArgumentException(name + ": negative value " + number + " in unsigned PIC " + picture);
    }
    String digits = number < 0 ? Long.toString(number).substring(1) : Long.toString(number);
    int width = kind == Kind.SIGNED ? length - 1 : length;
    if (digits.length() > width) {
      throw new IllegalArgumentException(name + ": " + number + " exceeds the " + width + " digits of PIC " + picture);
    }
    String padded = "0".repeat(width - digits.length()) + digits;
    return kind == Kind.SIGNED ? (number < 0 ? "-" : "+") + padded : padded;
  }
}
