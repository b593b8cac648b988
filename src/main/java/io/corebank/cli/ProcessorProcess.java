package io.corebank.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The online processor as a process of its own: {@code corebank serve} in a child JVM on a given database, its
 * broker listening on a given TCP port. Ready once serve prints its banner; closed with SIGTERM (serve's
 * orderly stop), then -9 if it does not end.
 */
final class ProcessorProcess implements AutoCloseable {
  static final long READY_TIMEOUT_MS = 180_000;
  static final long STOP_TIMEOUT_MS = 60_000;
  private static final String READY_BANNER = "Corebank serve on ";

  private final Process process;
  private final Deque<String> lastLines = new ArrayDeque<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  /** Set when serve printed its banner; the latch also opens when its output ends (it died first). */
  private volatile boolean serving;

  private ProcessorProcess(Process process) {
    this.process = process;
    Thread pump = new Thread(this::pump, "processor-output");
    pump.setDaemon(true);
    pump.start();
  }

  /** Starts serve on {@code jdbcUrl} with its broker on {@code port} and {@code settings} as Spring properties; waits until it serves. */
  static ProcessorProcess start(String jdbcUrl, Path varDir, int port, Map<String, Object> settings) throws IOException,
      InterruptedException {
    List<String> command = javaCommand();
    // JVM options for the processor alone (a profiler, a heap size): the bench's own JVM is left as it is
    String jvmOptions = System.getenv("COREBANK_PROCESSOR_JAVA_OPTS");
    if (jvmOptions != null && !jvmOptions.isBlank()) command.addAll(1, List.of(jvmOptions.trim().split("\\s+")));
    command.addAll(List.of("serve", "--db", jdbcUrl, "--var-dir", varDir.toString(), "--corebank.mq.port=" + port));
    settings.forEach((key, value) -> command.add("--" + key + "=" + value));
    ProcessorProcess processor = new ProcessorProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    if (!processor.ready.await(READY_TIMEOUT_MS, TimeUnit.MILLISECONDS) || !processor.serving) {
      String tail = processor.tail();
      processor.close();
      throw new IllegalStateException("the processor (corebank serve) did not start; its last output:\n" + tail);
    }
    return processor;
  }

  /** This program again: {@code java -jar corebank.jar} from the jar, the class path and the CLI's class elsewhere (tests). */
  static List<String> javaCommand() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Optional<Path> jar = runningJar();
    if (jar.isPresent()) {
      command.addAll(List.of("-jar", jar.get().toString()));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), CorebankCli.class.getName()));
    }
    return command;
  }

  /** The jar this program runs from ({@code java -jar target/corebank.jar}), or empty on a class path (tests). */
  static Optional<Path> runningJar() {
    String classPath = System.getProperty("java.class.path");
    return classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator) ? Optional.of(Path.of(classPath))
        : Optional.empty();
  }

  long pid() {
    return process.pid();
  }

  private void pump() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        synchronized (lastLines) {
          lastLines.addLast(line);
          if (lastLines.size() > 40) lastLines.removeFirst();
        }
        if (line.startsWith(READY_BANNER)) {
          serving = true;
          ready.countDown();
        }
      }
    } catch (IOException e) {
      // the process ended; what it printed is in lastLines
    } finally {
      ready.countDown();
    }
  }

  String tail() {
    synchronized (lastLines) {
      return String.join("\n", lastLines);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
