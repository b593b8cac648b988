package io.corebank.copybook;

import org.junit.jupiter.api.Test;

import static io.corebank.copybook.Copybooks.compileText;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reference format: sequence area, indicator column, code area 8-72, identification area. */
class SourceFormatTest {

  @Test
  void ignoresSequenceAndIdentificationAreas() {
    Layout layout = compileText(""
        + "000100 01  REC.                                                          CHANGE01\n"
        + "000200     05  A   PIC X(4).                                             9(99)...\n"
        + "000300     05  B   PIC 9(2).                                             ZZZZZZZZ\n");
    assertEquals(6, layout.maxRecordLengthBytes());
    assertEquals(4, layout.field("REC.B").offsetBytes());
  }

  @Test
  void codeEndsAtColumn72EvenWhenAWordRunsOn() {
    // "PIC X(4)." ends exactly in column 72; "0" in column 73 would otherwise make it X(4)0.
    String line = "           05  A" + " ".repeat(47) + "PIC X(4).0";
    assertEquals(73, line.indexOf(".0") + 2, "the stray 0 is in column 73");
    assertEquals(4, compileText("       01  REC.\n" + line + "\n").field("REC.A").lengthBytes());
  }

  @Test
  void skipsCommentAndDebuggingLines() {
    Layout layout = compileText(""
        + "      * a comment with PIC X(99).\n"
        + "      / a page eject comment\n"
        + "       01  REC.\n"
        + "      D    05  DEBUG-ONLY PIC X(50).\n"
        + "           05  A          PIC X(3).\n"
        + "\n"
        + "    \n");
    assertEquals(3, layout.maxRecordLengthBytes());
    assertEquals(2, layout.fields().size());
  }

  @Test
  void joinsContinuedLiteralThroughColumn72() {
    Layout layout = compileText(""
        + "       01  REC.\n"
        + "           05  A PIC X(70).\n"
        + "               88  LONG-VALUE VALUE 'ABCDEFGHIJKLMNOPQRSTUVWXYZ01234567\n"
        + "      -        '89-END'.\n");
    ConditionName condition = layout.field("REC.A").condition("LONG-VALUE").orElseThrow();
    Literal.Alphanumeric literal = (Literal.Alphanumeric) condition.values().get(0).from();
    // the first line's literal runs from column 38 to 72: the blank in column 72 is part of it
    assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXYZ01234567" + " " + "89-END", literal.text());
  }

  @Test
  void keepsBlanksBeforeColumn72InContinuedLiteral() {
    Layout layout = compileText(""
        + "       01  REC.\n"
        + "           05  A PIC X(40) VALUE 'AB\n"
        + "      -    'CD'.\n");
    Literal.Alphanumeric value = (Literal.Alphanumeric) layout.field("REC.A").initialValue().orElseThrow();
    // the quote is in column 34, A and B in 35-36, then the blanks of columns 37-72 belong to the literal
    assertEquals("AB" + " ".repeat(36) + "CD", value.text());
  }

  @Test
  void joinsContinuedWord() {
    Layout layout = compileText(""
        + "       01  REC.\n"
        + "           05  A PIC X(1\n"
        + "      -          2).\n");
    assertEquals(12, layout.field("REC.A").lengthBytes());
  }
}
