package io.corebank.copybook.codec;

/**
 * Record bytes that do not match the layout, or a value that cannot be stored in its field.
 * The message names the field path, its 0-based byte offset and the rule that was broken.
 */
public final class RecordDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String fieldPath;
  private final int offsetBytes;

  private RecordDataException(String action, String fieldPath, int offsetBytes, String rule) {
    super("cannot " + action + " " + fieldPath + " at offset " + offsetBytes + ": " + rule);
    this.fieldPath = fieldPath;
    this.offsetBytes = offsetBytes;
  }

  static RecordDataException decoding(String fieldPath, int offsetBytes, String rule) {
    return new RecordDataException("decode", fieldPath, offsetBytes, rule);
  }

  static RecordDataException encoding(String fieldPath, int offsetBytes, String rule) {
    return new RecordDataException("encode", fieldPath, offsetBytes, rule);
  }

  public String fieldPath() {
    return fieldPath;
  }

  /** 0-based offset of the offending byte (or of the field when no single byte is to blame). */
  public int offsetBytes() {
    return offsetBytes;
  }
}
