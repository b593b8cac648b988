package io.corebank.copybook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LayoutPrinterTest {

  @Test
  void rendersOneBasedOffsetsNestingUsageAndConditions() {
    Layout layout = Copybooks.compile("01  REC.",
        "05  REC-TYPE PIC X.",
        "    88  IS-ACCOUNT VALUE 'A'.",
        "05  AMT PIC S9(5)V99 COMP-3.",
        "05  ALT REDEFINES AMT PIC X(4).",
        "05  QTY PIC S9(3) LEADING SEPARATE OCCURS 2.");
    String expected = String.join("\n",
        "Layout TEST.cpy: record length 13 bytes",
        "OFFSET is 1-based: the first byte of the record is offset 1. LENGTH is in bytes.",
        "LVL  NAME            PIC / USAGE                  OFFSET  LENGTH  TYPE            NOTES",
        "01   REC                                               1      13  group",
        "05     REC-TYPE      X                                 1       1  alphanumeric",
        "88       IS-ACCOUNT  VALUE 'A'",
        "05     AMT           S9(5)V99 COMP-3                   2       4  packed decimal  signed 7 digits, scale 2",
        "05     ALT           X(4)                              2       4  alphanumeric    REDEFINES AMT",
        "05     QTY(1)        S9(3) SIGN LEADING SEPARATE       6       4  zoned decimal   signed 3 digits, scale 0",
        "05     QTY(2)        S9(3) SIGN LEADING SEPARATE      10       4  zoned decimal   signed 3 digits, scale 0",
        "");
    assertEquals(expected, LayoutPrinter.render(layout));
  }
}
