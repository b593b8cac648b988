package io.corebank.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the jar (zonky's binaries), its data kept in a directory so that
 * state survives between commands. Closing it stops the server cleanly.
 *
 * <p>zonky starts PostgreSQL with fsync and synchronous_commit off, which is right for throw-away test
 * databases and wrong for a ledger: {@code durable} turns both back on.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  static final long LEFTOVER_STOP_MS = 30_000;
  /** Written into the data directory once a server has started on it. */
  static final String INITIALIZED_MARKER = "corebank-started.txt";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
    try {
      Files.createDirectories(dataDirectory);
      stopLeftoverServer(dataDirectory);
      discardUnfinishedInitdb(dataDirectory);
      Path workingDirectory = dataDirectory.toAbsolutePath().getParent().resolve("pg-binaries");
      Files.createDirectories(workingDirectory);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory.toAbsolutePath())
          .setCleanDataDirectory(false)
          .setOverrideWorkingDirectory(workingDirectory.toFile())
          .setServerConfig("max_connections", "100")
          .setServerConfig("shared_buffers", "256MB")
          // batch jobs write gigabytes of WAL: fewer checkpoints mean fewer full-page images (durability unchanged)
          .setServerConfig("max_wal_size", "4GB")
          .setServerConfig("checkpoint_timeout", "15min")
          .setServerConfig("wal_buffers", "32MB")
          // after a crash the server replays the WAL before it accepts connections: up to max_wal_size of it,
          // which takes far longer than zonky's 10 s default (seen: "consistent recovery state has not been yet reached")
          .setPGStartupWait(Duration.ofMinutes(10));
      if (durable) {
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
      Files.writeString(dataDirectory.resolve(INITIALIZED_MARKER), "started by corebank\n");
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  /**
   * A data directory without our marker was never started (nothing can have been committed to it): it
   * is what a command killed during initdb leaves, and initdb would never be run on it again. Start over.
   */
  static void discardUnfinishedInitdb(Path dataDirectory) throws IOException {
    if (Files.exists(dataDirectory.resolve(INITIALIZED_MARKER))) return;
    try (Stream<Path> entries = Files.list(dataDirectory)) {
      if (entries.findAny().isEmpty()) return;
    }
    LOG.warn("{} holds an unfinished initdb (no server was ever started on it): initializing it again", dataDirectory);
    // a killed command can leave its initdb (or the server it was starting) running on the directory
    stopProcessesUsing(dataDirectory);
    for (int attempt = 1; ; attempt++) {
      try (Stream<Path> tree = Files.walk(dataDirectory)) {
        for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
          if (!p.equals(dataDirectory)) Files.deleteIfExists(p);
        }
        return;
      } catch (java.nio.file.DirectoryNotEmptyException | java.io.UncheckedIOException e) {
        if (attempt >= 5) throw e;
        stopProcessesUsing(dataDirectory);
      }
    }
  }

  /** Kills every process whose command line names {@code dataDirectory} (an orphaned initdb or postgres). */
  static void stopProcessesUsing(Path dataDirectory) {
    String dir = dataDirectory.toAbsolutePath().toString();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(args -> java.util.Arrays.stream(args).anyMatch(a -> a.contains(dir))).orElse(false)
            || p.info().commandLine().map(c -> c.contains(dir)).orElse(false))
        .filter(p -> p.pid() != ProcessHandle.current().pid())
        .forEach(p -> {
          LOG.warn("stopping process {} ({}) left running on {}", p.pid(), p.info().command().orElse("?"), dir);
          p.destroyForcibly();
          try {
            p.onExit().get(LEFTOVER_STOP_MS, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (ExecutionException | TimeoutException e) {
            // gone or stuck: the deletion retries
          }
        });
  }

  /**
   * A command killed outright (kill -9, a crash) cannot stop the server it started, and that server keeps
   * the data directory: stop it (a normal shutdown, then a hard one after {@link #LEFTOVER_STOP_MS}) so
   * this start can use the directory. A stale pid file with no process behind it is PostgreSQL's to clean.
   */
  static void stopLeftoverServer(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) return;
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) return;
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    if (leftover.isEmpty()) return;
    LOG.warn("stopping the PostgreSQL server (pid {}) that a previous run left on {}", pid, dataDirectory);
    ProcessHandle server = leftover.get();
    server.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the dead client's sessions are already gone
    try {
      server.onExit().get(LEFTOVER_STOP_MS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      server.destroyForcibly(); // the next start runs crash recovery from the WAL: committed data is kept
      server.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping a leftover PostgreSQL server", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not stop the leftover PostgreSQL server " + pid, e);
    }
  }

  /** A throw-away server for tests: temporary data, no durability. */
  public static EmbeddedPostgresServer startTemporary() {
    try {
      return new EmbeddedPostgresServer(EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }

  /** JDBC URL with batched inserts rewritten into multi-row INSERTs (one round trip per batch). */
  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
