package io.corebank.cli;

import io.corebank.platform.DatabaseOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.util.FileSystemUtils;

/**
 * A bench's own database. An embedded one (H2 or PostgreSQL) is made new for every run in its own folder
 * under the bench's var directory, so a figure never depends on what earlier runs left behind (a database
 * grown by every run of every bench measures its own size, and the COBOL baseline starts from new indexed
 * files every time too). A JDBC URL is used as it is.
 */
final class BenchDatabase {
  private BenchDatabase() {}

  /** Whether {@code --db} names a database this program owns and may make anew. */
  static boolean embedded(String db) {
    String v = db == null ? DatabaseOption.H2 : db.strip().toLowerCase(Locale.ROOT);
    return v.equals(DatabaseOption.H2) || v.equals(DatabaseOption.EMBEDDED_POSTGRES);
  }

  /**
   * The var directory of a bench's session, made if missing: {@code benchDir/name}, emptied first, when the
   * database is embedded; {@code benchDir} itself for a JDBC URL.
   */
  static Path newSessionDir(Path benchDir, String name, String db) {
    Path dir = embedded(db) ? benchDir.resolve(name) : benchDir;
    try {
      if (embedded(db)) FileSystemUtils.deleteRecursively(dir);
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the bench's new database under " + dir, e);
    }
  }

  /** The benches' directory: {@code <var-dir>/bench}, or the var directory itself when it already is one. */
  static Path benchDir(Path varDir) {
    return varDir.endsWith("bench") ? varDir : varDir.resolve("bench");
  }

  /** What the bench prints after the database's URL. */
  static String newForThisRun(String db) {
    return embedded(db) ? " (new for this run)" : "";
  }
}
