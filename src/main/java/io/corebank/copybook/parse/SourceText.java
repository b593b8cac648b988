package io.corebank.copybook.parse;

import io.corebank.copybook.CopybookException;
import io.corebank.copybook.SourcePosition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The code area of a fixed-format copybook joined into one text, every character remembering
 * the line and column it came from.
 *
 * <p>Reference format: columns 1-6 are the sequence area and ignored; column 7 is the
 * indicator ({@code *} or {@code /} comment, {@code D} debugging line, treated as a comment
 * because copybooks describe data, {@code -} continuation); columns 8 to the last code column
 * (72) are code; anything after is the identification area and ignored. Lines are separated
 * by a newline in the joined text; a continuation line is joined without one.
 */
final class SourceText {
  private static final int INDICATOR_COLUMN = 7;

  private final String copybook;
  private final StringBuilder text = new StringBuilder();
  private int[] lines = new int[256];
  private int[] columns = new int[256];
  private int lastLine;

  private SourceText(String copybook) {
    this.copybook = copybook;
  }

  static SourceText read(Reader reader, String copybook, int lastCodeColumn) {
    SourceText source = new SourceText(copybook);
    try {
      BufferedReader lines = new BufferedReader(reader);
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        source.addLine(++number, line, lastCodeColumn);
      }
      source.lastLine = number;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read copybook " + copybook, e);
    }
    return source;
  }

  String text() {
    return text.toString();
  }

  String copybook() {
    return copybook;
  }

  SourcePosition position(int index) {
    if (text.length() == 0) {
      return new SourcePosition(copybook, Math.max(lastLine, 1), 1);
    }
    if (index >= text.length()) {
      int last = text.length() - 1;
      return new SourcePosition(copybook, lines[last], columns[last] + 1);
    }
    return new SourcePosition(copybook, lines[index], columns[index]);
  }

  private void addLine(int lineNumber, String line, int lastCodeColumn) {
    if (line.length() < INDICATOR_COLUMN) {
      return;
    }
    char indicator = line.charAt(INDICATOR_COLUMN - 1);
    int codeEnd = Math.min(line.length(), lastCodeColumn);
    switch (indicator) {
      case ' ' -> {
        append('\n', lineNumber, INDICATOR_COLUMN);
        appendCode(line, lineNumber, INDICATOR_COLUMN, codeEnd);
      }
      case '*', '/', 'D', 'd' -> { /* comment or debugging line */ }
      case '-' -> continueLine(line, lineNumber, codeEnd, lastCodeColumn);
      default -> throw new CopybookException(new SourcePosition(copybook, lineNumber, INDICATOR_COLUMN),
          "invalid indicator '" + indicator + "' in column 7; expected space, '*', '/', '-' or 'D'");
    }
  }

  /**
   * A continued alphanumeric literal runs up to the last code column of the previous line
   * (trailing spaces included) and resumes after the quote that opens the continuation line's
   * code. A continued word simply resumes at the first non-blank character.
   */
  private void continueLine(String line, int lineNumber, int codeEnd, int lastCodeColumn) {
    int first = INDICATOR_COLUMN;
    while (first < codeEnd && line.charAt(first) == ' ') {
      first++;
    }
    char openQuote = openQuote();
    if (openQuote == 0) {
      trimTrailingSpaces();
      appendCode(line, lineNumber, first, codeEnd);
      return;
    }
    if (first >= codeEnd || line.charAt(first) != openQuote) {
      throw new CopybookException(new SourcePosition(copybook, lineNumber, first + 1),
          "continuation of a literal must start with " + openQuote);
    }
    padPreviousLineTo(lastCodeColumn);
    appendCode(line, lineNumber, first + 1, codeEnd);
  }

  private void padPreviousLineTo(int lastCodeColumn) {
    int last = text.length() - 1;
    int line = lines[last];
    for (int column = columns[last] + 1; column <= lastCodeColumn; column++) {
      append(' ', line, column);
    }
  }

  /** The quote character of a literal left open on the last line, or 0. */
  private char openQuote() {
    int start = text.lastIndexOf("\n") + 1;
    char open = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open == 0 && (c == '\'' || c == '"')) {
        open = c;
      } else if (c == open) {
        open = 0;
      }
    }
    return open;
  }

  private void trimTrailingSpaces() {
    int length = text.length();
    while (length > 0 && text.charAt(length - 1) == ' ') {
      length--;
    }
    text.setLength(length);
  }

  private void appendCode(String line, int lineNumber, int fromIndex, int toIndexExclusive) {
    for (int i = fromIndex; i < toIndexExclusive; i++) {
      append(line.charAt(i), lineNumber, i + 1);
    }
  }

  private void append(char c, int line, int column) {
    int index = text.length();
    if (index == lines.length) {
      lines = Arrays.copyOf(lines, index * 2);
      columns = Arrays.copyOf(columns, index * 2);
    }
    text.append(c == '\t' ? ' ' : c);
    lines[index] = line;
    columns[index] = column;
  }
}
