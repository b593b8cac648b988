package io.corebank.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server started from the jar (zonky's binaries), its data kept in a directory so that
 * state survives between commands. Closing it stops the server cleanly.
 *
 * <p>zonky starts PostgreSQL with fsync and synchronous_commit off, which is right for throw-away test
 * databases and wrong for a ledger: {@code durable} turns both back on.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
    try {
      Files.createDirectories(dataDirectory);
      Path workingDirectory = dataDirectory.toAbsolutePath().getParent().resolve("pg-binaries");
      Files.createDirectories(workingDirectory);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory.toAbsolutePath())
          .setCleanDataDirectory(false)
          .setOverrideWorkingDirectory(workingDirectory.toFile())
          .setServerConfig("max_connections", "100")
          .setServerConfig("shared_buffers", "256MB");
      if (durable) {
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      return new EmbeddedPostgresServer(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
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
