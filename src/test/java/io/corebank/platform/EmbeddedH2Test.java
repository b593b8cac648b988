package io.corebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedH2Test {
  @TempDir Path varDir;

  @Test
  void aNewDatabaseAppearsOnlyFullyMigratedEvenAfterAKilledFirstAttempt() throws Exception {
    DatabaseOption.EmbeddedH2 h2 = (DatabaseOption.EmbeddedH2) DatabaseOption.parse("h2", varDir);
    Path dir = varDir.resolve("h2");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("corebank-new.mv.db"), "what a first start killed during its migrations left");

    String url = (String) h2.datasourceProperties().get("spring.datasource.url");
    assertThat(dir.resolve("corebank.mv.db")).exists();
    assertThat(dir.resolve("corebank-new.mv.db")).doesNotExist();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
         ResultSet rs = c.createStatement().executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      java.util.List<String> versions = new java.util.ArrayList<>();
      while (rs.next()) versions.add(rs.getString(1));
      // every migration the jar holds for H2, in order: nothing left half-done by the killed attempt
      assertThat(versions).containsExactlyElementsOf(migrationVersions("common", "h2"));
    }
    // an existing database is used as it is
    assertThat(h2.datasourceProperties().get("spring.datasource.url")).isEqualTo(url);
  }

  private static java.util.List<String> migrationVersions(String... folders) throws Exception {
    java.util.TreeSet<Integer> versions = new java.util.TreeSet<>();
    for (String folder : folders) {
      Path dir = Path.of(EmbeddedH2Test.class.getClassLoader().getResource("db/migration/" + folder).toURI());
      try (var files = Files.list(dir)) {
        files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
            .forEach(n -> versions.add(Integer.parseInt(n.substring(1, n.indexOf("__")))));
      }
    }
    return versions.stream().map(String::valueOf).toList();
  }
}
