package io.corebank.cli;

import io.corebank.carddemo.CardDemoDataGenerator;
import io.corebank.carddemo.CardDemoEncoding;
import io.corebank.carddemo.CardDemoNightly;
import io.corebank.carddemo.CardDemoRun;
import io.corebank.carddemo.CardDemoRunRequest;
import io.corebank.carddemo.CardDemoRuns;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerCheckReport;
import io.corebank.platform.SqlDialect;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * POSTTRAN and INTCALC on a generated CardDemo data set: transactions per second per step, every valid
 * transaction posted through the ledger, against the bar of the original COBOL program (GnuCOBOL on
 * indexed files: 1,000,000 transactions, 62% valid, in about 19 s here, about 51,000 per second).
 */
@Command(name = "posttran", description = {
    "Generates a CardDemo data set, imports it, runs POSTTRAN and INTCALC and prints transactions per second per step.",
    "Uses its own database under <var-dir>/bench; the data set is kept under <var-dir>/bench/carddemo-data."})
class PostTranBench implements Callable<Integer> {
  /** The original COBOL POSTTRAN's rate on this machine (1,000,000 transactions in about 19 s, 62% valid). */
  static final double COBOL_TRANSACTIONS_PER_SECOND = 51_000;
  private static final DateTimeFormatter DB2_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH.mm.ss.SSSSSS");

  @Spec CommandSpec spec;
  @Option(names = "--transactions", defaultValue = "1000000") int transactions;
  @Option(names = "--accounts", defaultValue = "100000") int accounts;
  @Option(names = "--valid-percent", defaultValue = "62", description = "Share of transactions meant to post (default: ${DEFAULT-VALUE}, as the COBOL bar's set).")
  int validPercent;
  @Option(names = "--seed", defaultValue = "2022") long seed;
  @Option(names = "--cobol", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Time POSTTRAN's rules in COBOL (bench/cobol, GnuCOBOL on indexed files) on the same data first, as this run's "
          + "baseline, and check that both post the same (default: on when cobc is installed; --no-cobol skips it).")
  boolean cobol;

  @Override public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    GlobalOptions options = CorebankCli.GLOBAL;
    options.varDir = BenchDatabase.benchDir(options.varDir);
    Path data = options.varDir.resolve("carddemo-data").resolve(accounts + "-" + transactions + "-" + validPercent + "-" + seed);
    long t0 = System.nanoTime();
    CardDemoDataGenerator.Summary summary = null;
    if (!Files.exists(data.resolve("complete"))) {
      Files.createDirectories(data);
      summary = CardDemoDataGenerator.generate(CardDemoDataGenerator.Parameters.of(accounts, transactions, seed)
          .withValidPercent(validPercent), data);
      Files.writeString(data.resolve("complete"), summary.toString());
    }
    out.printf("POSTTRAN bench: %s daily transactions over %s accounts (%d%% meant to post), data in %s%s%n",
        Formats.count(transactions), Formats.count(accounts), validPercent, data,
        summary == null ? " (reused)" : String.format(Locale.US, " (generated in %.1f s)", (System.nanoTime() - t0) / 1e9));
    CobolBaseline.Result baseline = null;
    if (cobol) {
      String[] why = new String[1];
      baseline = CobolBaseline.run(data, options.varDir.resolve("cobol-work"), why).orElse(null);
      if (baseline == null) {
        out.printf("  COBOL baseline: not run (%s); the bar below is the issue's 51,000/s%n", why[0]);
      } else {
        out.printf(Locale.US, "  COBOL baseline  %8.1f s  %,.0f transactions/s (POSTTRAN's rules in GnuCOBOL on indexed files, this machine, now)%n",
            baseline.millis() / 1000.0, baseline.perSecond(transactions));
      }
    }
    Path benchDir = options.varDir;
    options.varDir = BenchDatabase.newSessionDir(benchDir, "posttran", options.db);
    try (AppSession app = AppSession.open(options)) {
      out.printf("  database: %s%s%n", app.databaseDescription(), BenchDatabase.newForThisRun(options.db));
      JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
      if (app.bean(SqlDialect.class) == SqlDialect.POSTGRESQL) {
        out.printf("  durability: fsync=%s, synchronous_commit=%s%n", jdbc.queryForObject("SHOW fsync", String.class),
            jdbc.queryForObject("SHOW synchronous_commit", String.class));
      }
      out.printf("  heap limit: %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
      // a new run timestamp makes a new run: the bench never resumes an earlier one
      CardDemoRunRequest request = new CardDemoRunRequest(data, CardDemoEncoding.ASCII,
          LocalDateTime.now().format(DB2_TIMESTAMP), "2022071800", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
      CardDemoRun run = app.bean(CardDemoRuns.class).register(request);
      CardDemoNightly nightly = app.bean(CardDemoNightly.class);
      Path output = benchDir.resolve("carddemo-out");
      int rc = 0;
      long[] postTranJournals = null;
      double postTranSeconds = 0;
      for (String job : new String[] {"CDIMPORT", "POSTTRAN", "INTCALC"}) {
        resetPeakHeap();
        // POSTTRAN's journals, for the database floor: those after the last one before it
        long journalsBefore = job.equals("POSTTRAN") ? DatabaseFloor.lastJournalId(jdbc.getDataSource()) : 0;
        long cpuBefore = AchBenchCommand.jvmCpuNanos();
        CardDemoNightly.JobResult r = nightly.runJob(job, run, output);
        double jvmCpuSeconds = (AchBenchCommand.jvmCpuNanos() - cpuBefore) / 1e9;
        rc = Math.max(rc, r.returnCode());
        double seconds = r.durationMs() / 1000.0;
        out.printf(Locale.US, "  %-9s RC=%02d %8.1f s  peak heap %,5d MB  %s%n", job, r.returnCode(), seconds, peakHeapMb(), r.counts());
        if (r.failure() != null) {
          out.println("            " + r.failure());
          return ReturnCodes.SEVERE;
        }
        if (job.equals("POSTTRAN")) {
          postTranJournals = new long[] {journalsBefore + 1, DatabaseFloor.lastJournalId(jdbc.getDataSource())};
          postTranSeconds = seconds;
          double perSecond = transactions / seconds;
          double bar = baseline != null ? baseline.perSecond(transactions) : COBOL_TRANSACTIONS_PER_SECOND;
          out.printf(Locale.US, "            %,.0f transactions/s (%,.0f posted through the ledger/s); %.2f x %s of %,.0f/s%n",
              perSecond, r.counts().getOrDefault("posted", 0L) / seconds, perSecond / bar,
              baseline != null ? "the COBOL baseline of this run" : "the COBOL bar", bar);
          if (baseline != null && baseline.rejectsByReason().isEmpty()) {
            out.println("            (the COBOL outcome was not compared: its summary needs python3)");
          } else if (baseline != null) {
            String ours = CobolBaseline.corebankOutcome(jdbc, run.runId());
            String theirs = "rejects " + baseline.rejectsByReason() + "; account totals " + baseline.accountTotalsCents();
            if (ours.equals(theirs)) {
              out.println("            the same as the COBOL program: " + ours);
            } else {
              out.println("            MISMATCH with the COBOL program: ours " + ours + "; COBOL " + theirs);
              rc = ReturnCodes.ERROR;
            }
          }
          int cores = Runtime.getRuntime().availableProcessors();
          out.printf(Locale.US, "            CPU of this JVM: %.1f s (%.0f%% of %d cores); the rest of the machine's work is the"
              + " database's%n", jvmCpuSeconds, 100 * jvmCpuSeconds / seconds / cores, cores);
          if (summary != null && summary.posted() != r.counts().getOrDefault("posted", -1L)) {
            out.printf("            MISMATCH: the generator predicted %,d postings%n", summary.posted());
            rc = ReturnCodes.ERROR;
          }
        }
        if (job.equals("INTCALC")) {
          out.printf(Locale.US, "            %,.0f accounts/s%n", r.counts().getOrDefault("intcalc.read", 0L) / seconds);
        }
      }
      if (postTranJournals != null && app.bean(SqlDialect.class) == SqlDialect.POSTGRESQL) {
        DatabaseFloor.Result floor = DatabaseFloor.measure(jdbc.getDataSource(), postTranJournals[0], postTranJournals[1],
            nightly.posttranChunk(), nightly.posttranPartitions(), null);
        out.printf(Locale.US, "  database floor under POSTTRAN: its %,d journals with their entries and balance deltas stored again"
                + " by SQL alone (no program; %d sessions, %d chunks) in %.1f s, %,.0f journals/s%n", floor.journals(), floor.sessions(),
            floor.chunks(), floor.seconds(), floor.journalsPerSecond());
        out.printf(Locale.US, "            POSTTRAN took %.2f x the floor%s (it also writes the transaction, reject and CardDemo"
                + " balance rows, which the floor leaves out)%n", postTranSeconds / floor.seconds(),
            baseline == null ? "" : String.format(Locale.US, "; the floor alone is %.2f x the COBOL baseline's time",
                floor.seconds() / (baseline.millis() / 1000.0)));
      }
      LedgerCheckReport check = app.bean(LedgerCheck.class).run();
      out.printf("  ledger check: %s%n", check.clean() ? "balanced" : "DIFFERENCES");
      // POSTTRAN's 4 (rejects) is the data set's design here, not a warning about the bench
      return check.clean() ? (rc == ReturnCodes.WARNING ? ReturnCodes.OK : rc) : ReturnCodes.ERROR;
    }
  }

  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
    }
    return bytes >> 20;
  }
}
