package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda17Test {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 11);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda17 addenda = Addenda17.parse(LINE, 11);
    assertEquals(Addenda17.TYPE_CODE, addenda.addendaTypeCode());
    assertEquals("0000001", addenda.value(addenda.entryDetailSequenceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void fieldRuleIsEnforced() {
    assertViolation(Addenda17.parse(with(LINE, 84, "000A"), 11).validate(), Rule.NUMERIC, "AddendaSequenceNumber");
  }
}
