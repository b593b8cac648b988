package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda10Test {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 4);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda10 addenda = Addenda10.parse(LINE, 4);
    assertEquals(Addenda10.TYPE_CODE, addenda.addendaTypeCode());
    assertEquals("0000001", addenda.value(addenda.entryDetailSequenceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void mandatoryFieldMayNotBeBlank() {
    assertViolation(Addenda10.parse(with(LINE, 47, " ".repeat(35)), 4).validate(), Rule.MANDATORY,
        "Name");
  }

  @Test
  void fieldRuleIsEnforced() {
    assertViolation(Addenda10.parse(with(LINE, 4, "BIL"), 4).validate(), Rule.INVALID_CODE, "TransactionTypeCode");
  }
}
