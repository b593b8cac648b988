package io.corebank.copybook.codec;

import io.corebank.copybook.Field;

import java.math.BigInteger;

/**
 * COMP-3 / PACKED-DECIMAL: two digits per byte, the last half-byte is the sign (C or F
 * positive, D negative). An even digit count leaves one unused leading half-byte, which must
 * be zero. Encoding writes C/D for signed pictures and F for unsigned ones.
 */
final class PackedDecimalCodec implements FieldCodec {
  private static final int POSITIVE = 0xC;
  private static final int NEGATIVE = 0xD;
  private static final int UNSIGNED = 0xF;

  @Override
  public Object decode(byte[] record, Field field) {
    int nibbleCount = field.lengthBytes() * 2;
    int padNibbles = nibbleCount - 1 - field.digits();
    StringBuilder digits = new StringBuilder(field.digits());
    for (int n = 0; n < nibbleCount - 1; n++) {
      int nibble = nibble(record, field, n);
      int offset = field.offsetBytes() + n / 2;
      if (n < padNibbles && nibble != 0) {
        throw RecordDataException.decoding(field.path(), offset, "byte " + NumericValues.hex(record[offset])
            + " has a non-zero unused leading half-byte for PIC " + NumericValues.pictureText(field));
      }
      if (nibble > 9) {
        throw RecordDataException.decoding(field.path(), offset, "byte " + NumericValues.hex(record[offset])
            + " has half-byte " + Integer.toHexString(nibble).toUpperCase() + " where a digit 0-9 is required");
      }
      if (n >= padNibbles) {
        digits.append((char) ('0' + nibble));
      }
    }
    BigInteger stored = new BigInteger(digits.toString());
    return NumericValues.scaled(isNegative(record, field, nibbleCount - 1) ? stored.negate() : stored, field);
  }

  private static boolean isNegative(byte[] record, Field field, int signNibbleIndex) {
    int sign = nibble(record, field, signNibbleIndex);
    int offset = field.endOffsetBytes() - 1;
    if (sign == NEGATIVE && !field.signed()) {
      throw RecordDataException.decoding(field.path(), offset, "negative sign half-byte D in unsigned PIC "
          + NumericValues.pictureText(field));
    }
    if (sign != POSITIVE && sign != NEGATIVE && sign != UNSIGNED) {
      throw RecordDataException.decoding(field.path(), offset, "byte " + NumericValues.hex(record[offset])
          + " has sign half-byte " + Integer.toHexString(sign).toUpperCase() + "; expected C, D or F");
    }
    return sign == NEGATIVE;
  }

  private static int nibble(byte[] record, Field field, int index) {
    int b = record[field.offsetBytes() + index / 2] & 0xFF;
    return index % 2 == 0 ? b >>> 4 : b & 0x0F;
  }

  @Override
  public void encode(Object value, byte[] record, Field field) {
    BigInteger stored = NumericValues.stored(value, field);
    if (NumericValues.exceedsDigits(stored, field)) {
      throw RecordDataException.encoding(field.path(), field.offsetBytes(), NumericValues.overflowRule(stored, field));
    }
    int nibbleCount = field.lengthBytes() * 2;
    String digits = String.format("%0" + (nibbleCount - 1) + "d", stored.abs());
    int sign = !field.signed() ? UNSIGNED : stored.signum() < 0 ? NEGATIVE : POSITIVE;
    for (int i = 0; i < field.lengthBytes(); i++) {
      int high = digits.charAt(2 * i) - '0';
      int low = 2 * i + 1 < digits.length() ? digits.charAt(2 * i + 1) - '0' : sign;
      record[field.offsetBytes() + i] = (byte) (high << 4 | low);
    }
  }
}
