package io.corebank.carddemo;

import io.corebank.copybook.Field;
import io.corebank.copybook.FieldType;
import io.corebank.copybook.Layout;
import io.corebank.copybook.codec.TextEncoding;

import java.util.Arrays;
import java.util.List;

/**
 * One reusable record of a compiled copybook layout, filled field by field straight into bytes.
 *
 * <p>The generator writes millions of records; going through {@code RecordCodec} (a map of values
 * per record) costs several microseconds a record. This writes the same bytes for the subset of
 * the codec's rules the CardDemo layouts use: alphanumeric items left-justified and space-padded,
 * unsigned zoned decimals as digits, signed zoned decimals with the sign overpunched on the last
 * digit ({@code {A..I} = +0..+9, {@code }J..R} = -0..-9). Offsets and lengths come from the
 * compiled layout, so the copybook stays the one source of truth; the generator's tests decode
 * every record it writes with {@code RecordCodec}.
 */
final class RecordBuffer {
  private static final String POSITIVE_OVERPUNCH = "{ABCDEFGHI";
  private static final String NEGATIVE_OVERPUNCH = "}JKLMNOPQR";
  private static final int PRINTABLE_FIRST = 0x20;
  private static final int PRINTABLE_LAST = 0x7E;

  private final Layout layout;
  private final List<Field> elementary;
  private final byte[] record;
  private final byte[] byteOf = new byte[PRINTABLE_LAST + 1];
  private final byte space;

  RecordBuffer(Layout layout, TextEncoding encoding) {
    this.layout = layout;
    this.elementary = layout.fields().stream().filter(f -> !f.isGroup()).toList();
    this.record = new byte[layout.maxRecordLengthBytes()];
    for (int c = PRINTABLE_FIRST; c <= PRINTABLE_LAST; c++) {
      byte[] encoded = String.valueOf((char) c).getBytes(encoding.charset());
      if (encoded.length != 1) {
        throw new IllegalArgumentException(encoding + " has no single byte for '" + (char) c + "'");
      }
      byteOf[c] = encoded[0];
    }
    this.space = encoding.spaceByte();
    clear();
  }

  int length() {
    return record.length;
  }

  /** The handle of the elementary item with this data name (the last part of its path). */
  int field(String name) {
    int found = -1;
    for (int i = 0; i < elementary.size(); i++) {
      Field f = elementary.get(i);
      if (f.name().equals(name) || f.path().equals(name)) {
        if (found >= 0) {
          throw new IllegalArgumentException(layout.name() + " has more than one item named " + name);
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException(layout.name() + " has no item named " + name);
    }
    Field f = elementary.get(found);
    if (f.type() != FieldType.ALPHANUMERIC && f.type() != FieldType.ZONED_DECIMAL) {
      throw new IllegalArgumentException(f.path() + " is " + f.type() + "; only DISPLAY items are supported");
    }
    if (f.sign().isPresent() && (f.sign().get().leading() || f.sign().get().separate())) {
      throw new IllegalArgumentException(f.path() + ": only trailing overpunched signs are supported");
    }
    return found;
  }

  /** Every byte a space (the FILLERs of most CardDemo records). */
  RecordBuffer clear() {
    Arrays.fill(record, space);
    return this;
  }

  /** Left-justified, padded with spaces; printable ASCII only. */
  RecordBuffer text(int field, CharSequence value) {
    Field f = elementary.get(field);
    int offset = f.offsetBytes();
    int length = f.lengthBytes();
    if (value.length() > length) {
      throw new IllegalArgumentException(f.path() + " holds " + length + " characters, not " + value.length()
          + ": '" + value + "'");
    }
    for (int i = 0; i < length; i++) {
      record[offset + i] = i < value.length() ? encode(value.charAt(i), f) : space;
    }
    return this;
  }

  /** An alphanumeric item filled with the number's digits, zero-padded on the left (ids, card numbers). */
  RecordBuffer digits(int field, long value) {
    Field f = elementary.get(field);
    if (value < 0) {
      throw new IllegalArgumentException(f.path() + ": cannot write " + value + " as digits");
    }
    long rest = value;
    for (int i = f.offsetBytes() + f.lengthBytes() - 1; i >= f.offsetBytes(); i--) {
      record[i] = byteOf['0' + (int) (rest % 10)];
      rest /= 10;
    }
    if (rest != 0) {
      throw new IllegalArgumentException(f.path() + " holds " + f.lengthBytes() + " digits, cannot hold " + value);
    }
    return this;
  }

  /** A zoned decimal from its unscaled value (cents for a V99 item). */
  RecordBuffer number(int field, long unscaled) {
    Field f = elementary.get(field);
    if (f.type() != FieldType.ZONED_DECIMAL) {
      throw new IllegalArgumentException(f.path() + " is not numeric");
    }
    boolean signed = f.sign().isPresent();
    if (unscaled < 0 && !signed) {
      throw new IllegalArgumentException(f.path() + " is unsigned, cannot hold " + unscaled);
    }
    long magnitude = Math.abs(unscaled);
    int offset = f.offsetBytes();
    int digits = f.lengthBytes();
    for (int i = digits - 1; i >= 0; i--) {
      int digit = (int) (magnitude % 10);
      magnitude /= 10;
      char c = (char) ('0' + digit);
      if (signed && i == digits - 1) {
        c = (unscaled < 0 ? NEGATIVE_OVERPUNCH : POSITIVE_OVERPUNCH).charAt(digit);
      }
      record[offset + i] = byteOf[c];
    }
    if (magnitude != 0) {
      throw new IllegalArgumentException(f.path() + " has " + digits + " digits, cannot hold " + unscaled);
    }
    return this;
  }

  /** The record's bytes: the buffer itself, valid until the next change. */
  byte[] bytes() {
    return record;
  }

  private byte encode(char c, Field f) {
    if (c < PRINTABLE_FIRST || c > PRINTABLE_LAST) {
      throw new IllegalArgumentException(f.path() + ": character U+" + String.format("%04X", (int) c)
          + " is not printable ASCII");
    }
    return byteOf[c];
  }
}
