package io.corebank.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The database's floor under a posting run, measured in the same run (PostgreSQL only): the rows the run
 * wrote, stored once more by SQL alone. Each chunk of the run's journals (in journal id order) is copied,
 * inside the database, into empty tables with the same columns, checks and indexes: the journals, their
 * entries and, for an ACH file, the Reg CC holds and entry records; then the chunk's balance deltas are
 * applied to a copy of the balances, its rows locked in account order first as the ledger does. One
 * transaction per chunk, as many sessions as the job has partitions. No program logic, no rows crossing
 * the network, no parsing: what PostgreSQL itself needs on this machine to store that much, durably. A
 * job can approach it, never beat it; the bench prints the job's time as a multiple of it.
 */
final class DatabaseFloor {
  private DatabaseFloor() {}

  record Result(long journals, int chunks, int sessions, double seconds) {
    double journalsPerSecond() { return journals / seconds; }
  }

  private static final String JOURNALS = "CB_FLOOR_JOURNAL";
  private static final String ENTRIES = "CB_FLOOR_ENTRY";
  private static final String BALANCES = "CB_FLOOR_BALANCE";
  private static final String HOLDS = "CB_FLOOR_HOLD";
  private static final String ACH_ENTRIES = "CB_FLOOR_ACH_ENTRY";
  private static final String ACH_SOURCE = "CB_FLOOR_ACH_SOURCE";
  private static final String HOLD_SOURCE = "CB_FLOOR_HOLD_SOURCE";

  /**
   * Measures the floor for the journals with ids {@code firstJournalId..lastJournalId}; with {@code achFileId},
   * also that file's holds and ACH_ENTRY rows. The shadow tables are dropped afterwards.
   */
  static Result measure(DataSource dataSource, long firstJournalId, long lastJournalId, int chunkJournals, int sessions,
      Long achFileId) throws SQLException, InterruptedException {
    if (chunkJournals < 1 || sessions < 1) throw new IllegalArgumentException("chunk and sessions must be at least 1");
    List<long[]> chunks = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      dropShadows(s);
      s.execute("CREATE TABLE " + JOURNALS + " (LIKE JOURNAL INCLUDING ALL)");
      s.execute("CREATE TABLE " + ENTRIES + " (LIKE LEDGER_ENTRY INCLUDING ALL)");
      // as ACCOUNT_BALANCE on PostgreSQL (V11): room on each page for updated rows
      s.execute("CREATE TABLE " + BALANCES + " (LIKE ACCOUNT_BALANCE INCLUDING ALL) WITH (fillfactor = 70)");
      s.execute("INSERT INTO " + BALANCES + " SELECT * FROM ACCOUNT_BALANCE");
      if (achFileId != null) {
        s.execute("CREATE TABLE " + HOLDS + " (LIKE ACCOUNT_HOLD INCLUDING ALL)");
        s.execute("CREATE TABLE " + ACH_ENTRIES + " (LIKE ACH_ENTRY INCLUDING ALL)");
        // the file's entry records and holds by journal id, set aside untimed: ACH_ENTRY has no journal index, and
        // scanning it for every chunk would be the floor's own cost, not the database's cost of storing the rows
        s.execute("CREATE UNLOGGED TABLE " + ACH_SOURCE + " AS SELECT a.JOURNAL_ID AS J, a AS R FROM ACH_ENTRY a WHERE a.FILE_ID = "
            + achFileId + " AND a.JOURNAL_ID IS NOT NULL");
        s.execute("CREATE INDEX ON " + ACH_SOURCE + " (J)");
        s.execute("CREATE UNLOGGED TABLE " + HOLD_SOURCE + " AS SELECT a.JOURNAL_ID AS J, h AS R FROM ACCOUNT_HOLD h JOIN ACH_ENTRY a "
            + "ON a.HOLD_ID = h.HOLD_ID WHERE a.FILE_ID = " + achFileId);
        s.execute("CREATE INDEX ON " + HOLD_SOURCE + " (J)");
        s.execute("ANALYZE " + ACH_SOURCE);
        s.execute("ANALYZE " + HOLD_SOURCE);
      }
      s.execute("ANALYZE " + BALANCES);
      try (PreparedStatement ids = c.prepareStatement("SELECT JOURNAL_ID FROM JOURNAL WHERE JOURNAL_ID BETWEEN ? AND ? "
          + "ORDER BY JOURNAL_ID")) {
        ids.setLong(1, firstJournalId);
        ids.setLong(2, lastJournalId);
        ids.setFetchSize(10_000);
        c.setAutoCommit(false); // the driver streams a result only inside a transaction
        try (var rs = ids.executeQuery()) {
          long n = 0;
          long from = -1;
          long to = -1;
          while (rs.next()) {
            long id = rs.getLong(1);
            if (n++ % chunkJournals == 0) {
              if (from >= 0) chunks.add(new long[] {from, to});
              from = id;
            }
            to = id;
          }
          if (from >= 0) chunks.add(new long[] {from, to});
        }
        c.commit();
      }
    }
    long journals = 0;
    try {
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(sessions);
      List<Future<Long>> done = new ArrayList<>();
      long started = System.nanoTime();
      for (int k = 0; k < sessions; k++) {
        done.add(pool.submit(() -> {
          long copied = 0;
          try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
              copied += chunk(c, chunks.get(i)[0], chunks.get(i)[1], achFileId);
              c.commit();
            }
          }
          return copied;
        }));
      }
      pool.shutdown();
      for (Future<Long> f : done) {
        try {
          journals += f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof SQLException sql) throw sql;
          throw new IllegalStateException(e.getCause());
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Result(journals, chunks.size(), sessions, seconds);
    } finally {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        c.setAutoCommit(true);
        dropShadows(s);
      }
    }
  }

  /** The highest journal id so far (0 for none): a job's journals are those above the value taken before it. */
  static long lastJournalId(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
         var rs = s.executeQuery("SELECT COALESCE(MAX(JOURNAL_ID), 0) FROM JOURNAL")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** One chunk in one transaction; returns its journals. Balances last, locked in account order: no deadlock between sessions. */
  private static long chunk(Connection c, long from, long to, Long achFileId) throws SQLException {
    long journals = update(c, "INSERT INTO " + JOURNALS + " SELECT * FROM JOURNAL WHERE JOURNAL_ID BETWEEN ? AND ?", from, to);
    update(c, "INSERT INTO " + ENTRIES + " SELECT * FROM LEDGER_ENTRY WHERE JOURNAL_ID BETWEEN ? AND ?", from, to);
    if (achFileId != null) {
      update(c, "INSERT INTO " + HOLDS + " SELECT (R).* FROM " + HOLD_SOURCE + " WHERE J BETWEEN ? AND ?", from, to);
      update(c, "INSERT INTO " + ACH_ENTRIES + " SELECT (R).* FROM " + ACH_SOURCE + " WHERE J BETWEEN ? AND ?", from, to);
    }
    String deltas = "SELECT ACCOUNT_ID, SUM(CASE WHEN DIRECTION = 'C' THEN AMOUNT ELSE -AMOUNT END) AS DELTA FROM LEDGER_ENTRY "
        + "WHERE JOURNAL_ID BETWEEN ? AND ? GROUP BY ACCOUNT_ID";
    try (PreparedStatement lock = c.prepareStatement("SELECT b.ACCOUNT_ID FROM " + BALANCES + " b WHERE b.ACCOUNT_ID IN "
        + "(SELECT ACCOUNT_ID FROM LEDGER_ENTRY WHERE JOURNAL_ID BETWEEN ? AND ?) ORDER BY b.ACCOUNT_ID FOR NO KEY UPDATE")) {
      lock.setLong(1, from);
      lock.setLong(2, to);
      try (var rs = lock.executeQuery()) {
        while (rs.next()) {
          // locking is the point
        }
      }
    }
    update(c, "UPDATE " + BALANCES + " b SET CURRENT_BALANCE = b.CURRENT_BALANCE + d.DELTA, AVAILABLE_BALANCE = "
        + "b.AVAILABLE_BALANCE + d.DELTA FROM (" + deltas + ") d WHERE b.ACCOUNT_ID = d.ACCOUNT_ID", from, to);
    return journals;
  }

  private static int update(Connection c, String sql, long from, long to) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, from);
      ps.setLong(2, to);
      return ps.executeUpdate();
    }
  }

  private static void dropShadows(Statement s) throws SQLException {
    for (String table : new String[] {JOURNALS, ENTRIES, BALANCES, HOLDS, ACH_ENTRIES, ACH_SOURCE,
        HOLD_SOURCE}) s.execute("DROP TABLE IF EXISTS " + table);
  }
}
