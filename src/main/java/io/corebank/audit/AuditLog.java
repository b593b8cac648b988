package io.corebank.audit;

import io.corebank.platform.IdAllocator;
import io.corebank.platform.SqlDialect;
import java.sql.Timestamp;
import java.time.Clock;
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

  public void record(String actor, String action, String entityType, Object entityId, String before, String after) {
    jdbc.update("INSERT INTO AUDIT_LOG (AUDIT_ID, OCCURRED_AT, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE_STATE, AFTER_STATE) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ids.next(), Timestamp.from(clock.instant()), actor, action, entityType, String.valueOf(entityId),
        clip(before), clip(after));
  }

  private static String clip(String state) {
    if (state == null || state.length() <= MAX_STATE_CHARS) return state;
    return state.substring(0, MAX_STATE_CHARS - 3) + "...";
  }
}
