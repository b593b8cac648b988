package io.corebank.copybook;

import java.math.BigDecimal;
import java.util.List;

/**
 * A level-88 condition name attached to its conditional variable.
 *
 * @param name   the condition name, e.g. {@code ACCT-ACTIVE}
 * @param values the VALUE entries; the condition is true when any of them matches
 */
public record ConditionName(String name, List<ConditionValue> values) {

  public ConditionName {
    values = List.copyOf(values);
  }

  /**
   * One VALUE entry: a single literal or a THRU range (both ends inclusive).
   *
   * @param from    the literal, or the low end of the range
   * @param through the high end of the range, or null for a single literal
   */
  public record ConditionValue(Literal from, Literal through) {
    public boolean isRange() {
      return through != null;
    }

    public String display() {
      return isRange() ? from.display() + " THRU " + through.display() : from.display();
    }
  }

  /**
   * Whether a decoded value (String for alphanumeric items, BigDecimal for numeric items)
   * satisfies this condition. Alphanumeric comparison pads the shorter side with spaces as
   * COBOL does; numeric comparison is by value, so 1.0 equals 1.
   */
  public boolean isSatisfiedBy(Object decodedValue) {
    return values.stream().anyMatch(v -> matches(v, decodedValue));
  }

  private static boolean matches(ConditionValue value, Object decoded) {
    if (!value.isRange()) {
      return compare(decoded, value.from()) == 0;
    }
    return compare(decoded, value.from()) >= 0 && compare(decoded, value.through()) <= 0;
  }

  private static int compare(Object decoded, Literal literal) {
    if (decoded instanceof BigDecimal number) {
      return number.compareTo(numericValue(literal));
    }
    String text = (String) decoded;
    String other = alphanumericValue(literal, text.length());
    int width = Math.max(text.length(), other.length());
    return padRight(text, width).compareTo(padRight(other, width));
  }

  private static BigDecimal numericValue(Literal literal) {
    if (literal instanceof Literal.Numeric numeric) {
      return numeric.value();
    }
    if (literal == Literal.Figurative.ZERO) {
      return BigDecimal.ZERO;
    }
    throw new IllegalStateException("condition literal " + literal.display() + " is not numeric");
  }

  private static String alphanumericValue(Literal literal, int fieldLength) {
    if (literal instanceof Literal.Alphanumeric text) {
      return text.text();
    }
    if (literal == Literal.Figurative.SPACE) {
      return " ".repeat(fieldLength);
    }
    if (literal == Literal.Figurative.ZERO) {
      return "0".repeat(fieldLength);
    }
    return ((Literal.Numeric) literal).value().toPlainString();
  }

  private static String padRight(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
