package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda16Test {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 10);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda16 addenda = Addenda16.parse(LINE, 10);
    assertEquals(Addenda16.TYPE_CODE, addenda.addendaTypeCode());
    assertEquals("0000001", addenda.value(addenda.entryDetailSequenceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void mandatoryFieldMayNotBeBlank() {
    assertViolation(Addenda16.parse(with(LINE, 4, " ".repeat(35)), 10).validate(), Rule.MANDATORY,
        "ReceiverCityStateProvince");
  }

  @Test
  void fieldRuleIsEnforced() {
    assertViolation(Addenda16.parse(with(LINE, 39, "                                   "), 10).validate(), Rule.MANDATORY, "ReceiverCountryPostalCode");
  }
}
