package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class Addenda99Test {

  private static final String LINE = TestFiles.line("test/testdata/return-WEB.ach", 4);

  @Test
  void parsesAndFormatsByteExact() {
    ReturnAddenda parsed = ReturnAddenda.parse(LINE, 3);
    Addenda99 addenda = assertInstanceOf(Addenda99.class, parsed);
    assertEquals("R01", addenda.reasonCode());
    assertEquals("091400600000001", addenda.originalEntryTraceNumber());
    assertEquals("09100001", addenda.originalReceivingDfiIdentification());
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void reasonCodesAreTheNachaList() {
    assertViolation(Addenda99.parse(with(LINE, 4, "R96"), 3).validate(), Rule.RETURN_REASON_CODE,
        "ReturnReasonCode");
    assertViolation(Addenda99.parse(with(LINE, 4, "R48"), 3).validate(), Rule.RETURN_REASON_CODE,
        "ReturnReasonCode");
    assertClean(Addenda99.parse(with(LINE, 4, "R85"), 3).validate());
  }

  @Test
  void customReasonCodesOnlyWhenConfigured() {
    Addenda99 custom = Addenda99.parse(with(LINE, 4, "R97"), 3);
    assertViolation(custom.validate(), Rule.RETURN_REASON_CODE, "ReturnReasonCode");
    assertClean(custom.validate(ValidationOptions.defaults().withAllowCustomReturnCodes(true)));
    assertViolation(Addenda99.parse(with(LINE, 4, "RXX"), 3)
            .validate(ValidationOptions.defaults().withAllowCustomReturnCodes(true)),
        Rule.RETURN_REASON_CODE, "ReturnReasonCode");
  }

  @Test
  void deathReturnsCarryTheDateOfDeath() {
    assertViolation(Addenda99.parse(with(LINE, 4, "R14"), 3).validate(), Rule.MANDATORY, "DateOfDeath");
    assertClean(Addenda99.parse(with(with(LINE, 4, "R14"), 22, "180930"), 3).validate());
    assertViolation(Addenda99.parse(with(with(LINE, 4, "R15"), 22, "181340"), 3).validate(), Rule.DATE,
        "DateOfDeath");
  }
}
