package io.corebank.ach;

import io.corebank.platform.Findings;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Proves the ACH records hold together, read-only, by set-based SQL: every entry record has its file, which
 * the database no longer checks row by row (V12). The postings themselves are the ledger's to prove
 * ({@code ledger check}).
 */
@Service
public class AchCheck {
  static final int MAX_LISTED = 1000;

  private final JdbcTemplate jdbc;

  public AchCheck(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What the check looked at and every difference it found; clean means none.
   *
   * @param differencesFound may exceed {@code differences.size()}: the list keeps the first {@link #MAX_LISTED}
   */
  public record Report(long files, long entryRecords, long differencesFound, List<String> differences) {
    public boolean clean() {
      return differencesFound == 0;
    }
  }

  public Report run() {
    Findings difference = new Findings(MAX_LISTED);
    jdbc.query("SELECT e.FILE_ID, COUNT(*), MIN(e.LINE_NO) FROM ACH_ENTRY e LEFT JOIN ACH_FILE f ON f.FILE_ID = e.FILE_ID "
        + "WHERE f.FILE_ID IS NULL GROUP BY e.FILE_ID ORDER BY e.FILE_ID", rs -> {
          difference.accept("file " + rs.getLong(1) + " is not registered, but " + rs.getLong(2)
              + " entry record(s) name it (the first at line " + rs.getLong(3) + ")");
        });
    Long files = jdbc.queryForObject("SELECT COUNT(*) FROM ACH_FILE", Long.class);
    Long entries = jdbc.queryForObject("SELECT COUNT(*) FROM ACH_ENTRY", Long.class);
    return new Report(files == null ? 0 : files, entries == null ? 0 : entries, difference.count(), difference.listed());
  }
}
