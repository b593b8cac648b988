package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Addenda99DishonoredTest {

  private static final String ENTRY = TestFiles.line("test/testdata/return-WEB.ach", 3);
  private static final String RETURN = TestFiles.line("test/testdata/return-WEB.ach", 4);

  private static Addenda99Dishonored dishonor() {
    return Addenda99Dishonored.dishonor(EntryDetail.parse(ENTRY, 2), Addenda99.parse(RETURN, 3), "R69", "291",
        "091400600000005", "UNTIMELY");
  }

  @Test
  void dishonorQuotesTheReturnAndRoundTrips() {
    Addenda99Dishonored addenda = dishonor();
    assertEquals("R69", addenda.reasonCode());
    assertEquals("091400600000001", addenda.originalEntryTraceNumber());
    assertEquals("091000017611242", addenda.returnTraceNumber());
    assertEquals("01", addenda.value(Addenda99Dishonored.RETURN_REASON_CODE));
    assertClean(addenda.validate());
    Addenda99Dishonored parsed = assertInstanceOf(Addenda99Dishonored.class,
        ReturnAddenda.parse(addenda.format(), 9));
    assertEquals(addenda.format(), parsed.format());
  }

  @Test
  void onlyDishonorCodesAreAccepted() {
    assertThrows(IllegalArgumentException.class, () -> Addenda99Dishonored.dishonor(EntryDetail.parse(ENTRY, 2),
        Addenda99.parse(RETURN, 3), "R01", "291", "091400600000005", ""));
  }

  @Test
  void quotedReturnReasonMustExist() {
    assertViolation(Addenda99Dishonored.parse(with(dishonor().format(), 57, "99"), 4).validate(),
        Rule.RETURN_REASON_CODE, "ReturnReasonCode");
  }
}
