package io.corebank.carddemo;

import io.corebank.copybook.codec.TextEncoding;
import io.corebank.copybook.io.FixedRecordReader;
import java.io.InputStream;
import java.util.Locale;

/**
 * How a CardDemo data set is stored. ASCII: the {@code .txt} extracts, one record per line (short lines
 * padded). EBCDIC: the mainframe data sets, fixed-length records in code page 037 (or 1047) with no line
 * breaks. Outputs are written in the input's encoding, fixed-length with no line breaks, as {@code expected/}.
 */
public enum CardDemoEncoding {
  ASCII(TextEncoding.ascii(), true),
  EBCDIC(TextEncoding.ebcdic037(), false),
  CP1047(TextEncoding.ebcdic1047(), false);

  private final TextEncoding textEncoding;
  private final boolean lineSequentialInput;

  CardDemoEncoding(TextEncoding textEncoding, boolean lineSequentialInput) {
    this.textEncoding = textEncoding;
    this.lineSequentialInput = lineSequentialInput;
  }

  public TextEncoding textEncoding() {
    return textEncoding;
  }

  /** True when input files carry the ASCII extract names (acctdata.txt), false for data-set names. */
  public boolean usesExtractNames() {
    return lineSequentialInput;
  }

  public FixedRecordReader reader(InputStream in, int recordLengthBytes) {
    return lineSequentialInput
        ? FixedRecordReader.lineSequential(in, recordLengthBytes, textEncoding.spaceByte())
        : FixedRecordReader.fixedLength(in, recordLengthBytes);
  }

  /** ascii, ebcdic (code page 037) or cp1047, case-insensitive. */
  public static CardDemoEncoding parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "ascii" -> ASCII;
      case "ebcdic", "cp037", "ebcdic037" -> EBCDIC;
      case "cp1047", "ebcdic1047" -> CP1047;
      default -> throw new IllegalArgumentException("unknown encoding '" + name + "': use ascii, ebcdic or cp1047");
    };
  }
}
