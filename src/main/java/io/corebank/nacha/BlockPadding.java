package io.corebank.nacha;

import java.util.List;

/** A record of 94 nines filling the last block to the blocking factor; allowed only after the file control. */
public final class BlockPadding extends AchRecord {

  /** Positions 1-94: all nines. */
  public static final Field FILLER = Field.numeric("Filler", 1, 94);

  public static final String LINE = "9".repeat(LENGTH);

  private static final List<Field> FIELDS = List.of(FILLER);

  private BlockPadding(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static BlockPadding parse(String line, int lineNumber) {
    return new BlockPadding(line, lineNumber);
  }

  /** True for a line of exactly 94 nines. */
  public static boolean isPadding(String line) {
    return line.length() == LENGTH && line.charAt(1) == '9' && line.equals(LINE);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.BLOCK_PADDING;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }
}
