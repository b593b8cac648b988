package io.corebank.copybook.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FixedRecordReaderTest {

  private static List<RawRecord> readAll(FixedRecordReader reader) {
    List<RawRecord> records = new ArrayList<>();
    Optional<RawRecord> record;
    while ((record = reader.next()).isPresent()) {
      records.add(record.get());
    }
    return records;
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void readsBackToBackRecords() {
    List<RawRecord> records = readAll(FixedRecordReader.fixedLength(bytes("AAAABBBB"), 4));
    assertEquals(2, records.size());
    assertEquals("BBBB", new String(records.get(1).bytes(), StandardCharsets.ISO_8859_1));
    assertEquals(2, records.get(1).number());
  }

  @Test
  void refusesAPartialLastRecord() {
    FixedRecordReader reader = FixedRecordReader.fixedLength(bytes("AAAAB"), 4);
    reader.next();
    assertEquals("record 2 is a partial record of 1 bytes; the record length is 4",
        assertThrows(RecordFileException.class, reader::next).getMessage());
  }

  @Test
  void padsShortLinesAndRemembersTheirFraming() throws IOException {
    String file = "AB\nABCD\r\nA C\r\nX";
    List<RawRecord> records = readAll(FixedRecordReader.lineSequential(bytes(file), 4, (byte) ' '));
    assertEquals(List.of("AB  ", "ABCD", "A C ", "X   "),
        records.stream().map(r -> new String(r.bytes(), StandardCharsets.ISO_8859_1)).toList());
    assertEquals(new RecordFraming(2, new byte[] {'\n'}), records.get(0).framing());
    assertEquals(new RecordFraming(4, new byte[] {'\r', '\n'}), records.get(1).framing());
    assertEquals(new RecordFraming(1, RecordFraming.NO_TERMINATOR), records.get(3).framing());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = new RecordWriter(out, (byte) ' ')) {
      for (RawRecord record : records) {
        writer.write(record.bytes(), record.framing());
      }
    }
    assertArrayEquals(file.getBytes(StandardCharsets.ISO_8859_1), out.toByteArray());
  }

  @Test
  void refusesOverlongLines() {
    FixedRecordReader reader = FixedRecordReader.lineSequential(bytes("ABC\nABCDE\n"), 4, (byte) ' ');
    reader.next();
    assertEquals("line 2 is longer than the record length of 4 bytes",
        assertThrows(RecordFileException.class, reader::next).getMessage());
  }

  @Test
  void writerRefusesToDropData() {
    RecordWriter writer = new RecordWriter(new ByteArrayOutputStream(), (byte) ' ');
    assertThrows(RecordFileException.class,
        () -> writer.write("ABCD".getBytes(StandardCharsets.ISO_8859_1), new RecordFraming(2, new byte[] {'\n'})));
  }

  /**
   * The line reader scans its buffer in runs; the simplest reading of the rules, a byte at a time, is the
   * oracle. Random lines (short, full, overlong, CR inside, CR LF, LF, no terminator at the end) through an
   * input that hands out random small pieces, so that CR, LF and CR LF fall on every buffer boundary.
   */
  @Test
  void lineReaderAgreesWithAByteAtATimeReadingOnRandomInputsAndPieceSizes() {
    java.util.Random random = new java.util.Random(2026);
    for (int round = 0; round < 2_000; round++) {
      int recordLength = 1 + random.nextInt(8);
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      int lines = random.nextInt(6);
      for (int l = 0; l < lines; l++) {
        int n = random.nextInt(recordLength + 2);
        for (int i = 0; i < n; i++) file.write(random.nextInt(10) == 0 ? '\r' : 'a' + random.nextInt(3));
        int end = random.nextInt(4);
        if (end == 0) file.write('\n');
        else if (end == 1) file.writeBytes(new byte[] {'\r', '\n'});
        else if (end == 2 && l < lines - 1) file.write('\n');
      }
      byte[] bytes = file.toByteArray();
      int piece = 1 + random.nextInt(5);
      List<String> expected = byteAtATime(bytes, recordLength);
      List<String> actual = new ArrayList<>();
      try {
        FixedRecordReader reader = FixedRecordReader.lineSequential(new java.io.InputStream() {
          int at;
          @Override public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
          }
          @Override public int read(byte[] b, int off, int len) {
            if (at >= bytes.length) return -1;
            int n = Math.min(Math.min(len, piece), bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
          }
        }, recordLength, (byte) ' ');
        Optional<RawRecord> r;
        while ((r = reader.next()).isPresent()) actual.add(describe(r.get()));
      } catch (RecordFileException e) {
        actual.add("error: " + e.getMessage());
      }
      assertEquals(expected, actual, "round " + round + ", pieces of " + piece + ": "
          + new String(bytes, StandardCharsets.ISO_8859_1).replace("\r", "<CR>").replace("\n", "<LF>"));
    }
  }

  private static String describe(RawRecord r) {
    return r.number() + ":" + new String(r.bytes(), StandardCharsets.ISO_8859_1) + ":" + r.framing().storedLengthBytes() + ":"
        + java.util.Arrays.toString(r.framing().terminator());
  }

  /** The rules a byte at a time: LF ends a line, CR LF too, a CR before anything else is data. */
  private static List<String> byteAtATime(byte[] bytes, int recordLength) {
    List<String> out = new ArrayList<>();
    int at = 0;
    long number = 0;
    while (at < bytes.length) {
      number++;
      byte[] record = new byte[recordLength];
      int length = 0;
      byte[] terminator = RecordFraming.NO_TERMINATOR;
      while (at < bytes.length) {
        byte b = bytes[at++];
        if (b == '\n') {
          terminator = new byte[] {'\n'};
          break;
        }
        if (b == '\r' && at < bytes.length && bytes[at] == '\n') {
          at++;
          terminator = new byte[] {'\r', '\n'};
          break;
        }
        if (length == recordLength) {
          out.add("error: line " + number + " is longer than the record length of " + recordLength + " bytes");
          return out;
        }
        record[length++] = b;
      }
      java.util.Arrays.fill(record, length, recordLength, (byte) ' ');
      out.add(describe(new RawRecord(number, record, new RecordFraming(length, terminator))));
    }
    return out;
  }
}
