package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.support.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database floor of bench ach on real PostgreSQL: it is measured over the file's own rows, prints its
 * time and the file's multiple of it, and leaves the bank as it found it (its shadow tables dropped, the
 * real tables untouched).
 */
class DatabaseFloorTest {
  @TempDir Path dir;

  @Test
  void benchAchMeasuresTheFloorAndLeavesNothingBehind() throws Exception {
    String url = TestPostgres.newDatabaseUrl("floor");
    AchBenchCommandTest.Run run = AchBenchCommandTest.run("--var-dir", dir.resolve("var").toString(), "bench", "ach", "--runs", "1",
        "--warmups", "0", "--entries", "400", "--ingest-warmups", "0", "--ingest-warmup-files", "0", "--ingest-runs", "1", "--ingest-db", url + "&user=postgres",
        "src/test/resources/ach/test/testdata/web-debit.ach");
    assertThat(run.rc()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .containsPattern("database floor: the last file's journals, entries, holds and entry records stored again by SQL alone, with"
            + " its balance deltas \\(no program; 2 sessions, 1 chunks\\): [0-9.]+ s")
        .containsPattern("the median file took [0-9.]+ x the database floor");

    try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'cb_floor%'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("shadow tables dropped").isZero();
      }
      try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM ACH_ENTRY), (SELECT COUNT(*) FROM ACCOUNT_HOLD), "
          + "(SELECT COUNT(*) FROM JOURNAL WHERE SOURCE_SYSTEM = 'ACH')")) {
        rs.next();
        assertThat(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).as("the file's rows, once").containsExactly(400, 400, 400);
      }
    }
  }

  @Test
  void benchPostTranMeasuresTheFloorUnderItsPostings() {
    String url = TestPostgres.newDatabaseUrl("floor");
    AchBenchCommandTest.Run run = AchBenchCommandTest.run("--var-dir", dir.resolve("var").toString(), "--db", url + "&user=postgres",
        "bench", "posttran", "--transactions", "600", "--accounts", "60", "--no-cobol");
    assertThat(run.rc()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .containsPattern("database floor under POSTTRAN: its [0-9,]+ journals with their entries and balance deltas stored again by"
            + " SQL alone \\(no program; 2 sessions, 1 chunks\\) in [0-9.]+ s")
        .containsPattern("POSTTRAN took [0-9.]+ x the floor")
        .contains("ledger check: balanced");
  }

  @Test
  void theFloorRefusesNonsense() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatabaseFloor.measure(null, 1, 2, 0, 1, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
  }
}
