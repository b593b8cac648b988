package io.corebank.copybook.codec;

import io.corebank.copybook.Field;
import io.corebank.copybook.SignSpec;

import java.math.BigInteger;

/**
 * USAGE DISPLAY numerics: one digit character per byte. A signed item carries its sign either
 * overpunched on the first or last digit ({@code {A..I} = +0..+9, {@code }J..R} = -0..-9,
 * which are the EBCDIC zones C and D) or as a separate '+' / '-' byte. A plain digit where an
 * overpunch is expected is accepted as positive (zone F, "unsigned"); encoding always writes
 * the preferred sign, so such data does not round-trip byte for byte.
 */
final class ZonedDecimalCodec implements FieldCodec {
  private static final String POSITIVE_OVERPUNCH = "{ABCDEFGHI";
  private static final String NEGATIVE_OVERPUNCH = "}JKLMNOPQR";

  private final TextEncoding encoding;

  ZonedDecimalCodec(TextEncoding encoding) {
    this.encoding = encoding;
  }

  @Override
  public Object decode(byte[] record, Field field) {
    String characters = encoding.decode(record, field.offsetBytes(), field.lengthBytes());
    SignSpec sign = field.sign().orElse(null);
    int firstDigit = sign != null && sign.separate() && sign.leading() ? 1 : 0;
    int digitCount = field.digits();
    int signIndex = sign == null ? -1
        : sign.leading() ? 0
        : sign.separate() ? digitCount : digitCount - 1;
    boolean negative = false;
    StringBuilder digits = new StringBuilder(digitCount);
    if (sign != null && sign.separate()) {
      negative = separateSign(characters.charAt(signIndex), record, field, signIndex);
    }
    for (int i = firstDigit; i < firstDigit + digitCount; i++) {
      char c = characters.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (i == signIndex && !sign.separate() && POSITIVE_OVERPUNCH.indexOf(c) >= 0) {
        digits.append((char) ('0' + POSITIVE_OVERPUNCH.indexOf(c)));
      } else if (i == signIndex && !sign.separate() && NEGATIVE_OVERPUNCH.indexOf(c) >= 0) {
        digits.append((char) ('0' + NEGATIVE_OVERPUNCH.indexOf(c)));
        negative = true;
      } else {
        throw RecordDataException.decoding(field.path(), field.offsetBytes() + i,
            "byte " + NumericValues.hex(record[field.offsetBytes() + i]) + " is not "
                + (i == signIndex && !sign.separate() ? "a digit or a signed digit" : "a digit"));
      }
    }
    BigInteger stored = new BigInteger(digits.toString());
    return NumericValues.scaled(negative ? stored.negate() : stored, field);
  }

  private static boolean separateSign(char c, byte[] record, Field field, int index) {
    if (c == '+' || c == '-') {
      return c == '-';
    }
    throw RecordDataException.decoding(field.path(), field.offsetBytes() + index,
        "byte " + NumericValues.hex(record[field.offsetBytes() + index]) + " is not a separate sign '+' or '-'");
  }

  @Override
  public void encode(Object value, byte[] record, Field field) {
    BigInteger stored = NumericValues.stored(value, field);
    if (NumericValues.exceedsDigits(stored, field)) {
      throw RecordDataException.encoding(field.path(), field.offsetBytes(), NumericValues.overflowRule(stored, field));
    }
    String magnitude = stored.abs().toString();
    String digits = magnitude.length() >= field.digits() ? magnitude : "0".repeat(field.digits() - magnitude.length()) + magnitude;
    String characters = field.sign().map(sign -> signed(digits, stored.signum() < 0, sign)).orElse(digits);
    System.arraycopy(encoding.encode(characters), 0, record, field.offsetBytes(), field.lengthBytes());
  }

  private static String signed(String digits, boolean negative, SignSpec sign) {
    if (sign.separate()) {
      String signCharacter = negative ? "-" : "+";
      return sign.leading() ? signCharacter + digits : digits + signCharacter;
    }
    String overpunch = negative ? NEGATIVE_OVERPUNCH : POSITIVE_OVERPUNCH;
    int at = sign.leading() ? 0 : digits.length() - 1;
    char punched = overpunch.charAt(digits.charAt(at) - '0');
    return digits.substring(0, at) + punched + digits.substring(at + 1);
  }
}
