package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda11Test {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 5);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda11 addenda = Addenda11.parse(LINE, 5);
    assertEquals(Addenda11.TYPE_CODE, addenda.addendaTypeCode());
    assertEquals("0000001", addenda.value(addenda.entryDetailSequenceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void mandatoryFieldMayNotBeBlank() {
    assertViolation(Addenda11.parse(with(LINE, 4, " ".repeat(35)), 5).validate(), Rule.MANDATORY,
        "OriginatorName");
  }

  @Test
  void fieldRuleIsEnforced() {
    assertViolation(Addenda11.parse(with(LINE, 39, "                                   "), 5).validate(), Rule.MANDATORY, "OriginatorStreetAddress");
  }
}
