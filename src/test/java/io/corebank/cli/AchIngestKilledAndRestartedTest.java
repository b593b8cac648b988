package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.ach.PayrollFiles;
import io.corebank.nacha.RoutingNumbers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `ach ingest` killed with -9 at seeded random moments while its partitions post a payroll file, then run
 * again on the same file until it finishes: every account, hold and entry outcome is as if the file had been
 * processed once by a run never interrupted, and the books balance.
 */
class AchIngestKilledAndRestartedTest {
  static final String[] TUNING = {"--corebank.ach.chunk-entries=200"};
  static final int ENTRIES = 12_000;

  @TempDir Path work;

  @Test
  void killedAtRandomMomentsTheIngestEndsAsIfTheFileWereProcessedOnce() throws Exception {
    Path reference = work.resolve("reference");
    Path killed = work.resolve("killed");
    for (Path bank : List.of(reference, killed)) {
      assertThat(cli("generate", "--customers", "400", "--seed", "7", "--db", "h2", "--var-dir", bank.toString())).startsWith("rc=0");
    }
    Path file = work.resolve("payroll.ach");
    writePayroll(file, checkingAccounts(reference));

    assertThat(ingestInProcess(file, reference)).startsWith("rc=4"); // returns for the unknown accounts
    // each kill lands at a seeded moment within 2.5 s of the posting's start: the partitions' first chunk loads the
    // OFAC list and logs it. A fixed wait from the child's start can end before the posting begins, or after it
    // ends, on a loaded machine (a CI run had all its kills outside the posting); so did a kill within 1 s of the
    // job's launch, while the list was still loading.
    KillLoop.Outcome outcome = KillLoop.runAimed(ingestArguments(file, killed), Long.getLong("killSeed", 20261122L), 4,
        "OFAC SDN list loaded", 2_500,
        () -> {
          long entriesSoFar = entries(killed);
          return entriesSoFar > 0 && entriesSoFar < ENTRIES;
        },
        () -> processed(killed));
    boolean refuseAsDuplicate = false;
    if (outcome.exitCode() != null) {
      assertThat(outcome.exitCode()).as("an ingest that ends by itself ends as the reference did:%n%s", outcome.output()).isEqualTo(4);
    } else if (outcome.finishedWhenKilled()) {
      // killed after the file was processed (printing its report or shutting down): the file is done, and
      // ingesting it again would be the network sending it twice, refused as a duplicate (checked below)
      refuseAsDuplicate = true;
    } else {
      assertThat(ingestInProcess(file, killed)).startsWith("rc=4");
    }
    assertThat(outcome.killedMidway()).as("the ingest must have been killed at least once with part of the file posted").isPositive();
    System.out.printf("ach ingest: killed %d time(s), %d of them with part of the file posted%n", outcome.kills(),
        outcome.killedMidway());

    assertThat(books(killed)).isEqualTo(books(reference));
    assertThat(cli("ledger", "check", "--db", "h2", "--var-dir", killed.toString())).startsWith("rc=0");
    assertThat(cli("ach", "check", "--db", "h2", "--var-dir", killed.toString())).startsWith("rc=0")
        .contains("checked: every entry record has its registered file", "result: CLEAN, no difference");
    if (refuseAsDuplicate) {
      String again = ingestInProcess(file, killed);
      assertThat(again).startsWith("rc=8").contains("DUPLICATE").contains("processed before");
    }

    // an entry record whose file is not registered (the database no longer refuses one: V12) is what ach check finds
    try (Connection c = connect(killed); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO ACH_ENTRY (FILE_ID, LINE_NO, BATCH_LINE_NO, SEC_CODE, TRANSACTION_CODE, DFI_ACCOUNT, AMOUNT, "
          + "TRACE_NUMBER, STATUS, ENTRY_RECORD, BATCH_HEADER) VALUES (987654321, 12, 2, 'PPD', 22, 'X', 1.00, '231380100000001', "
          + "'POSTED', 'x', 'x')");
    }
    assertThat(cli("ach", "check", "--db", "h2", "--var-dir", killed.toString())).startsWith("rc=8")
        .contains("result: 1 DIFFERENCE(S)", "- file 987654321 is not registered, but 1 entry record(s) name it (the first at line 12)");
  }

  private static boolean processed(Path varDir) throws Exception {
    try (Connection c = connect(varDir); Statement s = c.createStatement()) {
      try (ResultSet tables = c.getMetaData().getTables(null, null, "ACH_FILE", null)) {
        if (!tables.next()) return false;
      }
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ACH_FILE WHERE STATUS = 'PROCESSED'")) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private static void writePayroll(Path file, List<String> accounts) throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    Iterator<PayrollFiles.Payment> payments = new Iterator<>() {
      int n;
      @Override public boolean hasNext() { return n < ENTRIES; }
      @Override public PayrollFiles.Payment next() {
        int i = n++;
        // one entry in fifty to an account the bank does not have: returned R03
        String account = i % 50 == 49 ? "NOSUCH" + i : accounts.get(random.nextInt(accounts.size()));
        return new PayrollFiles.Payment(account, "EMPLOYEE " + i, 100_00 + random.nextInt(300_000));
      }
    };
    PayrollFiles.write(file, RoutingNumbers.withCheckDigit("23138010"), "121042882", "PAYROLL", LocalDate.of(2026, 1, 2), 'A', payments);
  }

  private static List<String> ingestArguments(Path file, Path varDir) {
    List<String> args = new ArrayList<>(List.of("ach", "ingest", file.toString(), "--db", "h2", "--var-dir", varDir.toString()));
    args.addAll(List.of(TUNING));
    return args;
  }

  private static String ingestInProcess(Path file, Path varDir) {
    return cli(ingestArguments(file, varDir).toArray(String[]::new));
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = CorebankCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return "rc=" + rc + " " + out + err;
  }

  private static Connection connect(Path varDir) throws Exception {
    return DriverManager.getConnection("jdbc:h2:file:" + varDir.resolve("h2").resolve("corebank").toAbsolutePath() + ";MODE=DB2", "sa", "");
  }

  private static long entries(Path varDir) throws Exception {
    try (Connection c = connect(varDir); Statement s = c.createStatement()) {
      try (ResultSet tables = c.getMetaData().getTables(null, null, "ACH_ENTRY", null)) {
        if (!tables.next()) return 0;
      }
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ACH_ENTRY")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static List<String> checkingAccounts(Path varDir) throws Exception {
    List<String> numbers = new ArrayList<>();
    try (Connection c = connect(varDir); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT ACCOUNT_NUMBER FROM ACCOUNT WHERE PRODUCT_CODE LIKE 'CHK%' ORDER BY ACCOUNT_NUMBER")) {
      while (rs.next()) numbers.add(rs.getString(1));
    }
    assertThat(numbers).hasSizeGreaterThan(100);
    return numbers;
  }

  /** Balances by account number, journals, holds by status, and every entry's outcome by line. */
  private static String books(Path varDir) throws Exception {
    StringBuilder books = new StringBuilder();
    try (Connection c = connect(varDir); Statement s = c.createStatement()) {
      for (String sql : List.of(
          "SELECT a.ACCOUNT_NUMBER, b.CURRENT_BALANCE, b.AVAILABLE_BALANCE, b.HELD_AMOUNT, b.PENDING_AMOUNT FROM ACCOUNT a "
              + "JOIN ACCOUNT_BALANCE b ON b.ACCOUNT_ID = a.ACCOUNT_ID WHERE a.ACCOUNT_NUMBER NOT LIKE 'GL-1100%' "
              + "ORDER BY a.ACCOUNT_NUMBER",
          "SELECT SUM(b.CURRENT_BALANCE) FROM ACCOUNT a JOIN ACCOUNT_BALANCE b ON b.ACCOUNT_ID = a.ACCOUNT_ID WHERE a.GL_CODE = '1100'",
          "SELECT COUNT(*) FROM JOURNAL",
          "SELECT STATUS, HOLD_KIND, COUNT(*), SUM(AMOUNT) FROM ACCOUNT_HOLD GROUP BY STATUS, HOLD_KIND ORDER BY STATUS, HOLD_KIND",
          "SELECT LINE_NO, STATUS, RETURN_REASON, AMOUNT FROM ACH_ENTRY ORDER BY LINE_NO",
          "SELECT STATUS, ENTRY_COUNT FROM ACH_FILE ORDER BY FILE_ID")) {
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
