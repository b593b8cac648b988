package io.corebank.nacha;

/** The six NACHA record kinds, plus the two pseudo-kinds a reader meets: block padding and garbage. */
public enum RecordKind {
  FILE_HEADER('1', "file header"),
  BATCH_HEADER('5', "batch header"),
  ENTRY_DETAIL('6', "entry detail"),
  ADDENDA('7', "addenda"),
  BATCH_CONTROL('8', "batch control"),
  FILE_CONTROL('9', "file control"),
  /** A record of 94 nines that fills the last block up to the blocking factor of 10. */
  BLOCK_PADDING('9', "block padding"),
  /** A line whose record type code is none of 1, 5, 6, 7, 8, 9. */
  UNKNOWN('?', "unknown record");

  private final char typeCode;
  private final String description;

  RecordKind(char typeCode, String description) {
    this.typeCode = typeCode;
    this.description = description;
  }

  public char typeCode() {
    return typeCode;
  }

  /** Label used in messages, e.g. {@code entry detail 6}. */
  public String label() {
    return this == UNKNOWN ? description : description + " " + typeCode;
  }
}
