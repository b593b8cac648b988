package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AdvFileControlTest {

  private static final String LINE = TestFiles.line("test/testdata/adv.ach", 6);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    AdvFileControl control = AdvFileControl.parse(LINE, 6);
    assertEquals(250000L, control.number(AdvFileControl.TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT_IN_FILE));
    assertEquals(50000L, control.number(AdvFileControl.TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT_IN_FILE));
    assertEquals(LINE, control.format());
    assertClean(control.validate());
  }

  @Test
  void nonNumericCount() {
    assertViolation(AdvFileControl.parse(with(LINE, 14, "0000000X"), 6).validate(), Rule.NUMERIC,
        "EntryAddendaCount");
  }
}
