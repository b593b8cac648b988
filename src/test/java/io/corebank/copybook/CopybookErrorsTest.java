package io.corebank.copybook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.nio.file.Path;

import static io.corebank.copybook.Copybooks.code;
import static io.corebank.copybook.Copybooks.compileText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every compile error names the copybook, line and column and says what was expected. */
class CopybookErrorsTest {

  private static String error(String copybookText) {
    return assertThrows(CopybookException.class, () -> compileText(copybookText)).getMessage();
  }

  /** Line 2 of each case is the offending line; columns are those of the whole source line. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "RENAMES level 66    | 66  ALIAS RENAMES A.              | TEST.cpy:2:8: level 66 (RENAMES) is not supported",
      "bad level           | 50  A PIC X.                      | TEST.cpy:2:8: expected a level number (01-49, 77 or 88) but found '50'",
      "missing period      | 05  A PIC X(2)                    | TEST.cpy:2:22: unexpected end of copybook; the last entry is not ended by '.'",
      "unknown clause      | 05  A PIC X(2) COLOR RED.         | TEST.cpy:2:23: expected a clause (PIC, USAGE, OCCURS, REDEFINES, VALUE, SIGN) or '.' but found 'COLOR'",
      "bad picture symbol  | 05  A PIC 9(3)Z.                  | TEST.cpy:2:22: picture symbol 'Z' in 9(3)Z is not supported; expected X, A, 9, S, V or P",
      "picture missing     | 05  A PIC.                        | TEST.cpy:2:17: expected a picture string after PIC but found '.'",
      "two pictures        | 05  A PIC X PIC X.                | TEST.cpy:2:20: clause PIC conflicts with a clause already given for this item",
      "float usage         | 05  A COMP-2.                     | TEST.cpy:2:14: USAGE COMP-2 is not supported",
      "bad usage           | 05  A USAGE FAST.                 | TEST.cpy:2:20: expected a usage (DISPLAY, COMP, COMP-3, COMP-4, COMP-5, BINARY, PACKED-DECIMAL) but found 'FAST'",
      "sign without S      | 05  A PIC 9(3) SIGN LEADING.      | TEST.cpy:2:28: SIGN clause requires a signed picture (S) (A)",
      "sign on packed      | 05  A PIC S9(3) COMP-3 LEADING.   | TEST.cpy:2:31: SIGN clause applies only to USAGE DISPLAY items (A)",
      "sign bad word       | 05  A PIC S9 SIGN SEPARATE.       | TEST.cpy:2:26: expected LEADING or TRAILING after SIGN but found 'SEPARATE'",
      "comp on text        | 05  A PIC X(4) COMP.              | TEST.cpy:2:23: USAGE COMP requires a numeric picture but A is PIC X(4)",
      "binary too long     | 05  A PIC 9(19) COMP.             | TEST.cpy:2:18: binary item A has 19 digits; at most 18 are supported",
      "no picture          | 05  A.                            | TEST.cpy:2:8: elementary item A has no PICTURE clause",
      "occurs not integer  | 05  A PIC X OCCURS MANY.          | TEST.cpy:2:27: expected an unsigned integer but found 'MANY'",
      "occurs range no odo | 05  A PIC X OCCURS 1 TO 3.        | TEST.cpy:2:33: OCCURS 1 TO 3 requires DEPENDING ON",
      "occurs max < min    | 05  A PIC X OCCURS 5 TO 3 DEPENDING ON N. | TEST.cpy:2:32: OCCURS maximum 3 is less than minimum 5",
      "bad value           | 05  A PIC X VALUE PIC.            | TEST.cpy:2:26: expected a literal (quoted text, a number, ZERO or SPACE) but found 'PIC'",
      "high-values         | 05  A PIC X VALUE HIGH-VALUES.    | TEST.cpy:2:26: figurative constant HIGH-VALUES is not supported in VALUE",
      "bad name            | 05  -A- PIC X.                    | TEST.cpy:2:12: expected a data name (letters, digits and inner hyphens, at most 30 characters, at least one letter) but found '-A-'",
      "open literal        | 05  A PIC X VALUE 'AB.            | TEST.cpy:2:26: literal is not closed before the end of the line (continue it with '-' in column 7)",
  })
  void reportsPositionAndExpectation(String description, String secondLine, String message) {
    assertEquals(message, error(code("01  REC.", secondLine)), description);
  }

  @Test
  void rejectsInvalidIndicator() {
    assertEquals("TEST.cpy:2:7: invalid indicator 'X' in column 7; expected space, '*', '/', '-' or 'D'",
        error("       01  REC.\n      X    05 A PIC X.\n"));
  }

  @Test
  void rejectsContinuationWithoutQuote() {
    assertEquals("TEST.cpy:3:16: continuation of a literal must start with '",
        error("       01  REC.\n           05  A PIC X(80) VALUE 'AB\n      -        CD'.\n"));
  }

  @Test
  void rejectsConditionBeforeAnyItem() {
    assertEquals("TEST.cpy:1:8: level 88 condition must follow the data item it belongs to",
        error(code("88  FLAG VALUE 'Y'.")));
  }

  @Test
  void rejectsConditionWithoutValue() {
    assertEquals("TEST.cpy:3:19: expected VALUE after level 88 ON but found 'PIC'",
        error(code("01  REC.", "05  A PIC X.", "    88  ON PIC X.")));
  }

  @Test
  void rejectsEmptyCopybook() {
    assertEquals("TEST.cpy:1:1: copybook has no data description entry", error("      * nothing\n"));
  }

  @Test
  void rejectsSubordinateWithoutRecord() {
    assertEquals("TEST.cpy:1:8: level 05 item must be subordinate to a level 01 item", error(code("05  A PIC X.")));
  }

  @Test
  void rejectsInconsistentLevel() {
    assertEquals("TEST.cpy:4:8: level 07 does not match the level of the preceding items in the same group (10)",
        error(code("01  REC.", "05  G.", "    10  A PIC X.", "07  B PIC X.")));
  }

  @Test
  void rejectsSubordinateOfLevel77() {
    assertEquals("TEST.cpy:2:8: a level 77 item cannot have subordinate items",
        error(code("77  COUNTER PIC 9(4).", "05  A PIC X.")));
  }

  @Test
  void rejectsPictureOnGroup() {
    assertEquals("TEST.cpy:2:18: group item G cannot have a PICTURE clause",
        error(code("01  REC.", "05  G PIC X(2).", "    10  A PIC X.")));
  }

  @Test
  void rejectsDuplicateName() {
    assertEquals("TEST.cpy:3:8: duplicate data name A in group REC",
        error(code("01  REC.", "05  A PIC X.", "05  A PIC X.")));
  }

  @Test
  void rejectsRedefinesOfNonAdjacentItem() {
    assertEquals("TEST.cpy:4:24: REDEFINES A must name the item immediately before C at the same level (B)",
        error(code("01  REC.", "05  A PIC X(2).", "05  B PIC X(2).", "05  C REDEFINES A PIC X(2).")));
  }

  @Test
  void rejectsLargerRedefinition() {
    assertEquals("TEST.cpy:3:24: B (3 bytes) is larger than the item it redefines, A (2 bytes)",
        error(code("01  REC.", "05  A PIC X(2).", "05  B REDEFINES A PIC X(3).")));
  }

  @Test
  void rejectsRedefinesOfTable() {
    assertEquals("TEST.cpy:3:24: REDEFINES target A has an OCCURS clause; redefine a group around the table instead",
        error(code("01  REC.", "05  A PIC X OCCURS 2.", "05  B REDEFINES A PIC X(2).")));
  }

  @Test
  void rejectsUsageConflictingWithGroup() {
    assertEquals("TEST.cpy:3:27: USAGE COMP-3 of A conflicts with USAGE COMP of its group",
        error(code("01  REC.", "05  G COMP.", "    10  A PIC 9(4) COMP-3.")));
  }

  @Test
  void rejectsUndefinedDependingOn() {
    assertEquals("TEST.cpy:3:20: DEPENDING ON item N is not defined outside a table",
        error(code("01  REC.", "05  C PIC 9.", "05  T PIC X OCCURS 1 TO 3 DEPENDING ON N.")));
  }

  @Test
  void rejectsNonNumericDependingOn() {
    assertEquals("TEST.cpy:3:20: DEPENDING ON item REC.N must be a numeric integer item",
        error(code("01  REC.", "05  N PIC X.", "05  T PIC X OCCURS 1 TO 3 DEPENDING ON N.")));
  }

  @Test
  void rejectsItemsAfterVariableTable() {
    assertEquals("TEST.cpy:4:8: Z follows the OCCURS DEPENDING ON table REC.T;"
            + " items after a variable-length table are not supported",
        error(code("01  REC.", "05  N PIC 9.", "05  T PIC X OCCURS 1 TO 3 DEPENDING ON N.", "05  Z PIC X.")));
  }

  @Test
  void rejectsNestedVariableTable() {
    assertEquals("TEST.cpy:4:24: OCCURS DEPENDING ON inside another OCCURS is not supported",
        error(code("01  REC.", "05  N PIC 9.", "05  T OCCURS 2.", "    10  U PIC X OCCURS 1 TO 3 DEPENDING ON N.")));
  }

  @Test
  void rejectsRunawayExpansion() {
    CompileOptions options = new CompileOptions(72, 10);
    CopybookException error = assertThrows(CopybookException.class, () -> CopybookCompiler.compile(
        new StringReader(code("01  REC.", "05  T PIC X OCCURS 20.")), "TEST.cpy", options));
    assertEquals("TEST.cpy:2:8: layout expands to more than 10 fields (OCCURS tables are expanded occurrence by occurrence)",
        error.getMessage());
  }

  @Test
  void namesTheFileWhenCompilingFromPath() {
    CopybookException error = assertThrows(CopybookException.class,
        () -> CopybookCompiler.compile(Path.of("src/test/resources/broken/BROKEN.cpy"), CompileOptions.defaults()));
    assertTrue(error.getMessage().startsWith("BROKEN.cpy:3:"), error.getMessage());
    assertEquals(3, error.position().line());
  }
}
