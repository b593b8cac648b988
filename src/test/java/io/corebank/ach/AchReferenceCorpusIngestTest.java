package io.corebank.ach;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.support.Databases;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every file of the reference corpus (src/test/resources/ach/expectations.csv) through the RDFI's ingest
 * with default settings: a `reject` file is rejected whole with nothing posted and the rejection names the
 * line; an `accept` file is processed, each of its entries getting an outcome (posted, returned, held, or a
 * return or correction of ours), unless an earlier corpus file had the same origin, creation date and
 * file id modifier, which the duplicate rule refuses (and says so).
 */
@SpringBootTest
class AchReferenceCorpusIngestTest {
  static final Path CORPUS = Path.of("src/test/resources/ach");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
    String varDir = System.getProperty("java.io.tmpdir") + "/ach-corpus-" + System.nanoTime();
    registry.add("corebank.var-dir", () -> varDir);
  }

  @Autowired AchInbound inbound;
  @Autowired JdbcTemplate jdbc;

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> files = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(CORPUS.resolve("expectations.csv"))) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        files.add(Arguments.of(row.get("file"), row.get("expected"), row.get("what it exercises")));
      }
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("corpus")
  void eachReferenceFileGetsItsExpectedOutcomeThroughIngest(String file, String expected, String what) {
    long journalsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);
    AchInbound.IngestReport report = inbound.ingest(CORPUS.resolve(file));
    if (expected.equals("reject")) {
      assertThat(report.status()).as(what).isEqualTo("REJECTED");
      assertThat(report.detail()).as(what).containsPattern("line \\d+");
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class)).isEqualTo(journalsBefore);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACH_ENTRY WHERE FILE_ID = ?", Long.class, report.fileId())).isZero();
      return;
    }
    if (report.status().equals("DUPLICATE")) {
      assertThat(report.detail()).as(what).contains("file id modifier");
      return;
    }
    assertThat(report.status()).as(what + ": " + report.detail()).isEqualTo("PROCESSED");
    long entries = report.entriesByStatus().values().stream().mapToLong(Long::longValue).sum();
    assertThat(entries).as(what).isPositive();
    assertThat(report.entriesByStatus().keySet()).as(what)
        .isSubsetOf("POSTED", "RETURNED", "HELD", "NO_POSTING", "RETURN_IN", "NOC_IN");
  }
}
