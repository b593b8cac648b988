package io.corebank.businessdate;

import io.corebank.audit.AuditLog;
import io.corebank.platform.SqlDialect;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and moves the business date. Every journal is stamped with the business date current when it
 * posts. The date is read once and kept for {@link #CACHE_MS}: postings run at thousands per second, the
 * date changes once a day, and this service refreshes its copy whenever it changes the date itself.
 */
@Service
public class BusinessDateService {
  static final long CACHE_MS = 1000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final Clock clock;
  private final String lockRows;
  private volatile Cached cached;

  private record Cached(BusinessDay day, long readAtMs) {}

  public BusinessDateService(JdbcTemplate jdbc, TransactionTemplate tx, AuditLog audit, Clock clock, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.lockRows = dialect.lockRows();
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  public BusinessDay current() {
    Cached c = cached;
    long nowMs = System.nanoTime() / 1_000_000;
    if (c == null || nowMs - c.readAtMs() > CACHE_MS) {
      c = new Cached(read(), nowMs);
      cached = c;
    }
    return c.day();
  }

  public LocalDate currentDate() {
    return current().date();
  }

  /** Starts the close of the current day: the date stays, its state becomes CLOSING. */
  public BusinessDay beginClose(String actor) {
    return change(actor, "BUSINESS_DAY_CLOSE", day -> {
      if (day.state() != BusinessDay.State.OPEN) throw new IllegalStateException("business day " + day.date() + " is already closing");
      return new BusinessDay(day.date(), BusinessDay.State.CLOSING);
    });
  }

  /** Opens {@code next}, which must be after the current date. */
  public BusinessDay open(LocalDate next, String actor) {
    return change(actor, "BUSINESS_DAY_OPEN", day -> {
      if (!next.isAfter(day.date())) throw new IllegalArgumentException("new business date " + next + " is not after " + day.date());
      return new BusinessDay(next, BusinessDay.State.OPEN);
    });
  }

  private BusinessDay change(String actor, String action, java.util.function.UnaryOperator<BusinessDay> transition) {
    BusinessDay after = tx.execute(status -> {
      BusinessDay before = jdbc.queryForObject(
          "SELECT BUSINESS_DATE, DAY_STATE FROM BUSINESS_DAY WHERE BUSINESS_DAY_ID = 1" + lockRows, (rs, i) ->
              new BusinessDay(rs.getDate(1).toLocalDate(), BusinessDay.State.valueOf(rs.getString(2))));
      BusinessDay next = transition.apply(before);
      jdbc.update("UPDATE BUSINESS_DAY SET BUSINESS_DATE = ?, DAY_STATE = ?, CHANGED_AT = ? WHERE BUSINESS_DAY_ID = 1",
          Date.valueOf(next.date()), next.state().name(), Timestamp.from(clock.instant()));
      audit.record(actor, action, "BUSINESS_DAY", 1, before.toString(), next.toString());
      return next;
    });
    cached = new Cached(after, System.nanoTime() / 1_000_000);
    return after;
  }

  private BusinessDay read() {
    return jdbc.queryForObject("SELECT BUSINESS_DATE, DAY_STATE FROM BUSINESS_DAY WHERE BUSINESS_DAY_ID = 1", (rs, i) ->
        new BusinessDay(rs.getDate(1).toLocalDate(), BusinessDay.State.valueOf(rs.getString(2))));
  }
}
