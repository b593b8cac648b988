package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AdvBatchControlTest {

  private static final String LINE = TestFiles.line("test/testdata/adv.ach", 5);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    AdvBatchControl control = AdvBatchControl.parse(LINE, 5);
    assertEquals(250000L, control.number(AdvBatchControl.TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT));
    assertEquals(50000L, control.number(AdvBatchControl.TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT));
    assertEquals(2L, control.number(AdvBatchControl.ENTRY_ADDENDA_COUNT));
    assertEquals(LINE, control.format());
    assertClean(control.validate());
  }

  @Test
  void serviceClassMustBe280() {
    assertViolation(AdvBatchControl.parse(with(LINE, 2, "200"), 5).validate(), Rule.FIXED_VALUE, "ServiceClassCode");
  }
}
