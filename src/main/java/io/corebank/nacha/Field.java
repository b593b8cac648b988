package io.corebank.nacha;

/**
 * One field of a 94-character record, positioned as in the NACHA Operating Rules (1-based, inclusive).
 * Accessors read straight from the record line by index so that parsing allocates nothing per field.
 *
 * @param name      NACHA field name in PascalCase (moov-io/ach naming); the copybook and BeanIO
 *                  mapping derive their names from it
 * @param start     first position, 1-based
 * @param length    number of characters
 * @param format    character constraint
 * @param mandatory a mandatory alphanumeric field is neither blank nor all zeros; a mandatory numeric
 *                  field must hold digits, an optional one may also be all blank
 */
public record Field(String name, int start, int length, FieldFormat format, boolean mandatory) {

  public static Field numeric(String name, int start, int length) {
    return new Field(name, start, length, FieldFormat.NUMERIC, true);
  }

  /** Numeric when present; blank is allowed (e.g. settlement date, inserted by the ACH operator). */
  public static Field optionalNumeric(String name, int start, int length) {
    return new Field(name, start, length, FieldFormat.NUMERIC, false);
  }

  public static Field text(String name, int start, int length) {
    return new Field(name, start, length, FieldFormat.ALPHANUMERIC, false);
  }

  public static Field requiredText(String name, int start, int length) {
    return new Field(name, start, length, FieldFormat.ALPHANUMERIC, true);
  }

  public static Field code(String name, int start, int length) {
    return new Field(name, start, length, FieldFormat.UPPER_ALPHANUMERIC, true);
  }

  public int end() {
    return start + length - 1;
  }

  public boolean covers(int position) {
    return position >= start && position <= end();
  }

  public String raw(String line) {
    return line.substring(start - 1, start - 1 + length);
  }

  public String trimmed(String line) {
    return raw(line).trim();
  }

  public char charAt(String line, int offset) {
    return line.charAt(start - 1 + offset);
  }

  public boolean isDigits(String line) {
    for (int i = start - 1, last = start - 1 + length; i < last; i++) {
      char c = line.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  public boolean isBlank(String line) {
    for (int i = start - 1, last = start - 1 + length; i < last; i++) {
      if (line.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** True when the field holds only spaces and zeros: NACHA treats that as "not supplied". */
  public boolean isBlankOrZeros(String line) {
    for (int i = start - 1, last = start - 1 + length; i < last; i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '0') {
        return false;
      }
    }
    return true;
  }

  public boolean hasLowerCase(String line) {
    for (int i = start - 1, last = start - 1 + length; i < last; i++) {
      char c = line.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  public boolean equalsText(String line, String expected) {
    return line.regionMatches(start - 1, expected, 0, length) && expected.length() == length;
  }

  /** The field's digits as a number, or -1 when it holds anything but digits (fields are at most 20 digits). */
  public long longValue(String line) {
    long value = 0;
    for (int i = start - 1, last = start - 1 + length; i < last; i++) {
      char c = line.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  public int intValue(String line) {
    return (int) longValue(line);
  }

  /** Writes {@code value} into {@code record} at this field, padded according to the field's format. */
  public void write(char[] record, String value) {
    if (value.length() > length) {
      throw new IllegalArgumentException(name + " holds at most " + length + " characters: '" + value + "'");
    }
    int offset = start - 1;
    if (format == FieldFormat.NUMERIC && value.isEmpty() && !mandatory) {
      // an optional numeric field left empty stays blank (e.g. date of death), it is not zero
      java.util.Arrays.fill(record, offset, offset + length, ' ');
    } else if (format == FieldFormat.NUMERIC) {
      int pad = length - value.length();
      java.util.Arrays.fill(record, offset, offset + pad, '0');
      value.getChars(0, value.length(), record, offset + pad);
    } else {
      value.getChars(0, value.length(), record, offset);
      java.util.Arrays.fill(record, offset + value.length(), offset + length, ' ');
    }
  }

  public void write(char[] record, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " cannot be negative: " + value);
    }
    write(record, Long.toString(value));
  }
}
