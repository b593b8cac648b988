package io.corebank.copybook;

/**
 * A place in a copybook, as a mainframe editor would show it.
 *
 * @param copybook the copybook name
 * @param line     1-based line number
 * @param column   1-based column (the indicator area is column 7, code starts at column 8)
 */
public record SourcePosition(String copybook, int line, int column) {
  @Override
  public String toString() {
    return copybook + ":" + line + ":" + column;
  }
}
