package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class Addenda99ContestedTest {

  private static final String LINE = TestFiles.line("test/testdata/contested_addenda.txt", 4);

  @Test
  void parsesAndFormatsByteExact() {
    Addenda99Contested addenda = assertInstanceOf(Addenda99Contested.class, ReturnAddenda.parse(LINE, 4));
    assertEquals("R72", addenda.reasonCode());
    assertEquals("756392180000001", addenda.value(Addenda99Contested.RETURN_TRACE_NUMBER));
    assertEquals("01", addenda.value(Addenda99Contested.RETURN_REASON_CODE));
    assertEquals("123456780000070", addenda.dishonoredReturnTraceNumber());
    assertEquals("68", addenda.value(Addenda99Contested.DISHONORED_RETURN_REASON_CODE));
    assertEquals(LINE, addenda.format());
    assertClean(addenda.validate());
  }

  @Test
  void quotedReasonCodesMustExist() {
    assertViolation(Addenda99Contested.parse(with(LINE, 77, "99"), 4).validate(), Rule.RETURN_REASON_CODE,
        "DishonoredReturnReasonCode");
    assertViolation(Addenda99Contested.parse(with(LINE, 57, "A1"), 4).validate(), Rule.NUMERIC,
        "ReturnReasonCode");
  }
}
