package io.corebank.sanctions;

/** A row of an SDN file that cannot be read; the message starts with the file name and line number. */
public final class SdnFormatException extends RuntimeException {

  private final String file;
  private final long line;

  public SdnFormatException(String file, long line, String problem, Throwable cause) {
    super(file + " line " + line + ": " + problem, cause);
    this.file = file;
    this.line = line;
  }

  /** sdn.csv, alt.csv or add.csv. */
  public String file() {
    return file;
  }

  /** 1-based line of the file where the bad row starts. */
  public long line() {
    return line;
  }
}
