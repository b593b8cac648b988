package io.corebank.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * A command of the CLI run in a child JVM again and again, killed with -9 at seeded moments, until it ends
 * by itself, a kill finds the work already finished, or the attempts are used up. Each kill is aimed: it lands
 * at a seeded moment within a window after a marker appears in the child's output (a log line that says the work
 * to interrupt has begun), not after a fixed wait from the child's start. On a loaded machine the start alone
 * (JVM, Spring, migrations) can outlast a fixed wait, and short work can fall between two kills: a CI run once
 * had all its kills outside the work.
 */
final class KillLoop {
  /**
   * @param kills             how many times the child was killed
   * @param killedMidway      how many of those kills found the work started and not finished
   * @param exitCode          the exit code of the attempt that ended by itself, or null when the last attempt was killed
   * @param finishedWhenKilled the last kill landed after the work had finished (the child was printing or shutting down)
   * @param output            what the attempt that ended by itself printed (for assertion messages)
   */
  record Outcome(int kills, int killedMidway, Integer exitCode, boolean finishedWhenKilled, String output) {}

  private KillLoop() {}

  /**
   * Kills at a seeded moment within {@code windowMs} after {@code marker} appears in the child's output. An attempt
   * in which the marker never appears is left to end by itself.
   *
   * @param midway asked after each kill: true when the kill found the work started and not finished
   */
  static Outcome runAimed(List<String> cliArguments, long seed, int attempts, String marker, long windowMs, Callable<Boolean> midway)
      throws Exception {
    return runAimed(cliArguments, seed, attempts, marker, windowMs, midway, () -> false);
  }

  /**
   * @param finished asked after each kill: true when the work had already finished, so that running the command
   *                 again would not resume it but do something else (an ACH file ingested again is a duplicate)
   */
  static Outcome runAimed(List<String> cliArguments, long seed, int attempts, String marker, long windowMs, Callable<Boolean> midway,
      Callable<Boolean> finished) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Path log = Files.createTempFile("kill-loop", ".log");
    try {
      int kills = 0;
      int midwayKills = 0;
      for (int attempt = 0; attempt < attempts; attempt++) {
        long startedNs = System.nanoTime();
        Process child = start(cliArguments, log);
        if (endedBeforeKill(child, log, marker, random.nextLong(windowMs + 1))) {
          System.out.printf("kill loop: attempt %d ended by itself after %d ms (exit %d)%n", attempt + 1,
              (System.nanoTime() - startedNs) / 1_000_000, child.exitValue());
          return new Outcome(kills, midwayKills, child.exitValue(), false, Files.readString(log, StandardCharsets.UTF_8));
        }
        child.destroyForcibly();
        long ranMs = (System.nanoTime() - startedNs) / 1_000_000;
        if (!child.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("the killed child did not end");
        kills++;
        boolean inTheWork = midway.call();
        if (inTheWork) midwayKills++;
        boolean done = finished.call();
        // printed so that a run whose kills all missed the work shows where they landed
        System.out.printf("kill loop: attempt %d killed after %d ms, %s%n", attempt + 1, ranMs,
            inTheWork ? "in the middle of the work" : done ? "after the work had finished" : "outside the work");
        if (done) return new Outcome(kills, midwayKills, null, true, "");
      }
      return new Outcome(kills, midwayKills, null, false, "");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Waits for the marker, then up to {@code afterMarkerMs} more: true when the child ended by itself meanwhile. */
  private static boolean endedBeforeKill(Process child, Path log, String marker, long afterMarkerMs) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (child.isAlive() && !Files.readString(log, StandardCharsets.UTF_8).contains(marker)) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("no '" + marker + "' from the child in 5 minutes");
      Thread.sleep(10);
    }
    return child.waitFor(afterMarkerMs, TimeUnit.MILLISECONDS);
  }

  private static Process start(List<String> cliArguments, Path log) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        CorebankCli.class.getName()));
    command.addAll(cliArguments);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
