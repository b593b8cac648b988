package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AdvEntryDetailTest {

  private static final String LINE = TestFiles.line("test/testdata/adv.ach", 4);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    AdvEntryDetail entry = AdvEntryDetail.parse(LINE, 4);
    assertEquals(82, entry.transactionCode());
    assertEquals(250000L, entry.amountCents());
    assertEquals("121042882", entry.value(AdvEntryDetail.ADVICE_ROUTING_NUMBER));
    assertNull(entry.traceNumber());
    assertEquals(LINE, entry.format());
    assertClean(entry.validate());
  }

  @Test
  void unhappyPaths() {
    assertViolation(AdvEntryDetail.parse(with(LINE, 2, "22"), 4).validate(), Rule.SEC_CODE, "TransactionCode");
    assertViolation(AdvEntryDetail.parse(with(LINE, 40, "121042883"), 4).validate(), Rule.ROUTING_NUMBER,
        "AdviceRoutingNumber");
    assertViolation(AdvEntryDetail.parse(with(LINE, 28, "0000000A0000"), 4).validate(), Rule.NUMERIC, "Amount");
  }
}
