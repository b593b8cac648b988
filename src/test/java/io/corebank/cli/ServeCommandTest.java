package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.ach.PayrollFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./corebank serve} as an operator runs it: {@code --once} processes what is ready and answers with
 * the return code, and the long-running process watches the directories with the serve profile until
 * SIGTERM, then stops cleanly (shutdown hook, database closed, the books check clean afterwards).
 */
class ServeCommandTest {
  @TempDir Path varDir;

  record Run(int rc, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    String[] all = Stream.concat(Arrays.stream(args), Stream.of("--var-dir", varDir.toString())).toArray(String[]::new);
    int rc = CorebankCli.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(rc, out.toString(), err.toString());
  }

  Path inbound() throws IOException {
    return Files.createDirectories(varDir.resolve("ach").resolve("inbound"));
  }

  static Path payroll(Path file, char modifier) {
    // to accounts this bank does not have: the file is processed, its entries returned R03
    PayrollFiles.write(file, "231380104", "121042882", "ACME PAYROLL", LocalDate.of(2026, 1, 2), modifier,
        List.of(new PayrollFiles.Payment("NOSUCH1", "JANE DOE", 12_34)).iterator());
    return file;
  }

  @Test
  void serveOnceProcessesWhatIsReadyAndAnswersEightWhenAFileIsRejected() throws IOException {
    Path good = payroll(inbound().resolve("good.ach"), 'A');
    Files.writeString(good.resolveSibling("good.ach.done"), "");
    Path bad = payroll(inbound().resolve("bad.ach"), 'B');
    List<String> lines = new ArrayList<>(Files.readAllLines(bad));
    lines.set(3, lines.get(3).substring(0, 32) + "000000009999" + lines.get(3).substring(44));
    Files.write(bad, lines);
    Files.writeString(bad.resolveSibling("bad.ach.done"), "");

    Run once = run("serve", "--once");
    assertThat(once.rc()).as(once.out() + once.err()).isEqualTo(ReturnCodes.ERROR);
    assertThat(once.out()).containsPattern("PROCESSED +good.ach -> archive/\\d{4}/\\d{2}/\\d{2}/good.ach")
        .containsPattern("REJECTED +bad.ach -> error/bad.ach: line 4")
        .contains("1 processed, 1 rejected or duplicate, 0 stopped");
    assertThat(varDir.resolve("ach/error/bad.ach.reason.txt")).exists();
    assertThat(inbound().resolve("good.ach")).doesNotExist();

    Run nothing = run("serve", "--once");
    assertThat(nothing.rc()).isZero();
    assertThat(nothing.out()).contains("0 processed, 0 rejected or duplicate");
  }

  @Test
  void serveWatchesTheDirectoriesUntilSigtermAndThenStopsCleanly() throws Exception {
    Path log = varDir.resolve("serve.log");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        CorebankCli.class.getName(), "serve", "--var-dir", varDir.toString(), "--corebank.ach.poll-ms=100",
        "--corebank.ach.stable-ms=300", "--corebank.mq.port=" + freePort());
    Files.createDirectories(varDir);
    Process serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      Path file = payroll(inbound().resolve("watched.ach"), 'C');
      Files.writeString(file.resolveSibling("watched.ach.done"), "");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (!archived("watched.ach") && serve.isAlive() && System.nanoTime() < deadline) Thread.sleep(100);
      assertThat(archived("watched.ach")).as(Files.readString(log)).isTrue();
    } finally {
      serve.destroy(); // SIGTERM
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    String output = Files.readString(log);
    assertThat(serve.exitValue()).as(output).isEqualTo(143); // 128 + SIGTERM: the JVM ran its shutdown hooks
    assertThat(output).contains("Corebank serve on jdbc:h2:", "ACH: watching", "scheduled ach-window-sameday1",
        "PROCESSED as ACH file", "Corebank serve: stopping", "Corebank serve: stopped").doesNotContain("Exception");
    // the database was closed cleanly and the lock released: the next command opens both
    assertThat(run("ledger", "check").rc()).isZero();
    assertThat(run("serve", "--once").rc()).isZero();
  }

  private boolean archived(String name) throws IOException {
    Path archive = varDir.resolve("ach").resolve("archive");
    if (!Files.isDirectory(archive)) return false;
    try (Stream<Path> s = Files.walk(archive)) {
      return s.anyMatch(p -> p.getFileName().toString().equals(name));
    }
  }

  static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
