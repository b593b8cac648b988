package io.corebank.copybook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static io.corebank.copybook.Copybooks.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutTest {

  @ParameterizedTest(name = "PIC {0} {1}")
  @CsvSource({
      // picture,  usage,          bytes, type
      "X(10),      DISPLAY,        10, ALPHANUMERIC",
      "S9(10)V99,  DISPLAY,        12, ZONED_DECIMAL",
      "PPP999,     DISPLAY,        3,  ZONED_DECIMAL",
      "S9(4),      COMP,           2,  BINARY",
      "9(5),       COMP-4,         4,  BINARY",
      "S9(9),      BINARY,         4,  BINARY",
      "9(10),      COMP,           8,  BINARY",
      "S9(18),     COMPUTATIONAL,  8,  BINARY",
      "S9(4),      COMP-5,         2,  NATIVE_BINARY",
      "9(3),       COMP-3,         2,  PACKED_DECIMAL",
      "S9(4),      PACKED-DECIMAL, 3,  PACKED_DECIMAL",
      "S9(9)V99,   COMP-3,         6,  PACKED_DECIMAL",
      "S9(10)V99,  COMP-3,         7,  PACKED_DECIMAL",
  })
  void sizesElementaryItemsByUsage(String picture, String usage, int bytes, FieldType type) {
    Field field = compile("01  REC.", "05  A PIC " + picture + " USAGE IS " + usage + ".").field("REC.A");
    assertEquals(bytes, field.lengthBytes());
    assertEquals(type, field.type());
  }

  @Test
  void separateSignTakesAByte() {
    Layout layout = compile("01  REC.",
        "05  A PIC S9(3) SIGN IS LEADING SEPARATE CHARACTER.",
        "05  B PIC S9(3) TRAILING SEPARATE.",
        "05  C PIC S9(3) SIGN LEADING.",
        "05  D PIC S9(3).");
    assertEquals(List.of(4, 4, 3, 3), List.of(layout.field("REC.A").lengthBytes(),
        layout.field("REC.B").lengthBytes(), layout.field("REC.C").lengthBytes(), layout.field("REC.D").lengthBytes()));
    assertEquals(new SignSpec(true, true), layout.field("REC.A").sign().orElseThrow());
    assertEquals(new SignSpec(false, true), layout.field("REC.B").sign().orElseThrow());
    assertEquals(new SignSpec(true, false), layout.field("REC.C").sign().orElseThrow());
    assertEquals(SignSpec.TRAILING_OVERPUNCH, layout.field("REC.D").sign().orElseThrow());
  }

  @Test
  void assignsOffsetsAndPaths() {
    Layout layout = compile("01  CARD-XREF-RECORD.",
        "05  XREF-CARD-NUM PIC X(16).",
        "05  XREF-CUST-ID  PIC 9(09).",
        "05  XREF-ACCT-ID  PIC 9(11).",
        "05  FILLER        PIC X(14).");
    assertEquals(50, layout.maxRecordLengthBytes());
    assertEquals(25, layout.field("CARD-XREF-RECORD.XREF-ACCT-ID").offsetBytes());
    assertEquals(36, layout.field("CARD-XREF-RECORD.FILLER#1").offsetBytes());
    assertEquals(FieldType.GROUP, layout.field("CARD-XREF-RECORD").type());
    assertEquals(50, layout.field("CARD-XREF-RECORD").lengthBytes());
  }

  @Test
  void numbersFillersWithinTheirGroupAndAcceptsUnnamedItems() {
    Layout layout = compile("01  REC.", "05  FILLER PIC X.", "05  PIC X(2).", "05  G.", "    10  FILLER PIC X.");
    assertEquals(1, layout.field("REC.FILLER#2").offsetBytes());
    assertEquals(3, layout.field("REC.G.FILLER#1").offsetBytes());
  }

  @Test
  void inheritsGroupUsage() {
    Layout layout = compile("01  REC.", "05  G USAGE COMP-3.", "    10  A PIC S9(5).", "    10  H.",
        "        15  B PIC 9(2) COMP-3.");
    assertEquals(FieldType.PACKED_DECIMAL, layout.field("REC.G.A").type());
    assertEquals(3, layout.field("REC.G.A").lengthBytes());
    assertEquals(Usage.PACKED_DECIMAL, layout.field("REC.G.H.B").usage());
    assertEquals(5, layout.maxRecordLengthBytes());
  }

  @Test
  void expandsOccursWithIndexes() {
    Layout layout = compile("01  ORDER-REC.",
        "05  ORDER-ID PIC X(4).",
        "05  ITEM OCCURS 3 TIMES INDEXED BY ITEM-IX.",
        "    10  SKU PIC X(5).",
        "    10  AMT PIC S9(5)V99 COMP-3.",
        "05  TOTAL PIC S9(7)V99 COMP-3.");
    assertEquals(4, layout.field("ORDER-REC.ITEM(1)").offsetBytes());
    assertEquals(9, layout.field("ORDER-REC.ITEM(1)").lengthBytes());
    assertEquals(4 + 2 * 9 + 5, layout.field("ORDER-REC.ITEM(3).AMT").offsetBytes());
    assertEquals(31, layout.field("ORDER-REC.TOTAL").offsetBytes());
    assertEquals(36, layout.maxRecordLengthBytes());
  }

  @Test
  void expandsNestedOccurs() {
    Layout layout = compile("01  REC.", "05  ROW OCCURS 2.", "    10  CELL PIC X(3) OCCURS 4.");
    assertEquals(3 * 4 + 3 * 2, layout.field("REC.ROW(2).CELL(3)").offsetBytes());
    assertEquals(24, layout.maxRecordLengthBytes());
  }

  @Test
  void computesVariableLengthFromDependingOn() {
    Layout layout = compile("01  STMT.",
        "05  LINE-COUNT PIC 9(2).",
        "05  STMT-LINE OCCURS 1 TO 5 TIMES DEPENDING ON LINE-COUNT.",
        "    10  LINE-AMT PIC S9(5)V99.",
        "    10  LINE-TEXT PIC X(3).");
    OdoTable table = layout.odoTable().orElseThrow();
    assertEquals("STMT.LINE-COUNT", table.dependingOnPath());
    assertEquals(2, table.offsetBytes());
    assertEquals(10, table.elementLengthBytes());
    assertEquals(52, layout.maxRecordLengthBytes());
    assertEquals(32, layout.recordLengthBytes(3));
    assertEquals(52, layout.field("STMT.STMT-LINE(5).LINE-TEXT").endOffsetBytes());
    assertEquals(4, layout.field("STMT.STMT-LINE(4).LINE-AMT").odoOccurrence());
    assertEquals(0, layout.field("STMT.LINE-COUNT").odoOccurrence());
    assertTrue(layout.isVariableLength());
  }

  @Test
  void placesRedefinitionsOnTheRedefinedBytes() {
    Layout layout = compile("01  REC.",
        "05  REC-TYPE PIC X.",
        "05  BODY PIC X(10).",
        "05  BODY-A REDEFINES BODY.",
        "    10  A-AMT PIC S9(7)V99 COMP-3.",
        "    10  A-CODE PIC X(5).",
        "05  BODY-B REDEFINES BODY.",
        "    10  B-ID PIC 9(9) COMP.",
        "05  TRAILER PIC X(2).");
    assertEquals(1, layout.field("REC.BODY-A.A-AMT").offsetBytes());
    assertEquals(6, layout.field("REC.BODY-A.A-CODE").offsetBytes());
    assertEquals(1, layout.field("REC.BODY-B.B-ID").offsetBytes());
    assertEquals(11, layout.field("REC.TRAILER").offsetBytes());
    assertEquals(13, layout.maxRecordLengthBytes());
    assertEquals("REC.BODY", layout.field("REC.BODY-B").redefinesPath().orElseThrow());
    RedefinesSet set = layout.redefinesSetOf("REC.BODY-A").orElseThrow();
    assertEquals(List.of("REC.BODY", "REC.BODY-A", "REC.BODY-B"), set.alternativePaths());
    assertEquals("REC.BODY-B", set.resolve("BODY-B"));
    assertFalse(layout.redefinesSetOf("REC.TRAILER").isPresent());
  }

  @Test
  void treatsSeveralRecordsAsAlternativesAtOffsetZero() {
    Layout layout = compile("01  HEADER-REC.", "05  H-TYPE PIC X.", "05  H-DATE PIC X(8).",
        "01  DETAIL-REC.", "05  D-TYPE PIC X.", "05  D-AMT PIC S9(5) COMP-3.",
        "77  STANDALONE PIC 9(4) COMP.");
    assertEquals(0, layout.field("DETAIL-REC.D-TYPE").offsetBytes());
    assertEquals(0, layout.field("STANDALONE").offsetBytes());
    assertEquals(9, layout.maxRecordLengthBytes());
    assertEquals(List.of("HEADER-REC", "DETAIL-REC", "STANDALONE"),
        layout.redefinesSetOf("HEADER-REC").orElseThrow().alternativePaths());
  }

  @Test
  void attachesConditionNamesWithListsAndRanges() {
    Layout layout = compile("01  REC.",
        "05  STATUS-CD PIC X.",
        "    88  STATUS-OPEN VALUE 'A' 'B'.",
        "    88  STATUS-BLANK VALUE SPACES.",
        "05  RATING PIC 9(2).",
        "    88  GOOD-RATING VALUES ARE 1 THRU 5, 9.",
        "    88  NO-RATING VALUE ZERO.");
    Field status = layout.field("REC.STATUS-CD");
    assertEquals(List.of("STATUS-OPEN", "STATUS-BLANK"), status.conditions().stream().map(ConditionName::name).toList());
    ConditionName open = status.condition("STATUS-OPEN").orElseThrow();
    assertTrue(open.isSatisfiedBy("B"));
    assertFalse(open.isSatisfiedBy("C"));
    assertTrue(status.condition("STATUS-BLANK").orElseThrow().isSatisfiedBy(" "));
    ConditionName good = layout.field("REC.RATING").condition("GOOD-RATING").orElseThrow();
    assertEquals("1 THRU 5", good.values().get(0).display());
    assertTrue(good.isSatisfiedBy(new BigDecimal("5")));
    assertTrue(good.isSatisfiedBy(new BigDecimal("9")));
    assertFalse(good.isSatisfiedBy(new BigDecimal("6")));
    assertTrue(layout.field("REC.RATING").condition("NO-RATING").orElseThrow().isSatisfiedBy(BigDecimal.ZERO));
  }

  @Test
  void keepsValueClausesAndIgnoresPresentationClauses() {
    Layout layout = compile("01  REC.",
        "05  NAME PIC X(10) JUSTIFIED RIGHT VALUE 'N/A'.",
        "05  AMT PIC S9(5)V99 BLANK WHEN ZERO VALUE -12.5.",
        "05  CNT PIC S9(4) COMP SYNC VALUE ZEROS.");
    assertEquals(new Literal.Alphanumeric("N/A"), layout.field("REC.NAME").initialValue().orElseThrow());
    assertEquals(new Literal.Numeric(new BigDecimal("-12.5")), layout.field("REC.AMT").initialValue().orElseThrow());
    assertEquals(Literal.Figurative.ZERO, layout.field("REC.CNT").initialValue().orElseThrow());
    // SYNC is ignored: no slack byte is inserted before CNT
    assertEquals(17, layout.field("REC.CNT").offsetBytes());
  }
}
