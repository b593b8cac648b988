package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda02Test {

  private static final String LINE = TestFiles.line("test/ach-pos-read/pos-debit.ach", 4);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda02 addenda = Addenda02.parse(LINE, 4);
    assertEquals("02", addenda.addendaTypeCode());
    assertEquals("PHILADELPHIA   ", addenda.value(Addenda02.TERMINAL_CITY));
    assertEquals("121042880000001", addenda.value(addenda.traceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void transactionDateMustBeMmdd() {
    assertViolation(Addenda02.parse(with(LINE, 26, "1332"), 4).validate(), Rule.DATE, "TransactionDate");
  }

  @Test
  void traceNumberIsNumeric() {
    assertViolation(Addenda02.parse(with(LINE, 80, "12104288000000X"), 4).validate(), Rule.NUMERIC, "TraceNumber");
  }
}
