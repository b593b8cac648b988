package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda18Test {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 12);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda18 addenda = Addenda18.parse(LINE, 12);
    assertEquals(Addenda18.TYPE_CODE, addenda.addendaTypeCode());
    assertEquals("0000001", addenda.value(addenda.entryDetailSequenceNumberField()));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void mandatoryFieldMayNotBeBlank() {
    assertViolation(Addenda18.parse(with(LINE, 4, " ".repeat(35)), 12).validate(), Rule.MANDATORY,
        "ForeignCorrespondentBankName");
  }

  @Test
  void fieldRuleIsEnforced() {
    assertViolation(Addenda18.parse(with(LINE, 39, "04"), 12).validate(), Rule.INVALID_CODE, "ForeignCorrespondentBankIDNumberQualifier");
  }
}
