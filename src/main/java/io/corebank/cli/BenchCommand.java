package io.corebank.cli;

import io.corebank.account.AccountService;
import io.corebank.bench.LedgerBench;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerCheckReport;
import io.corebank.ledger.LedgerService;
import io.corebank.platform.SqlDialect;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = "Benchmarks that print figures (run them on a quiet machine).",
    subcommands = {BenchCommand.Ledger.class, PostTranBench.class, AchBenchCommand.class, AuthBench.class})
class BenchCommand {

  @Command(name = "ledger", description = {
      "Transfers per second through the ledger's write path and through a plain-JDBC baseline doing the same writes,",
      "on 1 and 8 threads, then the batched entry point jobs use. Uses its own database under <var-dir>/bench."})
  static class Ledger implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--accounts", defaultValue = "100000") int accounts;
    @Option(names = "--seconds", defaultValue = "10", description = "Measured time of each run (default: ${DEFAULT-VALUE}).") int seconds;
    @Option(names = "--threads", defaultValue = "1,8", split = ",") List<Integer> threads;
    @Option(names = "--batch-size", defaultValue = "5000", description = "Journals per postBatch call (default: ${DEFAULT-VALUE}).") int batchSize;
    @Option(names = "--batch-threads", defaultValue = "1,2", split = ",") List<Integer> batchThreads;
    @Option(names = "--seed", defaultValue = "7") long seed;

    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      GlobalOptions options = CorebankCli.GLOBAL;
      options.varDir = BenchDatabase.newSessionDir(BenchDatabase.benchDir(options.varDir), "ledger", options.db);
      // enough connections for every worker thread plus the baseline's own
      int pool = Math.max(16, threads.stream().mapToInt(Integer::intValue).max().orElse(8) + 4);
      try (AppSession app = AppSession.open(options, Map.of("spring.datasource.hikari.maximum-pool-size", pool))) {
        LedgerBench bench = new LedgerBench(app.bean(LedgerService.class), app.bean(AccountService.class),
            app.bean(InternalAccounts.class), app.bean(JdbcTemplate.class), app.bean(DataSource.class), app.bean(SqlDialect.class));
        out.printf("Ledger bench on %s%s%n", app.databaseDescription(), BenchDatabase.newForThisRun(options.db));
        if (app.bean(SqlDialect.class) == SqlDialect.POSTGRESQL) {
          JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
          out.printf("  durability: fsync=%s, synchronous_commit=%s%n", jdbc.queryForObject("SHOW fsync", String.class),
              jdbc.queryForObject("SHOW synchronous_commit", String.class));
        }
        long t0 = System.nanoTime();
        int created = bench.prepare(accounts);
        out.printf("  %s accounts ready (%s opened and funded in %.1f s)%n", Formats.count(accounts), Formats.count(created),
            (System.nanoTime() - t0) / 1e9);
        out.println("  warming up (3 s, not counted)");
        bench.ledgerTransfers(8, 3_000, seed - 1);

        long ms = seconds * 1000L;
        out.printf("%n  %-8s %16s %16s %8s%n", "threads", "plain JDBC /s", "ledger /s", "ratio");
        for (int t : threads) {
          LedgerBench.Result base = bench.plainJdbcTransfers(t, ms, seed);
          LedgerBench.Result ours = bench.ledgerTransfers(t, ms, seed);
          out.printf(Locale.US, "  %-8d %16.0f %16.0f %8.2f%s%n", t, base.perSecond(), ours.perSecond(),
              ours.perSecond() / base.perSecond(), errors(base, ours));
        }
        out.printf("%n  batched posting (LedgerService.postBatch, %s journals per call, one transaction each)%n", Formats.count(batchSize));
        for (int t : batchThreads) {
          LedgerBench.Result r = bench.batchedTransfers(t, ms, batchSize, seed);
          out.printf(Locale.US, "  %-8d %16s %16.0f journals/s%s%n", t, "", r.perSecond(), errors(r));
        }
        LedgerCheckReport check = app.bean(LedgerCheck.class).run();
        out.println();
        CheckPrinter.print(check, out);
        return check.clean() ? ReturnCodes.OK : ReturnCodes.ERROR;
      }
    }

    private static String errors(LedgerBench.Result... results) {
      long errors = 0;
      for (LedgerBench.Result r : results) errors += r.errors();
      return errors == 0 ? "" : "  (" + errors + " errors)";
    }
  }
}
