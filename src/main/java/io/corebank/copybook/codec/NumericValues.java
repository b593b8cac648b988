package io.corebank.copybook.codec;

import io.corebank.copybook.Field;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Conversions between a field's BigDecimal value and the integer its digits store. */
final class NumericValues {

  private NumericValues() {
  }

  /** The stored integer scaled by the picture: 12345 with scale 2 is 123.45; P scaling gives other scales. */
  static BigDecimal scaled(BigInteger stored, Field field) {
    return new BigDecimal(stored, field.scale());
  }

  /**
   * The integer to store for {@code value}, refusing values that would lose digits: more
   * decimals than the picture has, more integer digits than it holds (COBOL would silently
   * truncate; a bank must not), or a negative value in an unsigned field.
   */
  static BigInteger stored(Object value, Field field) {
    if (!(value instanceof BigDecimal number)) {
      throw RecordDataException.encoding(field.path(), field.offsetBytes(),
          "numeric field needs a BigDecimal value, got " + describe(value));
    }
    BigInteger stored;
    try {
      stored = number.movePointRight(field.scale()).toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw RecordDataException.encoding(field.path(), field.offsetBytes(), "value " + number.toPlainString()
          + " has more decimal places than PIC " + pictureText(field) + " allows");
    }
    if (stored.signum() < 0 && !field.signed()) {
      throw RecordDataException.encoding(field.path(), field.offsetBytes(), "negative value "
          + number.toPlainString() + " in unsigned PIC " + pictureText(field));
    }
    return stored;
  }

  static boolean exceedsDigits(BigInteger stored, Field field) {
    return stored.abs().toString().length() > field.digits();
  }

  static String overflowRule(BigInteger stored, Field field) {
    return "value " + scaled(stored, field).toPlainString() + " exceeds the " + field.digits()
        + " digits of PIC " + pictureText(field);
  }

  static String pictureText(Field field) {
    return field.picture().map(p -> p.text()).orElse("?");
  }

  static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }

  static String hex(byte b) {
    return String.format("X'%02X'", b & 0xFF);
  }
}
