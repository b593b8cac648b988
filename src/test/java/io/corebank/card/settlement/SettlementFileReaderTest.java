package io.corebank.card.settlement;

import static io.corebank.card.settlement.SettlementTestData.HEADER_TEXT;
import static io.corebank.card.settlement.SettlementTestData.PRESENTMENT_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettlementFileReaderTest {

  private static final String TRAILER_TEXT = SettlementTrailer.of(1, 12_345, 0, 185, 73_000_000_000_013L).text();

  @Test
  void readsLinesEndedByLfOrCrLfOrNothing() throws IOException {
    String file = HEADER_TEXT + "\r\n" + PRESENTMENT_TEXT + "\n" + TRAILER_TEXT;
    List<SettlementRecord> records = readAll(ascii(file), SettlementEncoding.ASCII);
    assertThat(records).extracting(SettlementRecord::getClass).containsExactly(SettlementHeader.class,
        SettlementDetail.class, SettlementTrailer.class);
    assertThat(records).extracting(SettlementRecord::lineNumber).containsExactly(1L, 2L, 3L);
    assertThat(records).extracting(SettlementRecord::text).containsExactly(HEADER_TEXT, PRESENTMENT_TEXT, TRAILER_TEXT);
    assertThat(records).allSatisfy(r -> assertThat(r.validate()).isEmpty());
  }

  @Test
  void linesWithoutTheirTrailingBlanksArePadded() throws IOException {
    String file = HEADER_TEXT.stripTrailing() + "\n" + PRESENTMENT_TEXT.stripTrailing() + "\n";
    List<SettlementRecord> records = readAll(ascii(file), SettlementEncoding.ASCII);
    assertThat(records).extracting(SettlementRecord::text).containsExactly(HEADER_TEXT, PRESENTMENT_TEXT);
    assertThat(records).allSatisfy(r -> assertThat(r.validate()).isEmpty());
  }

  @Test
  void aLongerLineIsReportedAndReadingGoesOn() throws IOException {
    String file = HEADER_TEXT + "0123456789\n" + PRESENTMENT_TEXT + "\n";
    List<SettlementRecord> records = readAll(ascii(file), SettlementEncoding.ASCII);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).text()).isEqualTo(HEADER_TEXT);
    assertThat(records.get(0).validate()).containsExactly(new Violation(1, 251, "header", "SETTLEMENT-RECORD",
        Rule.RECORD_LENGTH, "260", "record is 260 bytes, not 250"));
    assertThat(records.get(1).text()).isEqualTo(PRESENTMENT_TEXT);
    assertThat(records.get(1).lineNumber()).isEqualTo(2);
  }

  @Test
  void readsEbcdicRecordsBackToBack() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String text : List.of(HEADER_TEXT, PRESENTMENT_TEXT, TRAILER_TEXT)) {
      bytes.write(SettlementRecord.parse(text, 0).encode(SettlementEncoding.EBCDIC));
    }
    assertThat(bytes.size()).isEqualTo(750);
    List<SettlementRecord> records = readAll(bytes.toByteArray(), SettlementEncoding.EBCDIC);
    assertThat(records).extracting(SettlementRecord::text).containsExactly(HEADER_TEXT, PRESENTMENT_TEXT, TRAILER_TEXT);
    assertThat(records).extracting(SettlementRecord::lineNumber).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aPartialLastEbcdicRecordIsReported() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(SettlementRecord.parse(HEADER_TEXT, 0).encode(SettlementEncoding.EBCDIC));
    bytes.write(SettlementRecord.parse(PRESENTMENT_TEXT, 0).encode(SettlementEncoding.EBCDIC), 0, 100);
    List<SettlementRecord> records = readAll(bytes.toByteArray(), SettlementEncoding.EBCDIC);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).validate()).contains(new Violation(2, 101, "detail", "SETTLEMENT-RECORD",
        Rule.RECORD_LENGTH, "100", "record is 100 bytes, not 250"));
  }

  @Test
  void anEmptyFileHasNoRecords() throws IOException {
    assertThat(readAll(new byte[0], SettlementEncoding.ASCII)).isEmpty();
    assertThat(readAll(new byte[0], SettlementEncoding.EBCDIC)).isEmpty();
  }

  @Test
  void recordsSpanningReadsAreWhole() throws IOException {
    String file = HEADER_TEXT + "\r\n" + PRESENTMENT_TEXT + "\r\n" + TRAILER_TEXT + "\r\n";
    try (SettlementFileReader reader = new SettlementFileReader(new Trickle(new ByteArrayInputStream(ascii(file))),
        SettlementEncoding.ASCII)) {
      List<String> texts = new ArrayList<>();
      Optional<SettlementRecord> record;
      while ((record = reader.next()).isPresent()) {
        texts.add(record.get().text());
      }
      assertThat(texts).containsExactly(HEADER_TEXT, PRESENTMENT_TEXT, TRAILER_TEXT);
      assertThat(reader.lineNumber()).isEqualTo(3);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static List<SettlementRecord> readAll(byte[] bytes, SettlementEncoding encoding) throws IOException {
    List<SettlementRecord> records = new ArrayList<>();
    try (SettlementFileReader reader = new SettlementFileReader(new ByteArrayInputStream(bytes), encoding)) {
      Optional<SettlementRecord> record;
      while ((record = reader.next()).isPresent()) {
        records.add(record.get());
      }
    }
    return records;
  }

  /** Hands out at most 7 bytes per read, so that records and CR LF pairs straddle buffer refills. */
  private static final class Trickle extends FilterInputStream {
    Trickle(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 7));
    }
  }
}
