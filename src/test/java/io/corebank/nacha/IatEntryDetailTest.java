package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IatEntryDetailTest {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 3);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    IatEntryDetail entry = IatEntryDetail.parse(LINE, 3);
    assertEquals(22, entry.transactionCode());
    assertEquals(12104288L, entry.rdfiHashValue());
    assertEquals(100000L, entry.amountCents());
    assertEquals("123456789", entry.dfiAccountNumber());
    assertEquals("0007", entry.value(IatEntryDetail.ADDENDA_RECORDS));
    assertEquals("231380100000001", entry.traceNumber());
    assertEquals(LINE, entry.format());
    assertClean(entry.validate());
  }

  @Test
  void unhappyPaths() {
    assertViolation(IatEntryDetail.parse(with(LINE, 2, "90"), 3).validate(), Rule.INVALID_CODE, "TransactionCode");
    assertViolation(IatEntryDetail.parse(with(LINE, 79, "5"), 3).validate(), Rule.ADDENDA_INDICATOR,
        "AddendaRecordIndicator");
    assertViolation(IatEntryDetail.parse(with(LINE, 79, "0"), 3).validate(), Rule.ADDENDA_INDICATOR,
        "AddendaRecordIndicator");
    assertViolation(IatEntryDetail.parse(with(LINE, 12, "3"), 3).validate(), Rule.ROUTING_NUMBER,
        "RDFIIdentification");
    assertViolation(IatEntryDetail.parse(with(LINE, 40, " ".repeat(35)), 3).validate(), Rule.MANDATORY,
        "DFIAccountNumber");
  }
}
