package io.corebank.copybook.codec;

import io.corebank.copybook.Field;

import java.util.Arrays;

/** PIC X / PIC A: text in the record's code page, left-justified and padded with spaces. */
final class AlphanumericCodec implements FieldCodec {
  private final TextEncoding encoding;

  AlphanumericCodec(TextEncoding encoding) {
    this.encoding = encoding;
  }

  @Override
  public Object decode(byte[] record, Field field) {
    return encoding.decode(record, field.offsetBytes(), field.lengthBytes());
  }

  @Override
  public void encode(Object value, byte[] record, Field field) {
    if (!(value instanceof String text)) {
      throw RecordDataException.encoding(field.path(), field.offsetBytes(),
          "alphanumeric field needs a String value, got " + NumericValues.describe(value));
    }
    byte[] bytes;
    try {
      bytes = encoding.encode(text);
    } catch (IllegalArgumentException e) {
      throw RecordDataException.encoding(field.path(), field.offsetBytes(),
          "text '" + text + "' has a " + e.getMessage() + " that " + encoding + " cannot represent");
    }
    if (bytes.length > field.lengthBytes()) {
      throw RecordDataException.encoding(field.path(), field.offsetBytes(), "text of " + bytes.length
          + " characters does not fit PIC " + NumericValues.pictureText(field));
    }
    System.arraycopy(bytes, 0, record, field.offsetBytes(), bytes.length);
    Arrays.fill(record, field.offsetBytes() + bytes.length, field.endOffsetBytes(), encoding.spaceByte());
  }
}
