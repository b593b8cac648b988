package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench ach} as an operator runs it: the figures' layout on a small file and on the default
 * reference file, the file given as FILE or --file, the unhappy paths with their return codes, the
 * ingest-and-post part refused rather than faked, and no Spring class loaded in a JVM of its own.
 */
class AchBenchCommandTest {
  private static final String WEB = "src/test/resources/ach/test/testdata/web-debit.ach";

  @TempDir Path dir;

  record Run(int rc, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int rc = CorebankCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(rc, out.toString(), err.toString());
  }

  @Test
  void printsEachPassAgainstTheBaselineAndTheTarget() {
    Run run = run("bench", "ach", "--read-only", "--runs", "3", "--warmups", "1", WEB);
    assertThat(run.rc()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("ACH read bench: web-debit.ach: 6 entries, 20 lines, 0.0 MB in memory");
    assertThat(lines.get(1)).matches("  Java .*, \\d+ processors; 1 warm-up runs \\(not counted\\), then 3 measured runs of each"
        + " pass, interleaved");
    assertThat(lines.get(2)).isEmpty();
    assertThat(lines.get(3)).matches(" +pass +median ms +best ms +entries/s \\(median\\) +entries/s \\(best\\) +x baseline");
    String figures = " +[0-9.]+ +[0-9.]+ +[0-9,]+ +[0-9,]+ +[0-9.]+x";
    assertThat(lines.get(4)).matches("  baseline: BufferedReader lines, no parsing" + figures).endsWith(" 1.0x");
    assertThat(lines.get(5)).matches("  read: AchFileReader.next\\(\\), streaming" + figures);
    assertThat(lines.get(6)).matches("  read \\+ validate: NachaValidator" + figures);
    assertThat(lines.get(9)).matches("  target: read \\+ validate >= 1,000,000 entries/s: (met|NOT met) \\([0-9,]+ at the median run\\)");
    assertThat(lines).hasSize(10);
  }

  @Test
  void theDefaultFileIsTheLargeReferenceFileAndFileMayBeGivenEitherWay() {
    Run byDefault = run("bench", "ach", "--read-only", "--runs", "1", "--warmups", "0");
    assertThat(byDefault.rc()).as(byDefault.err()).isZero();
    assertThat(byDefault.out()).startsWith(
        "ACH read bench: PPD-200-batches-100000-entries.ach.gz: 100,199 entries, 100,610 lines, 9.6 MB in memory");

    Run option = run("bench", "ach", "--read-only", "--runs", "1", "--warmups", "0", "--file", WEB);
    assertThat(option.rc()).as(option.err()).isZero();
    assertThat(option.out()).startsWith("ACH read bench: web-debit.ach: 6 entries");

    Run both = run("bench", "ach", "--file", WEB, "src/test/resources/ach/test/testdata/ppd-debit.ach");
    assertThat(both.rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(both.err()).contains("give the file once");
  }

  @Test
  void unhappyPathsGetTheirReturnCodes() {
    Run rejected = run("bench", "ach", "src/test/resources/ach/test/testdata/20110805A.ach");
    assertThat(rejected.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(rejected.err()).contains("the file is rejected, so it cannot be benchmarked: line 93 (file control 9)");
    assertThat(rejected.out()).isEmpty();

    Run missing = run("bench", "ach", "--file", "no/such.ach");
    assertThat(missing.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(missing.err()).isEqualTo("corebank: cannot read no/such.ach\n");

    assertThat(run("bench", "ach", "--runs", "0", WEB).rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(run("bench", "ach", "--runs", "many", WEB).rc()).isEqualTo(ReturnCodes.USAGE);

    Run noRuns = run("--var-dir", dir.resolve("var").toString(), "bench", "ach", "--runs", "1", "--warmups", "0",
        "--ingest-runs", "0", "--ingest-db", "h2", WEB);
    assertThat(noRuns.rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(noRuns.err()).contains("--ingest-runs must be at least 1, --ingest-warmups and --ingest-warmup-files at least 0, were 0, 4 and 3");
    assertThat(run("--var-dir", dir.resolve("var").toString(), "bench", "ach", "--runs", "1", "--warmups", "0",
        "--ingest-warmups", "-1", "--ingest-db", "h2", WEB).rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(run("--var-dir", dir.resolve("var").toString(), "bench", "ach", "--runs", "1", "--warmups", "0",
        "--ingest-warmup-files", "-1", "--ingest-db", "h2", WEB).rc()).isEqualTo(ReturnCodes.USAGE);
  }

  @Test
  void theIngestTargetIsJudgedAtTheMedianFile() {
    assertThat(AchBenchCommand.median(new double[] {8.2, 5.4, 4.7, 4.9, 4.8})).isEqualTo(4.9);
    assertThat(AchBenchCommand.median(new double[] {6.0, 4.0})).isEqualTo(5.0);
    assertThat(AchBenchCommand.median(new double[] {7.5})).isEqualTo(7.5);
  }

  @Test
  void theIngestPartPostsAGeneratedPayrollFileEndToEnd() {
    Run run = run("--var-dir", dir.resolve("var").toString(), "bench", "ach", "--runs", "1", "--warmups", "0",
        "--entries", "300", "--ingest-warmups", "2", "--ingest-warmup-files", "1", "--ingest-runs", "2", "--ingest-db", "h2", WEB);
    assertThat(run.rc()).as(run.err()).isZero();
    assertThat(run.out()).contains("300 accounts ready", "payroll files: 300 entries")
        .containsPattern("warm-up 2: a 300-entry file PROCESSED in [0-9.]+ s, JIT compilers busy [0-9.]+ s")
        .doesNotContain("warm-up 3:")
        .containsPattern("warm-up file 1: ingest \\+ post PROCESSED in [0-9.]+ s; CPU of this JVM [0-9.]+ s, JIT compilers busy [0-9.]+ s")
        .doesNotContain("warm-up file 2:")
        .containsPattern("file 1: ingest \\+ post PROCESSED in [0-9.]+ s, [0-9,]+ entries/s end to end \\(posted 300, returned 0,"
            + " held 0\\); CPU of this JVM [0-9.]+ s \\([0-9]+% of [0-9]+ cores\\), JIT compilers busy [0-9.]+ s")
        .containsPattern("file 2: ingest \\+ post PROCESSED")
        .doesNotContain("file 3:")
        .containsPattern("JIT compilers busy [0-9.]+ s during the 2 measured files \\([0-9]+% of this JVM's [0-9.]+ s of CPU\\)")
        .containsPattern("ingest \\+ post: median [0-9.]+ s, [0-9,]+ entries/s end to end \\(best [0-9.]+ s\\)")
        .containsPattern("the JVM's first full-size file took [0-9.]+ s")
        .containsPattern("target: <= 5 s for the file: (met|NOT met) \\(at the median file\\)");
  }

  /** The read part in a JVM of its own, with class loading logged: no Spring class is ever loaded. */
  @Test
  void theReadPartStartsNoSpringContext() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("classes.log");
    Process process = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
        CorebankCli.class.getName(), "bench", "ach", "--read-only", "--runs", "2", "--warmups", "1", WEB)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String loaded = Files.readString(log);
    List<String> printed = loaded.lines().filter(l -> !l.contains("class,load")).toList();
    assertThat(process.exitValue()).as(printed.toString()).isZero();
    assertThat(printed).anyMatch(l -> l.startsWith("  target: read + validate"));
    assertThat(loaded).contains("io.corebank.nacha.bench.AchReadBench", "io.corebank.cli.AchBenchCommand")
        .doesNotContain("org.springframework.", "io.corebank.cli.AppSession", "io.corebank.platform.");
  }
}
