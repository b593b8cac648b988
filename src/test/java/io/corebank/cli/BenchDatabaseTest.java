package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bench's embedded database is new for every run; a database given by URL is left as it is. */
class BenchDatabaseTest {
  @TempDir Path dir;

  @Test
  void anEmbeddedDatabaseIsEmptiedAndAUrlIsNot() throws Exception {
    Path bench = dir.resolve("bench");
    Path old = Files.createDirectories(bench.resolve("ach-ingest/pg/base"));
    Files.writeString(old.resolve("16384"), "last run's rows");

    assertThat(BenchDatabase.newSessionDir(bench, "ach-ingest", "embedded-postgres")).isEqualTo(bench.resolve("ach-ingest"));
    assertThat(bench.resolve("ach-ingest")).isEmptyDirectory();
    assertThat(bench).isDirectory();

    Files.createDirectories(bench.resolve("posttran/h2"));
    assertThat(BenchDatabase.newSessionDir(bench, "posttran", "H2")).isEqualTo(bench.resolve("posttran"));
    assertThat(bench.resolve("posttran")).isEmptyDirectory();

    Files.createDirectories(bench.resolve("other/keep"));
    assertThat(BenchDatabase.newSessionDir(bench, "other", "jdbc:postgresql://db.example/bank")).isEqualTo(bench);
    assertThat(bench.resolve("other/keep")).isDirectory();
    assertThat(BenchDatabase.newSessionDir(dir.resolve("new-bench"), "x", "jdbc:postgresql://db.example/bank")).isDirectory();
  }

  @Test
  void onlyTheTwoEmbeddedDatabasesCountAsEmbedded() {
    assertThat(BenchDatabase.embedded("h2")).isTrue();
    assertThat(BenchDatabase.embedded(" Embedded-Postgres ")).isTrue();
    assertThat(BenchDatabase.embedded(null)).as("--db defaults to h2").isTrue();
    assertThat(BenchDatabase.embedded("jdbc:db2://host:50000/BANK")).isFalse();
  }

  /** bench posttran, small, on H2: its database is new for each run, so a second run posts the same as the first. */
  @Test
  void benchPostTranRunsOnANewDatabaseEveryTime() {
    String[] args = {"--var-dir", dir.resolve("var").toString(), "--db", "h2", "bench", "posttran", "--transactions", "600",
        "--accounts", "60", "--no-cobol"};
    AchBenchCommandTest.Run first = AchBenchCommandTest.run(args);
    assertThat(first.rc()).as(first.out() + first.err()).isIn(0, 4);
    assertThat(first.out()).contains("(new for this run)").containsPattern("POSTTRAN\\s+RC=0[04]").contains("ledger check: balanced");
    AchBenchCommandTest.Run second = AchBenchCommandTest.run(args);
    assertThat(second.rc()).isEqualTo(first.rc());
    assertThat(posted(second.out())).isEqualTo(posted(first.out())).isPositive();
  }

  /** bench ledger, small, on H2: a new bank each run, the baseline and the ledger side by side, the ledger check clean. */
  @Test
  void benchLedgerRunsOnANewDatabaseEveryTime() {
    String[] args = {"--var-dir", dir.resolve("var").toString(), "--db", "h2", "bench", "ledger", "--accounts", "40", "--seconds", "1",
        "--threads", "1", "--batch-threads", "1", "--batch-size", "20"};
    for (int run = 0; run < 2; run++) {
      AchBenchCommandTest.Run r = AchBenchCommandTest.run(args);
      assertThat(r.rc()).as(r.out() + r.err()).isZero();
      assertThat(r.out()).contains("(new for this run)").contains("40 accounts ready (40 opened")
          .containsPattern("\\n  1 +[0-9]+ +[0-9]+ +[0-9.]+\\n");
    }
  }

  private static long posted(String out) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("posted=([0-9]+)").matcher(out);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
