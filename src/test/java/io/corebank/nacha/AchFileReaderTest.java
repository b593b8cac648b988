package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static io.corebank.nacha.TestFiles.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AchFileReaderTest {

  private static List<AchRecord> records(String file, ValidationOptions options) throws IOException {
    List<AchRecord> records = new ArrayList<>();
    try (AchFileReader reader = new AchFileReader(TestFiles.open(file), options)) {
      AchRecord record;
      while ((record = reader.next()) != null) {
        records.add(record);
      }
    }
    return records;
  }

  private static ValidationReport validate(String text, ValidationOptions options) throws IOException {
    return NachaValidator.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), options);
  }

  @Test
  void chosesLayoutsFromTheBatchContext() throws IOException {
    List<AchRecord> iat = records("test/ach-iat-read/iat-credit.ach", ValidationOptions.defaults());
    assertInstanceOf(IatBatchHeader.class, iat.get(1));
    assertInstanceOf(IatEntryDetail.class, iat.get(2));
    assertInstanceOf(Addenda18.class, iat.get(11));
    assertInstanceOf(BlockPadding.class, iat.get(iat.size() - 1));
    List<AchRecord> adv = records("test/testdata/adv.ach", ValidationOptions.defaults());
    assertInstanceOf(AdvEntryDetail.class, adv.get(2));
    assertInstanceOf(AdvBatchControl.class, adv.get(4));
    assertInstanceOf(AdvFileControl.class, adv.get(5));
  }

  @Test
  void recordsFormatBackToTheLinesRead() throws IOException {
    String file = "test/testdata/web-debit.ach";
    List<AchRecord> records = records(file, ValidationOptions.strict());
    for (AchRecord record : records) {
      assertEquals(TestFiles.line(file, record.lineNumber()), record.format());
    }
  }

  @Test
  void handlerGetsEntriesWithTheirAddenda() throws IOException {
    List<String> seen = new ArrayList<>();
    try (AchFileReader reader = new AchFileReader(TestFiles.open("test/ach-web-read/web-credit.ach"),
        ValidationOptions.defaults())) {
      reader.read(new AchFileHandler() {
        @Override
        public void batchHeader(BatchHeaderRecord header) {
          seen.add("batch " + header.standardEntryClassCode());
        }

        @Override
        public void entry(EntryRecord entry, List<Addenda> addenda) {
          seen.add(entry.traceNumber() + "+" + addenda.size());
        }

        @Override
        public void fileControl(FileControlRecord control) {
          seen.add("end");
        }
      });
    }
    assertEquals(List.of("batch WEB", "121042880000001+1", "121042880000002+1", "end"), seen);
  }

  @Test
  void streamsTheLargeFileEntryByEntry() throws IOException {
    long[] entries = {0};
    try (InputStream in = new GZIPInputStream(
        TestFiles.open("test/testdata/large-files/PPD-200-batches-100000-entries.ach.gz"));
       AchFileReader reader = new AchFileReader(in, ValidationOptions.defaults())) {
      reader.read(new AchFileHandler() {
        @Override
        public void entry(EntryRecord entry, List<Addenda> addenda) {
          entries[0]++;
        }
      });
    }
    assertEquals(100_199, entries[0]);
  }

  @Test
  void unbrokenFileIsSplitOnlyWhenTolerated() throws IOException {
    String file = "test/testdata/ppd-debit-fixedLength.ach";
    List<AchRecord> split = records(file, ValidationOptions.defaults());
    assertEquals(5, split.size());
    assertEquals(List.of(1, 2, 3, 4, 5), split.stream().map(AchRecord::lineNumber).toList());
    List<AchRecord> whole = records(file, ValidationOptions.defaults().withSplitUnbrokenFile(false));
    assertEquals(1, whole.size());
    assertViolation(whole.get(0).validate(), Rule.RECORD_LENGTH, "Record");
  }

  @Test
  void shortAndLongRecordsFollowTheirSwitches() throws IOException {
    assertTrue(NachaValidator.validate(TestFiles.open("test/testdata/short-line.ach"),
        ValidationOptions.defaults()).accepted());
    ValidationReport strictShort = NachaValidator.validate(TestFiles.open("test/testdata/short-line.ach"),
        ValidationOptions.defaults().withPadShortRecords(false));
    assertEquals(Rule.RECORD_LENGTH, strictShort.firstViolation().orElseThrow().rule());
    assertEquals(5, strictShort.firstViolation().orElseThrow().lineNumber());
    ValidationReport strictLong = NachaValidator.validate(TestFiles.open("test/testdata/long-line.ach"),
        ValidationOptions.defaults().withTrimTrailingSpaces(false));
    assertEquals(3, strictLong.firstViolation().orElseThrow().lineNumber());
  }

  @Test
  void blankLinesAndShortLastBlockFollowTheirSwitches() throws IOException {
    assertTrue(NachaValidator.validate(TestFiles.open("test/testdata/gl-debit.ach"),
        ValidationOptions.defaults()).accepted());
    ValidationReport blank = NachaValidator.validate(TestFiles.open("test/testdata/gl-debit.ach"),
        ValidationOptions.defaults().withSkipBlankLines(false));
    Violation blankLine = assertViolation(blank.violations(), Rule.INVALID_CODE, "RecordTypeCode");
    assertEquals(11, blankLine.lineNumber());
    ValidationReport shortBlock = NachaValidator.validate(TestFiles.open("test/testdata/ppd-debit-fixedLength.ach"),
        ValidationOptions.defaults().withAllowShortLastBlock(false));
    assertViolation(shortBlock.violations(), Rule.BLOCK_COUNT, "BlockCount");
  }

  @Test
  void readerAcceptsAnyLineEndingFromACharacterStream() throws IOException {
    String crlf = new String(TestFiles.bytes("test/ach-ppd-read/ppd-credit.ach"), StandardCharsets.ISO_8859_1)
        .replace("\n", "\r\n");
    try (AchFileReader reader = new AchFileReader(new StringReader(crlf), ValidationOptions.defaults())) {
      assertInstanceOf(FileHeader.class, reader.next());
      assertEquals(1, reader.lineNumber());
    }
    assertTrue(validate(crlf, ValidationOptions.defaults()).accepted());
  }

  @Test
  void orderErrorsAreReportedWhereTheyHappen() throws IOException {
    ValidationReport paddingFirst = validate(BlockPadding.LINE + "\n", ValidationOptions.defaults());
    assertEquals(Rule.RECORD_ORDER, paddingFirst.firstViolation().orElseThrow().rule());
    ValidationReport empty = validate("", ValidationOptions.defaults());
    assertEquals("file is empty", empty.firstViolation().orElseThrow().detail());
    ValidationReport after = NachaValidator.validate(
        TestFiles.open("test/issues/testdata/issue1600/1k8RecordFollowing9Record.txt"),
        ValidationOptions.defaults());
    Violation first = after.firstViolation().orElseThrow();
    assertEquals(10, first.lineNumber());
    assertEquals("line 10 (file control 9) field RecordTypeCode: file control while batch 2 has no batch control",
        first.message());
  }

  @Test
  void endOfStreamReturnsNull() throws IOException {
    try (AchFileReader reader = new AchFileReader(new StringReader(""), ValidationOptions.defaults())) {
      assertNull(reader.next());
    }
  }
}
