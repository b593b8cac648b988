package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AchFileWriterTest {

  private static final FileHeader HEADER = FileHeader.builder().immediateDestination("231380104")
      .immediateOrigin("121042882").fileCreation("240105", "0930").immediateDestinationName("Federal Reserve Bank")
      .immediateOriginName("Corebank").build();

  private static BatchHeader batch(int serviceClass, SecCode sec, long number) {
    return BatchHeader.builder().serviceClassCode(serviceClass).companyName("Corebank Payroll")
        .companyIdentification("1121042882").secCode(sec).companyEntryDescription("PAYROLL")
        .effectiveEntryDate("240108").odfiIdentification("12104288").batchNumber(number).build();
  }

  private static EntryDetail entry(int transactionCode, String routing, long cents, long sequence) {
    return EntryDetail.builder().transactionCode(transactionCode).rdfiRoutingNumber(routing)
        .dfiAccountNumber("12345678").amountCents(cents).individualName("Jane Receiver")
        .traceNumber("12104288", sequence).build();
  }

  private static String writeSample(AchFileWriter.LineEnding ending) throws IOException {
    StringWriter out = new StringWriter();
    try (AchFileWriter writer = new AchFileWriter(out, ending)) {
      writer.fileHeader(HEADER);
      writer.beginBatch(batch(200, SecCode.PPD, 1))
          .entry(entry(22, "231380104", 125_00, 1), Addenda05.of("salary January", 1, 1))
          .entry(entry(27, "091000019", 40_01, 2))
          .endBatch();
      writer.beginBatch(batch(220, SecCode.CCD, 2))
          .entry(entry(22, "021000021", 1_000_000_00, 3))
          .endBatch();
    }
    return out.toString();
  }

  @Test
  void computesBatchAndFileControls() throws IOException {
    String[] lines = writeSample(AchFileWriter.LineEnding.LF).split("\n");
    BatchControl first = BatchControl.parse(lines[5], 6);
    assertEquals(3, first.entryAddendaCount());
    assertEquals(23138010L + 9100001L, first.entryHash());
    assertEquals(40_01, first.totalDebitCents());
    assertEquals(125_00, first.totalCreditCents());
    FileControl control = FileControl.parse(lines[9], 10);
    assertEquals(2, control.batchCount());
    assertEquals(1, control.blockCount());
    assertEquals(4, control.entryAddendaCount());
    assertEquals(23138010L + 9100001L + 2100002L, control.entryHash());
    assertEquals(40_01, control.totalDebitCents());
    assertEquals(125_00 + 1_000_000_00L, control.totalCreditCents());
  }

  @Test
  void entryHashKeepsTheLastTenDigits() {
    BatchTotals totals = new BatchTotals();
    EntryDetail big = entry(22, "991000009", 1, 1);
    for (int i = 0; i < 200; i++) {
      totals.addEntry(big);
    }
    assertEquals(99100000L * 200 % 10_000_000_000L, totals.entryHash());
  }

  @Test
  void padsToTheBlockingFactorWithNinesAndEndsEveryLine() throws IOException {
    String crlf = writeSample(AchFileWriter.LineEnding.CRLF);
    assertTrue(crlf.endsWith("\r\n"));
    String[] lines = crlf.split("\r\n");
    assertEquals(10, lines.length, "ten records fill the block exactly, no padding needed");
    for (String line : lines) {
      assertEquals(94, line.length());
    }
    assertEquals('9', lines[9].charAt(0));
    String lf = writeSample(AchFileWriter.LineEnding.LF);
    assertEquals(crlf.replace("\r\n", "\n"), lf);
  }

  @Test
  void blockCountCoversPaddedBlocks() throws IOException {
    StringWriter out = new StringWriter();
    try (AchFileWriter writer = new AchFileWriter(out, AchFileWriter.LineEnding.LF)) {
      writer.fileHeader(HEADER).beginBatch(batch(220, SecCode.PPD, 1));
      for (int i = 1; i <= 9; i++) {
        writer.entry(entry(22, "231380104", i, i));
      }
      writer.endBatch();
    }
    String[] lines = out.toString().split("\n");
    assertEquals(20, lines.length);
    assertEquals(2, FileControl.parse(lines[12], 13).blockCount());
    for (int i = 13; i < 20; i++) {
      assertEquals(BlockPadding.LINE, lines[i]);
    }
  }

  @Test
  void writtenFileReadsBackAndValidatesClean() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (AchFileWriter writer = new AchFileWriter(bytes)) {
      writer.fileHeader(HEADER).beginBatch(batch(200, SecCode.WEB, 1))
          .entry(entry(27, "231380104", 99_99, 1), List.of(Addenda05.of("order 42", 1, 1)))
          .endBatch();
    }
    ValidationReport report = NachaValidator.validate(new ByteArrayInputStream(bytes.toByteArray()),
        ValidationOptions.strict());
    assertTrue(report.accepted(), report::summary);
    assertTrue(new String(bytes.toByteArray(), StandardCharsets.US_ASCII).contains("\r\n"));
  }

  @Test
  void refusesRecordsOutOfOrder() {
    AchFileWriter writer = new AchFileWriter(new StringWriter(), AchFileWriter.LineEnding.LF);
    assertThrows(IllegalStateException.class, () -> writer.beginBatch(batch(200, SecCode.PPD, 1)));
    assertThrows(IllegalStateException.class, () -> writer.entry(entry(22, "231380104", 1, 1)));
    assertThrows(IllegalStateException.class, writer::endBatch);
  }
}
