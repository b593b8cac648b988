package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.carddemo.CardDemoDataGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The COBOL baseline of `bench posttran` (bench/cobol): on a generated data set it processes every record and
 * rejects exactly what the generator designed, reason by reason. Runs only where GnuCOBOL is installed (cobc on
 * the PATH); elsewhere the bench says that its baseline was not run.
 */
@EnabledIf("gnuCobolInstalled")
class CobolBaselineTest {
  @TempDir Path work;

  static boolean gnuCobolInstalled() {
    return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "cobc")));
  }

  @Test
  void thePostingRulesInCobolRejectWhatTheGeneratorDesignedReasonByReason() throws Exception {
    Path data = work.resolve("data");
    CardDemoDataGenerator.Summary summary = CardDemoDataGenerator.generate(CardDemoDataGenerator.Parameters.of(300, 4_000, 5), data);
    String[] why = new String[1];
    Optional<CobolBaseline.Result> result = CobolBaseline.run(data, work.resolve("cobol"), why);
    assertThat(result).as("the COBOL run: %s", why[0]).isPresent();
    assertThat(result.get().values()).containsEntry("cobol-processed", "4000")
        .containsEntry("cobol-rejected", Long.toString(4_000 - summary.posted()));
    String expected = summary.rejectsByReason().entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    assertThat(result.get().rejectsByReason()).isEqualTo(expected);
    assertThat(result.get().millis()).isPositive();
  }

  @Test
  void aDataSetThatIsNotThereIsReportedNotTimed() throws Exception {
    String[] why = new String[1];
    assertThat(CobolBaseline.run(work.resolve("missing"), work.resolve("cobol"), why)).isEmpty();
    assertThat(why[0]).contains("exit").contains("run-posttran.log");
  }
}
