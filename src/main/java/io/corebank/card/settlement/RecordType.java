package io.corebank.card.settlement;

/** The record types of the settlement file, told apart by the first byte. */
public enum RecordType {
  HEADER('H', "header"),
  DETAIL('D', "detail"),
  TRAILER('T', "trailer");

  private final char code;
  private final String label;

  RecordType(char code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The value of {@code SETL-REC-TYPE}. */
  public char code() {
    return code;
  }

  /** How violations name the record: {@code header}, {@code detail}, {@code trailer}. */
  public String label() {
    return label;
  }
}
