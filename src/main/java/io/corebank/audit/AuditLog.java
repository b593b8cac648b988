package io.corebank.audit;

import io.corebank.platform.IdAllocator;
import io.corebank.platform.SqlDialect;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only record of who changed what and when, with the state before and after. Written in the
 * caller's transaction, so an audited change and its audit record commit or roll back together.
 */
@Component
public class AuditLog {
  /** Longer states are cut here (the column is VARCHAR(2000)); the cut is marked with "...". */
  static final int MAX_STATE_CHARS = 2000;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final IdAllocator ids;

  public AuditLog(JdbcTemplate jdbc, SqlDialect dialect, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ids = new IdAllocator(jdbc, dialect, "AUDIT_SEQ");
  }

  /** One audited change: who did what to which entity, with its state before (null when created) and after. */
  public record Entry(String actor, String action, String entityType, Object entityId, String before, String after) {}

  public void record(String actor, String action, String entityType, Object entityId, String before, String after) {
    recordAll(List.of(new Entry(actor, action, entityType, entityId, before, after)));
  }

  /** Records many changes in one JDBC batch (opening ten thousand accounts is ten thousand audit records). */
  public void recordAll(List<Entry> entries) {
    if (entries.isEmpty()) return;
    Timestamp now = Timestamp.from(clock.instant());
    List<Object[]> rows = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      rows.add(new Object[] {ids.next(), now, e.actor(), e.action(), e.entityType(), String.valueOf(e.entityId()), clip(e.before()),
          clip(e.after())});
    }
    jdbc.batchUpdate("INSERT INTO AUDIT_LOG (AUDIT_ID, OCCURRED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE_STATE, AFTER_STATE) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  /** The most recent record of {@code action} on the entity, if any. */
  public java.util.Optional<Entry> latest(String action, String entityType, Object entityId) {
    return jdbc.query("SELECT ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE_STATE, AFTER_STATE FROM AUDIT_LOG WHERE ACTION = ? "
            + "AND ENTITY_TYPE = ? AND ENTITY_ID = ? ORDER BY AUDIT_ID DESC FETCH FIRST 1 ROWS ONLY",
        (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
        action, entityType, String.valueOf(entityId)).stream().findFirst();
  }

  private static String clip(String state) {
    if (state == null || state.length() <= MAX_STATE_CHARS) return state;
    return state.substring(0, MAX_STATE_CHARS - 3) + "...";
  }
}
