package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda12Test {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 6);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda12 addenda = Addenda12.parse(LINE, 6);
    assertEquals(Addenda12.TYPE_CODE, addenda.addendaTypeCode());
    assertEquals("0000001", addenda.value(addenda.entryDetailSequenceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void mandatoryFieldMayNotBeBlank() {
    assertViolation(Addenda12.parse(with(LINE, 4, " ".repeat(35)), 6).validate(), Rule.MANDATORY,
        "OriginatorCityStateProvince");
  }

  @Test
  void fieldRuleIsEnforced() {
    assertViolation(Addenda12.parse(with(LINE, 88, "000000A"), 6).validate(), Rule.NUMERIC, "EntryDetailSequenceNumber");
  }
}
