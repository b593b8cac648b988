package io.corebank.ledger;

import static io.corebank.platform.Money.toCents;
import static io.corebank.platform.Money.toDecimal;

import io.corebank.platform.PostgresCopy;
import io.corebank.platform.SqlDialect;
import io.corebank.platform.SqlMembership;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The ledger's SQL: the only code in the system that writes JOURNAL, LEDGER_ENTRY, ACCOUNT_BALANCE and
 * ACCOUNT_HOLD. Every method runs in the caller's transaction; writes are JDBC batches, so a batch of
 * thousands of journals costs a handful of round trips.
 */
final class LedgerStore {
  /** IN lists are cut at this size and padded to a power of two, so the database sees few statement shapes. */

  record JournalRow(long journalId, LocalDate businessDate, Instant postedAt, JournalRequest request, String requestHash) {}

  record EntryRow(long entryId, long journalId, Leg leg, LocalDate effectiveDate) {}

  /** What an idempotency key already stands for. */
  record KeyRecord(long id, String requestHash, LocalDate businessDate) {}

  record JournalHeader(long journalId, LocalDate businessDate, String sourceSystem, String externalRef, String txnCode,
      String description, Long reversesJournalId) {}

  private final JdbcTemplate jdbc;
  private final String lockRows;
  private final String lockBalanceRowsOfJoin;
  /**
   * On PostgreSQL a batch of thousands of rows is appended with COPY and updated or locked with one
   * statement binding whole columns as arrays ({@code unnest}, {@code = ANY}), instead of thousands of
   * pipelined statements. H2 and Db2 use plain JDBC batches.
   */
  private final boolean postgresBulk;
  /** Below this many rows plain binds beat building and parsing arrays (measured on single transfers). */
  static final int ARRAY_MIN_ROWS = SqlMembership.ARRAY_MIN_ROWS;
  private final SqlMembership membership;

  LedgerStore(JdbcTemplate jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.lockRows = dialect.lockRows();
    this.lockBalanceRowsOfJoin = dialect.lockRowsOfOneTable("b");
    this.postgresBulk = dialect == SqlDialect.POSTGRESQL;
    this.membership = new SqlMembership(jdbc, dialect);
  }

  /**
   * Locks the balance rows of {@code accountIds} in ascending id order (the one lock order of the whole
   * system, so concurrent postings cannot deadlock) and returns them with the attributes the rules need.
   * Unknown ids are simply absent from the result.
   */
  Map<Long, AccountState> lock(Collection<Long> accountIds) {
    TreeSet<Long> sorted = new TreeSet<>(accountIds);
    return lockBalanceRowsOfJoin != null ? lockJoined(sorted) : lockThenRead(sorted);
  }

  /** PostgreSQL: one statement that locks the balance rows and reads the account attributes with them. */
  private Map<Long, AccountState> lockJoined(TreeSet<Long> sorted) {
    Map<Long, AccountState> states = new HashMap<>();
    // ORDER BY comes before the lock clause: PostgreSQL locks the rows in ascending id order
    queryIn("SELECT b.ACCOUNT_ID, b.CURRENCY, b.CURRENT_BALANCE, b.HELD_AMOUNT, b.PENDING_AMOUNT, a.STATUS, a.ACCOUNT_LIMIT, "
        + "p.FLOOR_ENFORCED FROM ACCOUNT_BALANCE b JOIN ACCOUNT a ON a.ACCOUNT_ID = b.ACCOUNT_ID "
        + "JOIN PRODUCT p ON p.PRODUCT_CODE = a.PRODUCT_CODE WHERE b.ACCOUNT_ID", sorted, "bigint",
        " ORDER BY b.ACCOUNT_ID" + lockBalanceRowsOfJoin, rs -> {
          AccountState s = new AccountState(rs.getLong(1), rs.getString(2), AccountStatus.valueOf(rs.getString(6)),
              toCents(rs.getBigDecimal(7)), "Y".equals(rs.getString(8)), toCents(rs.getBigDecimal(3)),
              toCents(rs.getBigDecimal(4)), toCents(rs.getBigDecimal(5)));
          states.put(s.accountId, s);
        });
    return states;
  }

  /** H2 and Db2: lock the balance rows alone (in ascending id order), then read the account attributes unlocked. */
  private Map<Long, AccountState> lockThenRead(TreeSet<Long> sorted) {
    record Balance(String currency, long current, long held, long pending) {}
    record Rules(AccountStatus status, long limitCents, boolean floorEnforced) {}
    Map<Long, Balance> balances = new HashMap<>();
    Map<Long, Rules> rules = new HashMap<>();
    queryIn("SELECT ACCOUNT_ID, CURRENCY, CURRENT_BALANCE, HELD_AMOUNT, PENDING_AMOUNT FROM ACCOUNT_BALANCE WHERE ACCOUNT_ID",
        sorted, "bigint", " ORDER BY ACCOUNT_ID" + lockRows, rs -> {
          balances.put(rs.getLong(1), new Balance(rs.getString(2), toCents(rs.getBigDecimal(3)), toCents(rs.getBigDecimal(4)),
              toCents(rs.getBigDecimal(5))));
        });
    queryIn("SELECT a.ACCOUNT_ID, a.STATUS, a.ACCOUNT_LIMIT, p.FLOOR_ENFORCED FROM ACCOUNT a JOIN PRODUCT p "
        + "ON p.PRODUCT_CODE = a.PRODUCT_CODE WHERE a.ACCOUNT_ID", sorted, "bigint", "", rs -> {
          rules.put(rs.getLong(1), new Rules(AccountStatus.valueOf(rs.getString(2)), toCents(rs.getBigDecimal(3)), "Y".equals(rs.getString(4))));
        });
    Map<Long, AccountState> states = new HashMap<>();
    balances.forEach((id, b) -> {
      Rules r = rules.get(id);
      states.put(id, new AccountState(id, b.currency(), r.status(), r.limitCents(), r.floorEnforced(), b.current(), b.held(), b.pending()));
    });
    return states;
  }

  Map<String, KeyRecord> findJournalKeys(Collection<String> keys) {
    Map<String, KeyRecord> found = new HashMap<>();
    queryIn("SELECT IDEMPOTENCY_KEY, JOURNAL_ID, REQUEST_HASH, BUSINESS_DATE FROM JOURNAL WHERE IDEMPOTENCY_KEY",
        new TreeSet<>(keys), "varchar", "", rs -> {
          found.put(rs.getString(1), new KeyRecord(rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate()));
        });
    return found;
  }

  /** Runs {@code selectWhereColumn + <membership in values> + tail} over all the values, ascending. */
  private <T> void queryIn(String selectWhereColumn, TreeSet<T> values, String sqlArrayType, String tail, RowCallbackHandler rows) {
    membership.query(selectWhereColumn, values, sqlArrayType, tail, rows);
  }

  /**
   * Writes a batch's journals, entries and balance deltas. On PostgreSQL a small batch (an online
   * transfer) goes as one statement of data-modifying CTEs, one round trip instead of three: the balance
   * rows are already locked in ascending order, so the order inside the statement cannot deadlock.
   */
  void write(List<JournalRow> journals, List<EntryRow> entries, Collection<AccountState> states, Instant asOf) {
    List<AccountState> changed = new ArrayList<>();
    for (AccountState a : states) if (a.changed()) changed.add(a);
    changed.sort((a, b) -> Long.compare(a.accountId, b.accountId));
    if (postgresBulk && !journals.isEmpty() && !changed.isEmpty() && journals.size() + entries.size() + changed.size() < ARRAY_MIN_ROWS) {
      writeInOneStatement(journals, entries, changed, asOf);
      return;
    }
    insertJournals(journals);
    insertEntries(entries);
    applyDeltas(changed, asOf);
  }

  private void writeInOneStatement(List<JournalRow> journals, List<EntryRow> entries, List<AccountState> changed, Instant asOf) {
    StringBuilder sql = new StringBuilder(512).append("WITH j AS (INSERT INTO JOURNAL (JOURNAL_ID, BUSINESS_DATE, POSTED_AT, "
        + "SOURCE_SYSTEM, EXTERNAL_REF, IDEMPOTENCY_KEY, REQUEST_HASH, TXN_CODE, DESCRIPTION, ACTOR, REVERSES_JOURNAL_ID, HOLD_ID) VALUES ");
    for (int i = 0; i < journals.size(); i++) sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql.append("), e AS (INSERT INTO LEDGER_ENTRY (ENTRY_ID, JOURNAL_ID, ACCOUNT_ID, DIRECTION, AMOUNT, CURRENCY, EFFECTIVE_DATE) VALUES ");
    for (int i = 0; i < entries.size(); i++) sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
    sql.append("), u AS (UPDATE ACCOUNT_BALANCE b SET CURRENT_BALANCE = b.CURRENT_BALANCE + d.CD, HELD_AMOUNT = b.HELD_AMOUNT + d.HD, "
        + "PENDING_AMOUNT = b.PENDING_AMOUNT + d.PD, AVAILABLE_BALANCE = b.AVAILABLE_BALANCE + d.AD, AS_OF = ? FROM (VALUES ");
    for (int i = 0; i < changed.size(); i++) {
      sql.append(i == 0 ? "(?::bigint, ?::numeric, ?::numeric, ?::numeric, ?::numeric)" : ", (?, ?, ?, ?, ?)");
    }
    sql.append(") AS d(ID, CD, HD, PD, AD) WHERE b.ACCOUNT_ID = d.ID RETURNING 1) SELECT COUNT(*) FROM u");
    Timestamp ts = Timestamp.from(asOf);
    Long updated = jdbc.query(sql.toString(), ps -> {
      int p = 1;
      for (JournalRow row : journals) p = bindJournal(ps, p, row);
      for (EntryRow row : entries) p = bindEntry(ps, p, row);
      ps.setTimestamp(p++, ts);
      for (AccountState a : changed) {
        ps.setLong(p++, a.accountId);
        ps.setBigDecimal(p++, toDecimal(a.currentDelta()));
        ps.setBigDecimal(p++, toDecimal(a.heldDelta()));
        ps.setBigDecimal(p++, toDecimal(a.pendingDelta()));
        ps.setBigDecimal(p++, toDecimal(a.availableDelta()));
      }
    }, rs -> rs.next() ? rs.getLong(1) : 0L);
    // every row was locked moments ago in this transaction; a miss means the lock or an id is wrong
    if (updated == null || updated != changed.size()) {
      throw new IllegalStateException(changed.size() + " balance rows to update, " + updated + " updated");
    }
  }

  private static int bindJournal(PreparedStatement ps, int p, JournalRow row) throws SQLException {
    JournalRequest r = row.request();
    ps.setLong(p++, row.journalId());
    ps.setDate(p++, Date.valueOf(row.businessDate()));
    ps.setTimestamp(p++, Timestamp.from(row.postedAt()));
    ps.setString(p++, r.sourceSystem());
    ps.setString(p++, r.externalRef());
    ps.setString(p++, r.idempotencyKey());
    ps.setString(p++, row.requestHash());
    ps.setString(p++, r.txnCode());
    ps.setString(p++, r.description() == null ? "" : r.description());
    ps.setString(p++, r.actor());
    setNullableLong(ps, p++, r.reversesJournalId());
    setNullableLong(ps, p++, r.holdId());
    return p;
  }

  private static int bindEntry(PreparedStatement ps, int p, EntryRow row) throws SQLException {
    ps.setLong(p++, row.entryId());
    ps.setLong(p++, row.journalId());
    ps.setLong(p++, row.leg().accountId());
    ps.setString(p++, String.valueOf(row.leg().direction().code()));
    ps.setBigDecimal(p++, toDecimal(row.leg().amountCents()));
    ps.setString(p++, row.leg().currency());
    ps.setDate(p++, Date.valueOf(row.effectiveDate()));
    return p;
  }

  private void insertJournals(List<JournalRow> rows) {
    if (rows.isEmpty()) return;
    if (postgresBulk && rows.size() >= ARRAY_MIN_ROWS) {
      PostgresCopy.Rows copy = new PostgresCopy.Rows(rows.size());
      for (JournalRow row : rows) {
        JournalRequest r = row.request();
        copy.add(row.journalId()).add(row.businessDate()).add(Timestamp.from(row.postedAt())).add(r.sourceSystem())
            .add(r.externalRef()).add(r.idempotencyKey()).add(row.requestHash()).add(r.txnCode())
            .add(r.description() == null ? "" : r.description()).add(r.actor()).add(r.reversesJournalId()).add(r.holdId()).endRow();
      }
      copyIn("JOURNAL", JOURNAL_COLUMNS, copy, rows.size());
      return;
    }
    jdbc.batchUpdate("INSERT INTO JOURNAL (JOURNAL_ID, BUSINESS_DATE, POSTED_AT, SOURCE_SYSTEM, EXTERNAL_REF, IDEMPOTENCY_KEY, "
        + "REQUEST_HASH, TXN_CODE, DESCRIPTION, ACTOR, REVERSES_JOURNAL_ID, HOLD_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new BatchPreparedStatementSetter() {
          @Override public void setValues(PreparedStatement ps, int i) throws SQLException {
            bindJournal(ps, 1, rows.get(i));
          }
          @Override public int getBatchSize() { return rows.size(); }
        });
  }

  private void insertEntries(List<EntryRow> rows) {
    if (rows.isEmpty()) return;
    if (postgresBulk && rows.size() >= ARRAY_MIN_ROWS) {
      PostgresCopy.Rows copy = new PostgresCopy.Rows(rows.size());
      for (EntryRow row : rows) {
        copy.add(row.entryId()).add(row.journalId()).add(row.leg().accountId()).add(String.valueOf(row.leg().direction().code()))
            .add(toDecimal(row.leg().amountCents())).add(row.leg().currency()).add(row.effectiveDate()).endRow();
      }
      copyIn("LEDGER_ENTRY", ENTRY_COLUMNS, copy, rows.size());
      return;
    }
    jdbc.batchUpdate("INSERT INTO LEDGER_ENTRY (ENTRY_ID, JOURNAL_ID, ACCOUNT_ID, DIRECTION, AMOUNT, CURRENCY, EFFECTIVE_DATE) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
          @Override public void setValues(PreparedStatement ps, int i) throws SQLException {
            bindEntry(ps, 1, rows.get(i));
          }
          @Override public int getBatchSize() { return rows.size(); }
        });
  }

  private static final String JOURNAL_COLUMNS = "JOURNAL_ID, BUSINESS_DATE, POSTED_AT, SOURCE_SYSTEM, EXTERNAL_REF, "
      + "IDEMPOTENCY_KEY, REQUEST_HASH, TXN_CODE, DESCRIPTION, ACTOR, REVERSES_JOURNAL_ID, HOLD_ID";
  private static final String ENTRY_COLUMNS = "ENTRY_ID, JOURNAL_ID, ACCOUNT_ID, DIRECTION, AMOUNT, CURRENCY, EFFECTIVE_DATE";

  private void copyIn(String table, String columns, PostgresCopy.Rows rows, int expected) {
    Long copied = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) c -> PostgresCopy.copyIn(c, table, columns, rows));
    if (copied == null || copied != expected) throw new IllegalStateException(expected + " rows to copy into " + table + ", " + copied + " copied");
  }

  /** Writes the deltas of the changed accounts (ascending account order) as one statement or JDBC batch. */
  private void applyDeltas(List<AccountState> changed, Instant asOf) {
    if (changed.isEmpty()) return;
    Timestamp ts = Timestamp.from(asOf);
    if (postgresBulk && changed.size() >= ARRAY_MIN_ROWS) {
      int n = changed.size();
      Long[] ids = new Long[n];
      BigDecimal[] current = new BigDecimal[n], held = new BigDecimal[n], pending = new BigDecimal[n], available = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        AccountState s = changed.get(i);
        ids[i] = s.accountId;
        current[i] = toDecimal(s.currentDelta());
        held[i] = toDecimal(s.heldDelta());
        pending[i] = toDecimal(s.pendingDelta());
        available[i] = toDecimal(s.availableDelta());
      }
      int updated = jdbc.update("UPDATE ACCOUNT_BALANCE b SET CURRENT_BALANCE = b.CURRENT_BALANCE + d.CURRENT_DELTA, "
          + "HELD_AMOUNT = b.HELD_AMOUNT + d.HELD_DELTA, PENDING_AMOUNT = b.PENDING_AMOUNT + d.PENDING_DELTA, "
          + "AVAILABLE_BALANCE = b.AVAILABLE_BALANCE + d.AVAILABLE_DELTA, AS_OF = ? "
          + "FROM unnest(?::bigint[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[]) "
          + "AS d(ACCOUNT_ID, CURRENT_DELTA, HELD_DELTA, PENDING_DELTA, AVAILABLE_DELTA) WHERE b.ACCOUNT_ID = d.ACCOUNT_ID", ps -> {
            Connection c = ps.getConnection();
            ps.setTimestamp(1, ts);
            ps.setArray(2, c.createArrayOf("bigint", ids));
            ps.setArray(3, c.createArrayOf("numeric", current));
            ps.setArray(4, c.createArrayOf("numeric", held));
            ps.setArray(5, c.createArrayOf("numeric", pending));
            ps.setArray(6, c.createArrayOf("numeric", available));
          });
      // every row was locked moments ago in this transaction; a miss means the lock or an id is wrong
      if (updated != n) throw new IllegalStateException(n + " balance rows to update, " + updated + " updated");
      return;
    }
    int[] counts = jdbc.batchUpdate("UPDATE ACCOUNT_BALANCE SET CURRENT_BALANCE = CURRENT_BALANCE + ?, "
        + "HELD_AMOUNT = HELD_AMOUNT + ?, PENDING_AMOUNT = PENDING_AMOUNT + ?, AVAILABLE_BALANCE = AVAILABLE_BALANCE + ?, "
        + "AS_OF = ? WHERE ACCOUNT_ID = ?", new BatchPreparedStatementSetter() {
          @Override public void setValues(PreparedStatement ps, int i) throws SQLException {
            AccountState s = changed.get(i);
            ps.setBigDecimal(1, toDecimal(s.currentDelta()));
            ps.setBigDecimal(2, toDecimal(s.heldDelta()));
            ps.setBigDecimal(3, toDecimal(s.pendingDelta()));
            ps.setBigDecimal(4, toDecimal(s.availableDelta()));
            ps.setTimestamp(5, ts);
            ps.setLong(6, s.accountId);
          }
          @Override public int getBatchSize() { return changed.size(); }
        });
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 1 && counts[i] != java.sql.Statement.SUCCESS_NO_INFO) {
        throw new IllegalStateException("balance row of account " + changed.get(i).accountId + " updated " + counts[i] + " times");
      }
    }
  }

  JournalHeader findJournal(long journalId) {
    List<JournalHeader> found = jdbc.query("SELECT JOURNAL_ID, BUSINESS_DATE, SOURCE_SYSTEM, EXTERNAL_REF, TXN_CODE, DESCRIPTION, "
        + "REVERSES_JOURNAL_ID FROM JOURNAL WHERE JOURNAL_ID = ?", (rs, i) -> new JournalHeader(rs.getLong(1),
            rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            nullableLong(rs, 7)), journalId);
    return found.isEmpty() ? null : found.get(0);
  }

  List<Leg> legsOf(long journalId) {
    return jdbc.query("SELECT ACCOUNT_ID, DIRECTION, AMOUNT, CURRENCY FROM LEDGER_ENTRY WHERE JOURNAL_ID = ? ORDER BY ENTRY_ID",
        (rs, i) -> new Leg(rs.getLong(1), Direction.of(rs.getString(2)), toCents(rs.getBigDecimal(3)), rs.getString(4)), journalId);
  }

  // ---- holds: every change to a hold first locks its account's balance row, which serializes them ----

  void insertHold(long holdId, HoldRequest r, String requestHash, Instant placedAt) {
    jdbc.update("INSERT INTO ACCOUNT_HOLD (HOLD_ID, ACCOUNT_ID, HOLD_KIND, AMOUNT, REMAINING, CURRENCY, REASON, EXTERNAL_REF, "
            + "IDEMPOTENCY_KEY, REQUEST_HASH, PLACED_AT, EXPIRES_AT, STATUS, ACTOR) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)",
        holdId, r.accountId(), r.kind().name(), toDecimal(r.amountCents()), toDecimal(r.amountCents()), r.currency(),
        r.reason(), r.externalRef(), r.idempotencyKey(), requestHash, Timestamp.from(placedAt), Timestamp.from(r.expiresAt()),
        r.actor());
  }

  /** Inserts many holds in one JDBC batch (rows: hold id, request, request hash). */
  void insertHolds(List<Long> holdIds, List<HoldRequest> requests, List<String> hashes, Instant placedAt) {
    if (holdIds.isEmpty()) return;
    Timestamp placed = Timestamp.from(placedAt);
    List<Object[]> rows = new ArrayList<>(holdIds.size());
    for (int i = 0; i < holdIds.size(); i++) {
      HoldRequest r = requests.get(i);
      rows.add(new Object[] {holdIds.get(i), r.accountId(), r.kind().name(), toDecimal(r.amountCents()),
          toDecimal(r.amountCents()), r.currency(), r.reason(), r.externalRef(), r.idempotencyKey(), hashes.get(i), placed,
          Timestamp.from(r.expiresAt()), r.actor()});
    }
    if (postgresBulk && rows.size() >= ARRAY_MIN_ROWS) {
      PostgresCopy.Rows copy = new PostgresCopy.Rows(rows.size());
      for (Object[] row : rows) {
        for (int i = 0; i < 12; i++) copy.add(row[i]);
        copy.add("PENDING").add(row[12]).endRow();
      }
      copyIn("ACCOUNT_HOLD", "HOLD_ID, ACCOUNT_ID, HOLD_KIND, AMOUNT, REMAINING, CURRENCY, REASON, EXTERNAL_REF, IDEMPOTENCY_KEY, "
          + "REQUEST_HASH, PLACED_AT, EXPIRES_AT, STATUS, ACTOR", copy, rows.size());
      return;
    }
    jdbc.batchUpdate("INSERT INTO ACCOUNT_HOLD (HOLD_ID, ACCOUNT_ID, HOLD_KIND, AMOUNT, REMAINING, CURRENCY, REASON, EXTERNAL_REF, "
        + "IDEMPOTENCY_KEY, REQUEST_HASH, PLACED_AT, EXPIRES_AT, STATUS, ACTOR) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)",
        rows);
  }

  Map<String, KeyRecord> findHoldKeys(Collection<String> keys) {
    Map<String, KeyRecord> found = new HashMap<>();
    queryIn("SELECT IDEMPOTENCY_KEY, HOLD_ID, REQUEST_HASH FROM ACCOUNT_HOLD WHERE IDEMPOTENCY_KEY", new TreeSet<>(keys),
        "varchar", "", rs -> { found.put(rs.getString(1), new KeyRecord(rs.getLong(2), rs.getString(3), null)); });
    return found;
  }

  KeyRecord findHoldKey(String idempotencyKey) {
    List<KeyRecord> found = jdbc.query("SELECT HOLD_ID, REQUEST_HASH FROM ACCOUNT_HOLD WHERE IDEMPOTENCY_KEY = ?",
        (rs, i) -> new KeyRecord(rs.getLong(1), rs.getString(2), null), idempotencyKey);
    return found.isEmpty() ? null : found.get(0);
  }

  Hold findHold(long holdId) {
    List<Hold> found = jdbc.query(HOLD_COLUMNS + " WHERE HOLD_ID = ?", LedgerStore::hold, holdId);
    return found.isEmpty() ? null : found.get(0);
  }

  List<Hold> findHolds(Collection<Long> holdIds) {
    List<Hold> holds = new ArrayList<>();
    queryIn(HOLD_COLUMNS + " WHERE HOLD_ID", new TreeSet<>(holdIds), "bigint", "", rs -> {
      holds.add(hold(rs, holds.size()));
    });
    return holds;
  }

  /** Up to {@code limit} pending holds whose expiry is at or before {@code asOf}, oldest id first. */
  List<Hold> findExpired(Instant asOf, int limit) {
    return jdbc.query(HOLD_COLUMNS + " WHERE STATUS = 'PENDING' AND EXPIRES_AT <= ? ORDER BY HOLD_ID FETCH FIRST " + limit
        + " ROWS ONLY", LedgerStore::hold, Timestamp.from(asOf));
  }

  void updateHold(long holdId, long remainingCents, HoldStatus status, Instant closedAt) {
    int n = jdbc.update("UPDATE ACCOUNT_HOLD SET REMAINING = ?, STATUS = ?, CLOSED_AT = ? WHERE HOLD_ID = ?",
        toDecimal(remainingCents), status.name(), closedAt == null ? null : Timestamp.from(closedAt), holdId);
    if (n != 1) throw new IllegalStateException("hold " + holdId + " updated " + n + " times");
  }

  AccountBalance balance(long accountId) {
    List<AccountBalance> found = jdbc.query("SELECT ACCOUNT_ID, CURRENCY, CURRENT_BALANCE, AVAILABLE_BALANCE, HELD_AMOUNT, "
        + "PENDING_AMOUNT, AS_OF FROM ACCOUNT_BALANCE WHERE ACCOUNT_ID = ?", (rs, i) -> new AccountBalance(rs.getLong(1),
            rs.getString(2), toCents(rs.getBigDecimal(3)), toCents(rs.getBigDecimal(4)), toCents(rs.getBigDecimal(5)),
            toCents(rs.getBigDecimal(6)), rs.getTimestamp(7).toInstant()), accountId);
    return found.isEmpty() ? null : found.get(0);
  }

  void insertZeroBalances(List<LedgerService.NewBalance> balances, Instant asOf) {
    Timestamp ts = Timestamp.from(asOf);
    jdbc.batchUpdate("INSERT INTO ACCOUNT_BALANCE (ACCOUNT_ID, CURRENCY, CURRENT_BALANCE, AVAILABLE_BALANCE, HELD_AMOUNT, "
        + "PENDING_AMOUNT, AS_OF) VALUES (?, ?, 0, 0, 0, 0, ?)",
        balances.stream().map(b -> new Object[] {b.accountId(), b.currency(), ts}).toList());
  }

  private static final String HOLD_COLUMNS = "SELECT HOLD_ID, ACCOUNT_ID, HOLD_KIND, AMOUNT, REMAINING, CURRENCY, REASON, "
      + "EXTERNAL_REF, PLACED_AT, EXPIRES_AT, STATUS FROM ACCOUNT_HOLD";

  private static Hold hold(ResultSet rs, int rowNum) throws SQLException {
    return new Hold(rs.getLong(1), rs.getLong(2), HoldKind.valueOf(rs.getString(3)), toCents(rs.getBigDecimal(4)),
        toCents(rs.getBigDecimal(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
        rs.getTimestamp(10).toInstant(), HoldStatus.valueOf(rs.getString(11)));
  }

  private static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) ps.setNull(index, Types.BIGINT);
    else ps.setLong(index, value);
  }

  private static Long nullableLong(ResultSet rs, int index) throws SQLException {
    long v = rs.getLong(index);
    return rs.wasNull() ? null : v;
  }

  static Map<String, Long> sumByCurrency(List<EntryRow> entries) {
    Map<String, Long> sums = new TreeMap<>();
    for (EntryRow e : entries) sums.merge(e.leg().currency(), e.leg().signedCents(), Math::addExact);
    return sums;
  }
}
