package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EntryDetailTest {

  private static final String LINE = TestFiles.line("test/ach-ppd-read/ppd-credit.ach", 3);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    EntryDetail entry = EntryDetail.parse(LINE, 3);
    assertEquals(22, entry.transactionCode());
    assertEquals("23138010", entry.rdfiIdentification());
    assertEquals(23138010L, entry.rdfiHashValue());
    assertEquals("12345678", entry.dfiAccountNumber());
    assertEquals(100000000L, entry.amountCents());
    assertEquals("Receiver Account Name", entry.individualName());
    assertEquals('0', entry.addendaRecordIndicator());
    assertEquals("121042880000001", entry.traceNumber());
    assertEquals(LINE, entry.format());
    assertClean(entry.validate());
  }

  @Test
  void checkDigitMessageNamesBothDigits() {
    Violation v = assertViolation(EntryDetail.parse(with(LINE, 12, "3"), 12).validate(), Rule.ROUTING_NUMBER,
        "RDFIIdentification");
    assertEquals("line 12 (entry detail 6) field RDFIIdentification: check digit 3 does not match computed 4",
        v.message());
    assertEquals("231380103", v.badValue());
  }

  @Test
  void fieldFormatsAreChecked() {
    assertViolation(EntryDetail.parse(with(LINE, 2, "90"), 3).validate(), Rule.INVALID_CODE, "TransactionCode");
    assertViolation(EntryDetail.parse(with(LINE, 30, "00CCC00004"), 3).validate(), Rule.NUMERIC, "Amount");
    assertViolation(EntryDetail.parse(with(LINE, 80, "12104288000000A"), 3).validate(), Rule.NUMERIC,
        "TraceNumber");
    assertViolation(EntryDetail.parse(with(LINE, 13, " ".repeat(17)), 3).validate(), Rule.MANDATORY,
        "DFIAccountNumber");
    assertViolation(EntryDetail.parse(with(LINE, 79, "5"), 3).validate(), Rule.ADDENDA_INDICATOR,
        "AddendaRecordIndicator");
    assertViolation(EntryDetail.parse(with(LINE, 60, "\u001a"), 3).validate(), Rule.PRINTABLE_ASCII,
        "IndividualName");
  }

  @Test
  void builderComposesTheSameLine() {
    EntryDetail built = EntryDetail.builder().transactionCode(22).rdfiRoutingNumber("231380104")
        .dfiAccountNumber("12345678").amountCents(100_000_000L).individualName("Receiver Account Name")
        .traceNumber("12104288", 1).build();
    assertEquals(LINE, built.format());
    assertEquals('1', built.withAddendaRecordIndicator(true).addendaRecordIndicator());
  }
}
