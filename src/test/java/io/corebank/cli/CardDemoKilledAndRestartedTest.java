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
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
    SplittableRandom random = new SplittableRandom(Long.getLong("killSeed", 20261122L));
    int kills = 0;
    int killedInPosttran = 0;
    boolean finished = false;
    for (int attempt = 0; attempt < 8 && !finished; attempt++) {
      Process child = startChild(input, killed);
      // later attempts wait longer: the child's start (JVM, Spring, the import) takes seconds on a loaded machine
      if (child.waitFor(3_000 + 1_500L * attempt + random.nextInt(2_000), TimeUnit.MILLISECONDS)) {
        finished = child.exitValue() == 4;
        assertThat(child.exitValue()).as("a run that ends by itself ends as the reference did").isEqualTo(4);
        continue;
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      kills++;
      long posted = count(killed, "SELECT (SELECT COUNT(*) FROM CD_TRANSACTION WHERE ORIGIN = 'P') + (SELECT COUNT(*) FROM CD_DAILY_REJECT)");
      if (posted > 0 && posted < 8_000) killedInPosttran++;
    }
    if (!finished) assertThat(runInProcess(input, killed)).startsWith("rc=4");
    assertThat(killedInPosttran).as("the nightly must have been killed at least once in the middle of POSTTRAN").isPositive();
    System.out.printf("CardDemo nightly: killed %d time(s), %d of them in the middle of POSTTRAN%n", kills, killedInPosttran);

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

  private static Process startChild(Path input, Path varDir) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        CorebankCli.class.getName()));
    command.addAll(arguments(input, varDir));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
