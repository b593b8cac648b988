package io.corebank.copybook.io;

/** A data file whose framing does not fit the record length (a partial or over-long record). */
public final class RecordFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordFileException(String message) {
    super(message);
  }
}
