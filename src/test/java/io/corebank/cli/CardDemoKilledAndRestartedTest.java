package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.carddemo.CardDemoDataGenerator;
import io.corebank.carddemo.CardDemoOutput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CardDemo nightly killed with -9 at random moments (seeded), while its POSTTRAN partitions post side by
 * side, and run again until it finishes: every output equals, byte for byte, that of a run never interrupted,
 * the books balance, and no journal was posted twice.
 */
class CardDemoKilledAndRestartedTest {
  static final String[] TUNING = {"--corebank.carddemo.posttran-chunk=100", "--corebank.carddemo.intcalc-chunk=100"};

  @TempDir Path work;

  @Test
  void killedAtRandomMomentsTheNightlyEndsWithTheOutputsOfAnUninterruptedRun() throws Exception {
    Path input = work.resolve("input");
    CardDemoDataGenerator.generate(CardDemoDataGenerator.Parameters.of(600, 8_000, 77), input);
    Path reference = work.resolve("reference");
    assertThat(runInProcess(input, reference)).startsWith("rc=4");

    Path killed = work.resolve("killed");
    // each kill lands at a seeded moment within 1.5 s of POSTTRAN's launch (Spring Batch logs it when asked to)
    List<String> aimed = new ArrayList<>(arguments(input, killed));
    aimed.add("--logging.level.org.springframework.batch.core.launch.support=INFO");
    KillLoop.Outcome outcome = KillLoop.runAimed(aimed, Long.getLong("killSeed", 20261122L), 4, "name=POSTTRAN]] launched", 1_500, () -> {
      long posted = count(killed, "SELECT (SELECT COUNT(*) FROM CD_TRANSACTION WHERE ORIGIN = 'P') + (SELECT COUNT(*) FROM CD_DAILY_REJECT)");
      return posted > 0 && posted < 8_000;
    });
    if (outcome.exitCode() != null) {
      assertThat(outcome.exitCode()).as("a run that ends by itself ends as the reference did:%n%s", outcome.output()).isEqualTo(4);
    } else {
      assertThat(runInProcess(input, killed)).startsWith("rc=4");
    }
    assertThat(outcome.killedMidway()).as("the nightly must have been killed at least once in the middle of POSTTRAN").isPositive();
    System.out.printf("CardDemo nightly: killed %d time(s), %d of them in the middle of POSTTRAN%n", outcome.kills(),
        outcome.killedMidway());

    for (CardDemoOutput output : CardDemoOutput.values()) {
      assertThat(Files.readAllBytes(killed.resolve("out").resolve(output.fileName())))
          .as(output.fileName()).isEqualTo(Files.readAllBytes(reference.resolve("out").resolve(output.fileName())));
    }
    StringWriter out = new StringWriter();
    int rc = CorebankCli.execute(new String[] {"ledger", "check", "--db", "h2", "--var-dir", killed.toString()},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(rc).as(out.toString()).isZero();
    assertThat(count(killed, "SELECT COUNT(*) FROM JOURNAL")).as("no journal posted twice")
        .isEqualTo(count(reference, "SELECT COUNT(*) FROM JOURNAL"));
  }

  private static List<String> arguments(Path input, Path varDir) {
    List<String> args = new ArrayList<>(List.of("carddemo", "run", "--input", input.toString(), "--encoding", "ascii",
        "--output", varDir.resolve("out").toString(), "--db", "h2", "--var-dir", varDir.toString()));
    args.addAll(List.of(TUNING));
    return args;
  }

  private static String runInProcess(Path input, Path varDir) {
    StringWriter err = new StringWriter();
    int rc = CorebankCli.execute(arguments(input, varDir).toArray(String[]::new), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
    return "rc=" + rc + " " + err;
  }

  /** A count from the run's database; 0 while the tables do not exist yet. */
  private static long count(Path varDir, String sql) throws Exception {
    String url = "jdbc:h2:file:" + varDir.resolve("h2").resolve("corebank").toAbsolutePath() + ";MODE=DB2";
    if (!java.nio.file.Files.exists(varDir.resolve("h2").resolve("corebank.mv.db"))) return 0;
    try (var c = java.sql.DriverManager.getConnection(url, "sa", "")) {
      try (var tables = c.getMetaData().getTables(null, null, "CD_DAILY_REJECT", null)) {
        if (!tables.next()) return 0;
      }
      try (var rs = c.createStatement().executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
