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
}
