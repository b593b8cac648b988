package io.corebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {
  @TempDir Path varDir;

  /** Run in a child JVM: starts a durable server, commits a row, says READY, and waits to be killed. */
  public static void main(String[] args) throws Exception {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), true);
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", ""); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE KEPT (V INT)");
      s.execute("INSERT INTO KEPT VALUES (42)");
    }
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(120_000);
  }

  @Test
  void aServerLeftRunningByAKilledCommandIsStoppedAndItsCommittedDataKept() throws Exception {
    Path data = varDir.resolve("pg");
    try {
      killAndTakeOver(data);
    } finally {
      // whatever happened above, leave no server running behind the test
      EmbeddedPostgresServer.stopLeftoverServer(data);
    }
  }

  private void killAndTakeOver(Path data) throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        EmbeddedPostgresServerTest.class.getName(), data.toString()).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("READY")) {
        // the child's log lines; READY means the row is committed
      }
      assertThat(line).as("child server start").isEqualTo("READY");
    }
    child.destroyForcibly(); // kill -9: no shutdown hook runs, the server stays up
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long leftoverPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive)).as("the orphaned server").isPresent();

    try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, true);
         Connection c = DriverManager.getConnection(second.jdbcUrl(), "postgres", "");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT V FROM KEPT")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive).isPresent() && System.nanoTime() < deadline) Thread.sleep(50);
      assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive)).as("the orphan is stopped").isEmpty();
    }
  }
}
