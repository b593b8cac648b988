package io.corebank.copybook.codec;

import io.corebank.copybook.Field;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Big-endian binary integers (two's complement when the picture is signed).
 *
 * <p>COMP / COMP-4 / BINARY values are limited to the digits of the picture (a 9(4) COMP
 * halfword holds 0..9999 even though 2 bytes could hold 65535): a larger value is reported as
 * invalid on decode and refused on encode rather than truncated. COMP-5 uses the full range
 * of its 2, 4 or 8 bytes.
 */
final class BinaryCodec implements FieldCodec {
  private final boolean limitedToPictureDigits;

  private BinaryCodec(boolean limitedToPictureDigits) {
    this.limitedToPictureDigits = limitedToPictureDigits;
  }

  static BinaryCodec pictureLimited() {
    return new BinaryCodec(true);
  }

  static BinaryCodec nativeRange() {
    return new BinaryCodec(false);
  }

  @Override
  public Object decode(byte[] record, Field field) {
    byte[] bytes = Arrays.copyOfRange(record, field.offsetBytes(), field.endOffsetBytes());
    BigInteger stored = field.signed() ? new BigInteger(bytes) : new BigInteger(1, bytes);
    if (limitedToPictureDigits && NumericValues.exceedsDigits(stored, field)) {
      throw RecordDataException.decoding(field.path(), field.offsetBytes(), "binary " + NumericValues.overflowRule(stored, field));
    }
    return NumericValues.scaled(stored, field);
  }

  @Override
  public void encode(Object value, byte[] record, Field field) {
    BigInteger stored = NumericValues.stored(value, field);
    int bits = field.lengthBytes() * 8;
    boolean fitsBytes = field.signed()
        ? stored.bitLength() < bits
        : stored.bitLength() <= bits;
    if (!fitsBytes || (limitedToPictureDigits && NumericValues.exceedsDigits(stored, field))) {
      String rule = fitsBytes ? NumericValues.overflowRule(stored, field)
          : "value " + NumericValues.scaled(stored, field).toPlainString() + " does not fit "
          + field.lengthBytes() + " bytes";
      throw RecordDataException.encoding(field.path(), field.offsetBytes(), rule);
    }
    byte[] minimal = stored.toByteArray();
    byte fill = (byte) (stored.signum() < 0 ? 0xFF : 0x00);
    int length = field.lengthBytes();
    for (int i = 0; i < length; i++) {
      int fromEnd = length - 1 - i;
      int source = minimal.length - 1 - fromEnd;
      record[field.offsetBytes() + i] = source >= 0 ? minimal[source] : fill;
    }
  }
}
