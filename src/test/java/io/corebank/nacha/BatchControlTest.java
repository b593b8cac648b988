package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchControlTest {

  private static final String LINE = TestFiles.line("test/testdata/ppd-mixedDebitCredit.ach", 6);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    BatchControl control = BatchControl.parse(LINE, 6);
    assertEquals(3, control.entryAddendaCount());
    assertEquals(69414030L, control.entryHash());
    assertEquals(200000000L, control.totalDebitCents());
    assertEquals(200000000L, control.totalCreditCents());
    assertEquals(LINE, control.format());
    assertClean(control.validate());
  }

  @Test
  void unhappyPaths() {
    assertViolation(BatchControl.parse(with(LINE, 2, "230"), 6).validate(), Rule.INVALID_CODE, "ServiceClassCode");
    assertViolation(BatchControl.parse(with(LINE, 11, "00694140X0"), 6).validate(), Rule.NUMERIC, "EntryHash");
  }

  @Test
  void ofComputesFromHeaderAndTotals() {
    BatchHeader header = BatchHeader.parse(TestFiles.line("test/testdata/ppd-mixedDebitCredit.ach", 2), 2);
    BatchTotals totals = new BatchTotals();
    for (int line = 3; line <= 5; line++) {
      totals.addEntry(EntryDetail.parse(TestFiles.line("test/testdata/ppd-mixedDebitCredit.ach", line), line));
    }
    assertEquals(LINE, BatchControl.of(header, totals).format());
  }
}
