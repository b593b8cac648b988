package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda15Test {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 9);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda15 addenda = Addenda15.parse(LINE, 9);
    assertEquals(Addenda15.TYPE_CODE, addenda.addendaTypeCode());
    assertEquals("0000001", addenda.value(addenda.entryDetailSequenceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void mandatoryFieldMayNotBeBlank() {
    assertViolation(Addenda15.parse(with(LINE, 19, " ".repeat(35)), 9).validate(), Rule.MANDATORY,
        "ReceiverStreetAddress");
  }

  @Test
  void fieldRuleIsEnforced() {
    assertViolation(Addenda15.parse(with(LINE, 88, "000000A"), 9).validate(), Rule.NUMERIC, "EntryDetailSequenceNumber");
  }
}
