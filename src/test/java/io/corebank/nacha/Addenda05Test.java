package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda05Test {

  private static final String LINE = TestFiles.line("test/ach-web-read/web-credit.ach", 4);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda05 addenda = Addenda05.parse(LINE, 4);
    assertEquals("PAY-GATE payment", addenda.paymentRelatedInformation());
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void ofBuildsTheSameLine() {
    assertEquals(LINE, Addenda05.of("PAY-GATE payment", 1, 1).format());
  }

  @Test
  void sequenceNumbersAreNumeric() {
    assertViolation(Addenda05.parse(with(LINE, 84, "000A"), 4).validate(), Rule.NUMERIC, "AddendaSequenceNumber");
    assertViolation(Addenda05.parse(with(LINE, 88, "000000B"), 4).validate(), Rule.NUMERIC,
        "EntryDetailSequenceNumber");
  }
}
