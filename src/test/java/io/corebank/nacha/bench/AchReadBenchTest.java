package io.corebank.nacha.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corebank.nacha.ValidationOptions;
import io.corebank.nacha.bench.AchReadBench.Pass;
import io.corebank.nacha.bench.AchReadBench.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bench measures what it says: every pass goes through the whole reference file (its counts are
 * checked on every run), each measured run is recorded, and a rejected file is refused before any timing.
 */
class AchReadBenchTest {

  @Test
  void everyPassReadsTheWholeReferenceFile() throws IOException {
    AchReadBench bench = new AchReadBench(AchReadBench.load(AchReadBench.DEFAULT_FILE), ValidationOptions.defaults());
    assertThat(bench.entries()).isEqualTo(100_199);
    assertThat(bench.lines()).isEqualTo(100_610);
    assertThat(bench.bytes()).isGreaterThan(9_000_000);
    assertThat(bench.run(Pass.LINES)).isEqualTo(100_610);
    assertThat(bench.run(Pass.READ)).isEqualTo(100_199);
    assertThat(bench.run(Pass.READ_VALIDATE)).isEqualTo(100_199);
  }

  @Test
  void measureRecordsEachMeasuredRunOfEachPass() throws IOException {
    Path file = Path.of("src/test/resources/ach/test/testdata/web-debit.ach");
    AchReadBench bench = new AchReadBench(Files.readAllBytes(file), ValidationOptions.defaults());
    Map<Pass, Result> results = bench.measure(List.of(Pass.values()), 2, 3);
    assertThat(results.keySet()).containsExactly(Pass.LINES, Pass.READ, Pass.READ_VALIDATE);
    for (Result r : results.values()) {
      assertThat(r.entries()).isEqualTo(6);
      assertThat(r.runNanos()).hasSize(3).allMatch(n -> n > 0);
      assertThat(r.bestMillis()).isLessThanOrEqualTo(r.medianMillis());
      assertThat(r.bestEntriesPerSecond()).isGreaterThanOrEqualTo(r.entriesPerSecond());
    }
  }

  @Test
  void theMedianIsTheMiddleRun() {
    assertThat(new Result(Pass.READ, 10, List.of(5_000_000L, 1_000_000L, 3_000_000L)).medianMillis()).isEqualTo(3.0);
    Result even = new Result(Pass.READ, 10, List.of(4_000_000L, 1_000_000L, 2_000_000L, 100_000_000L));
    assertThat(even.medianMillis()).isEqualTo(3.0);
    assertThat(even.entriesPerSecond()).isEqualTo(10 / 0.003, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(even.bestEntriesPerSecond()).isEqualTo(10_000, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void aRejectedFileIsRefusedBeforeAnyTiming() {
    Path file = Path.of("src/test/resources/ach/test/testdata/20110805A.ach");
    assertThatThrownBy(() -> new AchReadBench(Files.readAllBytes(file), ValidationOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the file is rejected, so it cannot be benchmarked: line 93 (file control 9) field BatchCount:"
            + " batch count 000005 does not match computed 4");
  }
}
