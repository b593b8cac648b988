package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Addenda98Test {

  private static final String LINE = TestFiles.line("test/corrected/cor-read-trace-fixed.ach", 4);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda98 addenda = Addenda98.parse(LINE, 4);
    assertEquals("C01", addenda.changeCode());
    assertEquals("1918171614", addenda.correctedData());
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void changeCodesAreTheNachaList() {
    assertViolation(Addenda98.parse(with(LINE, 4, "C92"), 4).validate(), Rule.CHANGE_CODE, "ChangeCode");
    assertViolation(Addenda98.parse(with(LINE, 4, "C15"), 4).validate(), Rule.CHANGE_CODE, "ChangeCode");
    assertClean(Addenda98.parse(with(LINE, 4, "C14"), 4).validate());
    assertClean(Addenda98.parse(with(LINE, 4, "C61"), 4).validate());
  }

  @Test
  void correctedDataIsMandatory() {
    assertViolation(Addenda98.parse(with(LINE, 36, " ".repeat(29)), 4).validate(), Rule.MANDATORY, "CorrectedData");
  }
}
