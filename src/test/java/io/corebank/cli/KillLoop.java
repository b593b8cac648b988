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
 * by itself, a kill finds the work already finished, or the attempts are used up. Each attempt waits longer
 * than the one before: the child's start (JVM, Spring, migrations) takes seconds on a loaded machine, and the
 * kills must land in the work.
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
   * @param finished asked after each kill: true when the work had already finished, so that running the command
   *                 again would not resume it but do something else (an ACH file ingested again is a duplicate)
   */
  static Outcome run(List<String> cliArguments, long seed, int attempts, long firstWaitMs, long stepMs, Callable<Boolean> midway,
      Callable<Boolean> finished) throws Exception {
    return loop(cliArguments, seed, attempts, (child, log, attempt, random) ->
        child.waitFor(firstWaitMs + stepMs * attempt + random.nextInt(2_000), TimeUnit.MILLISECONDS), midway, finished);
  }

  /**
   * Like {@link #run}, but each kill is aimed: the child is killed at a seeded moment within {@code windowMs} after
   * {@code marker} appears in its output (a log line that says the work to interrupt has begun), not after a
   * fixed wait. On a loaded machine the child's start alone can outlast a fixed wait, and a short piece of work
   * can fall between two kills. An attempt in which the marker never appears is left to end by itself.
   */
  static Outcome runAimed(List<String> cliArguments, long seed, int attempts, String marker, long windowMs, Callable<Boolean> midway)
      throws Exception {
    return loop(cliArguments, seed, attempts, (child, log, attempt, random) -> {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (child.isAlive() && !Files.readString(log, StandardCharsets.UTF_8).contains(marker)) {
        if (System.nanoTime() > deadline) throw new IllegalStateException("no '" + marker + "' from the child in 5 minutes");
        Thread.sleep(10);
      }
      return child.waitFor(random.nextLong(windowMs + 1), TimeUnit.MILLISECONDS);
    }, midway, () -> false);
  }

  /** How long an attempt's child is left to run: true when it ended by itself meanwhile. */
  private interface Wait {
    boolean endedBeforeKill(Process child, Path log, int attempt, SplittableRandom random) throws Exception;
  }

  private static Outcome loop(List<String> cliArguments, long seed, int attempts, Wait wait, Callable<Boolean> midway,
      Callable<Boolean> finished) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Path log = Files.createTempFile("kill-loop", ".log");
    try {
      int kills = 0;
      int midwayKills = 0;
      for (int attempt = 0; attempt < attempts; attempt++) {
        Process child = start(cliArguments, log);
        if (wait.endedBeforeKill(child, log, attempt, random)) {
          return new Outcome(kills, midwayKills, child.exitValue(), false, Files.readString(log, StandardCharsets.UTF_8));
        }
        child.destroyForcibly();
        if (!child.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("the killed child did not end");
        kills++;
        if (midway.call()) midwayKills++;
        if (finished.call()) return new Outcome(kills, midwayKills, null, true, "");
      }
      return new Outcome(kills, midwayKills, null, false, "");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static Process start(List<String> cliArguments, Path log) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        CorebankCli.class.getName()));
    command.addAll(cliArguments);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
