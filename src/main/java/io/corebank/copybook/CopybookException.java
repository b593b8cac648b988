package io.corebank.copybook;

/** A copybook that cannot be compiled; the message starts with {@code name:line:column:}. */
public final class CopybookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SourcePosition position;

  public CopybookException(SourcePosition position, String problem) {
    super(position + ": " + problem);
    this.position = position;
  }

  public SourcePosition position() {
    return position;
  }
}
