package io.corebank.cli;

import io.corebank.nacha.ValidationOptions;
import io.corebank.nacha.bench.AchReadBench;
import io.corebank.nacha.bench.AchReadBench.Pass;
import io.corebank.nacha.bench.AchReadBench.Result;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./corebank bench ach}: entries per second reading and validating a large NACHA file, against a
 * baseline measured in the same run (the file's lines read without parsing).
 *
 * <p>Two parts are planned. The read part, here, is a pure file benchmark: no database, no Spring. The
 * ingest-and-post part (a generated 100,000-entry file ingested and posted against a 100,000-account bank
 * on embedded PostgreSQL) is not written yet; it belongs in {@link #ingestAndPost}, selected by
 * {@code --no-read-only}, and like every command that touches the books it will open its own
 * {@link AppSession} there, never in the read part.
 */
@Command(name = "ach", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Entries per second reading a NACHA file (streaming) and reading + validating it, against a baseline measured in"
        + " the same run: the file's lines read with a BufferedReader and not parsed. The file is decompressed into"
        + " memory first; gzip and disk are not timed. Target: read + validate >= 1,000,000 entries/s. No database.",
    "Exit 0 when the figures are printed (met or not, the target line says which); 8 when the file is rejected; 12 when"
        + " it cannot be read, or with --no-read-only (not implemented yet)."})
class AchBenchCommand implements Callable<Integer> {
  static final double TARGET_ENTRIES_PER_SECOND = 1_000_000;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Same as --file.")
  Path positionalFile;

  @Option(names = "--file", paramLabel = "FILE",
      description = "The NACHA file (.gz read decompressed). Default: the 100,199-entry reference file, "
          + AchReadBench.DEFAULT_FILE_NAME + " (relative to the project directory).")
  Path file;

  @Option(names = "--runs", defaultValue = "10", paramLabel = "N", description = "Measured runs of each pass (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmups", defaultValue = "5", paramLabel = "N", description = "Warm-up runs of each pass, not counted (default: ${DEFAULT-VALUE}).")
  int warmUps;

  @Option(names = "--read-only", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = {"Only the read part (default). --no-read-only selects the ingest-and-post part: a generated 100,000-entry"
          + " file ingested and posted against a 100,000-account bank on embedded PostgreSQL; not implemented yet (exit 12)."})
  boolean readOnly;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (positionalFile != null && file != null && !positionalFile.equals(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give the file once: as FILE or as --file, not both");
    }
    if (runs < 1 || warmUps < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1 and --warmups at least 0");
    }
    if (!readOnly) {
      return ingestAndPost(err);
    }
    Path path = file != null ? file : positionalFile != null ? positionalFile : AchReadBench.DEFAULT_FILE;
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      err.println("corebank: cannot read " + path + (file == null && positionalFile == null
          ? " (the default is a test resource: run from the project directory or pass --file)" : ""));
      return ReturnCodes.SEVERE;
    }
    AchReadBench bench;
    try {
      bench = new AchReadBench(AchReadBench.load(path), ValidationOptions.defaults());
    } catch (IOException e) {
      err.println("corebank: cannot read " + path + ": " + AchCommand.reason(e));
      return ReturnCodes.SEVERE;
    } catch (IllegalArgumentException e) {
      err.println("corebank: " + path + ": " + e.getMessage());
      return ReturnCodes.ERROR;
    }

    out.printf(Locale.US, "ACH read bench: %s: %,d entries, %,d lines, %.1f MB in memory%n", path.getFileName(),
        bench.entries(), bench.lines(), bench.bytes() / 1e6);
    out.printf(Locale.US, "  Java %s, %d processors; %d warm-up runs (not counted), then %d measured runs of each pass,"
        + " interleaved%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), warmUps, runs);
    out.flush();
    Map<Pass, Result> results;
    try {
      results = bench.measure(List.of(Pass.values()), warmUps, runs);
    } catch (IOException e) {
      err.println("corebank: " + e.getMessage());
      return ReturnCodes.SEVERE;
    }
    print(results, out);
    out.flush();
    return ReturnCodes.OK;
  }

  static void print(Map<Pass, Result> results, PrintWriter out) {
    Result baseline = results.get(Pass.LINES);
    out.printf("%n  %-42s %9s %9s %20s %18s %12s%n", "pass", "median ms", "best ms", "entries/s (median)", "entries/s (best)",
        "x baseline");
    for (Result r : results.values()) {
      out.printf(Locale.US, "  %-42s %9.1f %9.1f %,20.0f %,18.0f %11.1fx%n", r.pass().label(), r.medianMillis(), r.bestMillis(),
          r.entriesPerSecond(), r.bestEntriesPerSecond(), r.medianMillis() / baseline.medianMillis());
    }
    out.println("  (baseline: the file's entries over the time to read its lines; x baseline: median time over the baseline's)");
    Result validated = results.get(Pass.READ_VALIDATE);
    boolean met = validated.entriesPerSecond() >= TARGET_ENTRIES_PER_SECOND;
    out.printf(Locale.US, "%n  target: read + validate >= %,.0f entries/s: %s (%,.0f at the median run)%n", TARGET_ENTRIES_PER_SECOND,
        met ? "met" : "NOT met", validated.entriesPerSecond());
    out.println("  ingest + post: not run (--read-only; that part is not implemented yet)");
  }

  /**
   * The second part of {@code bench ach}: ingest and post a generated 100,000-entry file against a
   * 100,000-account bank on embedded PostgreSQL (its own database under {@code <var-dir>/bench}, opened here
   * with {@link AppSession#open}). Not written yet: it says so and returns 12 rather than print figures.
   */
  private static int ingestAndPost(PrintWriter err) {
    err.println("corebank: bench ach --no-read-only (ingest and post a generated 100,000-entry file against a 100,000-account"
        + " bank on embedded PostgreSQL) is not implemented yet; run without it for the read part");
    return ReturnCodes.SEVERE;
  }
}
