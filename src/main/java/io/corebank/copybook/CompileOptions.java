package io.corebank.copybook;

/**
 * Settings of the copybook compiler.
 *
 * @param lastCodeColumn    last column of the code area; 72 on the mainframe, columns after it
 *                          hold change identifiers and are ignored
 * @param maxExpandedFields guard against OCCURS tables that would expand to an unreasonable
 *                          number of fields (each occurrence of each item is one field)
 */
public record CompileOptions(int lastCodeColumn, int maxExpandedFields) {

  public CompileOptions {
    if (lastCodeColumn < 8) {
      throw new IllegalArgumentException("lastCodeColumn must be at least 8, was " + lastCodeColumn);
    }
    if (maxExpandedFields < 1) {
      throw new IllegalArgumentException("maxExpandedFields must be positive, was " + maxExpandedFields);
    }
  }

  public static CompileOptions defaults() {
    return new CompileOptions(72, 100_000);
  }
}
