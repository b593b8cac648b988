package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda13Test {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 7);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda13 addenda = Addenda13.parse(LINE, 7);
    assertEquals(Addenda13.TYPE_CODE, addenda.addendaTypeCode());
    assertEquals("0000001", addenda.value(addenda.entryDetailSequenceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void mandatoryFieldMayNotBeBlank() {
    assertViolation(Addenda13.parse(with(LINE, 4, " ".repeat(35)), 7).validate(), Rule.MANDATORY,
        "ODFIName");
  }

  @Test
  void fieldRuleIsEnforced() {
    assertViolation(Addenda13.parse(with(LINE, 39, "04"), 7).validate(), Rule.INVALID_CODE, "ODFIIDNumberQualifier");
  }
}
