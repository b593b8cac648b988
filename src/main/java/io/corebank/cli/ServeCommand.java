package io.corebank.cli;

import io.corebank.ach.AchDirectories;
import io.corebank.ach.AchDropbox;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The long-running process: the Spring context with the {@code serve} profile (Spring Integration watching
 * the ACH directories, Quartz firing the Fed windows and the archive purge) until SIGTERM or Ctrl-C; a
 * shutdown hook closes the context (the file in flight stops after its current chunk and is resumed at the
 * next start) and then the database. {@code --once} processes what is ready in the ACH directories and
 * exits, without the scheduler: for tests, for operators, for a scheduler that prefers short jobs.
 */
@Command(name = "serve", description = {
    "Run the bank's services until stopped (Ctrl-C or SIGTERM): watch the ACH directories under "
        + "corebank.ach.directory (default <var-dir>/ach: inbound/, processing/, archive/, error/), send the Fed "
        + "windows and purge old archive days on the schedule of schedules/quartz-jobs.csv.",
    "With --once: process the files left in processing/ and the complete files of inbound/, then exit "
        + "(0 all processed, 8 a file rejected or duplicate, 12 an ingest stopped)."})
class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Option(names = "--once", description = "Process what is ready in the ACH directories, then exit (no watching, no schedule).")
  boolean once;

  @Override public Integer call() throws InterruptedException {
    return once ? once() : serve();
  }

  private int serve() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    AppSession app = AppSession.open(CorebankCli.GLOBAL, Map.of(), "serve");
    CountDownLatch stopped = new CountDownLatch(1);
    // Spring Boot's own shutdown hook closes the context (and keeps logging up while it does); this one waits
    // for that, then stops an embedded database. Closing the context here as well would not wait: a second
    // closer returns at once while the first still waits for the file in flight.
    Runtime.getRuntime().addShutdownHook(new Thread(new StopHook(out, app, stopped), "corebank-serve-stop"));
    AchDirectories dirs = app.bean(AchDropbox.class).directories();
    out.printf("Corebank serve on %s: ACH directories %s; Ctrl-C or SIGTERM stops it%n", app.databaseDescription(),
        dirs.root().toAbsolutePath().normalize());
    stopped.await();
    return ReturnCodes.OK;
  }

  private int once() {
    PrintWriter out = spec.commandLine().getOut();
    try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
      AchDropbox dropbox = app.bean(AchDropbox.class);
      AchDirectories dirs = dropbox.directories();
      AchDropbox.Drain drain = dropbox.drainOnce();
      int processed = 0, rejected = 0, failed = 0;
      for (AchDropbox.Outcome o : drain.outcomes()) {
        String where = o.location().startsWith(dirs.root()) ? dirs.root().relativize(o.location()).toString() : o.location().toString();
        out.printf("  %-9s %s -> %s%s%n", o.status(), o.name(), where, o.status().equals("PROCESSED") ? "" : ": " + o.detail());
        if (o.failed()) failed++;
        else if (o.rejected()) rejected++;
        else processed++;
      }
      drain.stillBeingWritten().forEach(p -> out.printf("  %-9s %s (still being written; left in inbound/)%n", "WAITING", p.getFileName()));
      out.printf("ACH %s: %d processed, %d rejected or duplicate, %d stopped (left in processing/), %d still being written%n",
          dirs.root().toAbsolutePath().normalize(), processed, rejected, failed, drain.stillBeingWritten().size());
      return failed > 0 ? ReturnCodes.SEVERE : rejected > 0 ? ReturnCodes.ERROR : ReturnCodes.OK;
    }
  }

  /**
   * A class, not a lambda: picocli reflects on this command's methods, and a lambda capturing the session would
   * be a method naming AppSession, loading it (and Spring) for every command, `copybook` and `ach validate` too.
   */
  private static final class StopHook implements Runnable {
    private final PrintWriter out;
    private final AppSession app;
    private final CountDownLatch stopped;

    StopHook(PrintWriter out, AppSession app, CountDownLatch stopped) {
      this.out = out;
      this.app = app;
      this.stopped = stopped;
    }

    @Override public void run() {
      out.println("Corebank serve: stopping (the file in flight stops after its current chunk)");
      try {
        app.awaitContextClosedThenStopDatabase(Duration.ofMinutes(5));
        out.println("Corebank serve: stopped");
      } finally {
        stopped.countDown();
      }
    }
  }
}
