package io.corebank.support;

import io.corebank.platform.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (zonky binaries, no Docker), with a fresh database for each
 * test context, so contexts never see each other's rows.
 */
public final class TestPostgres {
  private static EmbeddedPostgresServer server;
  private static final AtomicInteger databases = new AtomicInteger();

  private TestPostgres() {}

  /** JDBC URL of a new, empty database on the shared server. */
  public static synchronized String newDatabaseUrl(String prefix) {
    if (server == null) {
      server = EmbeddedPostgresServer.startTemporary();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
    }
    String name = (prefix + "_" + databases.incrementAndGet()).toLowerCase();
    String adminUrl = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
    try (Connection c = DriverManager.getConnection(adminUrl, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return "jdbc:postgresql://localhost:" + server.port() + "/" + name + "?reWriteBatchedInserts=true";
  }
}
