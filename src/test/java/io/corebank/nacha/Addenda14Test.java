package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda14Test {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 8);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda14 addenda = Addenda14.parse(LINE, 8);
    assertEquals(Addenda14.TYPE_CODE, addenda.addendaTypeCode());
    assertEquals("0000001", addenda.value(addenda.entryDetailSequenceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void mandatoryFieldMayNotBeBlank() {
    assertViolation(Addenda14.parse(with(LINE, 4, " ".repeat(35)), 8).validate(), Rule.MANDATORY,
        "RDFIName");
  }

  @Test
  void fieldRuleIsEnforced() {
    assertViolation(Addenda14.parse(with(LINE, 39, "04"), 8).validate(), Rule.INVALID_CODE, "RDFIIDNumberQualifier");
  }
}
