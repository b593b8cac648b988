package io.corebank.carddemo;

import java.util.Objects;

/** The alphanumeric MOVE and STRING semantics the printers reproduce. */
final class CobolText {

  private CobolText() {
  }

  /**
   * {@code MOVE text TO PIC X(width)}: cut on the right when longer, padded with spaces on the right
   * when shorter.
   */
  static String fit(String text, int width) {
    Objects.requireNonNull(text);
    if (text.length() >= width) {
      return text.substring(0, width);
    }
    return text + " ".repeat(width - text.length());
  }

  /**
   * One sending item of a STRING statement, {@code text DELIMITED BY delimiter}: the text up to, not
   * including, the first occurrence of the delimiter; the whole text when it has none.
   */
  static String delimitedBy(String text, String delimiter) {
    int at = text.indexOf(delimiter);
    return at < 0 ? text : text.substring(0, at);
  }

  /** Digits of an unsigned {@code PIC 9(width)} value. */
  static String digits(long value, int width) {
    if (value < 0 || Long.toString(value).length() > width) {
      throw new IllegalArgumentException(value + " does not fit PIC 9(" + width + ")");
    }
    return String.format("%0" + width + "d", value);
  }
}
