package io.corebank.bench;

import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingOutcome;
import io.corebank.platform.IdAllocator;
import io.corebank.platform.SqlDialect;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the ledger's write path against a plain-JDBC baseline doing the same writes (a journal, two
 * entries, two balance updates per transfer, one transaction each) on the same database, and the
 * batched entry point jobs use. Each figure is transfers (journals) per second over a fixed time.
 */
public final class LedgerBench {
  public static final String ACCOUNT_PREFIX = "B";
  static final long OPENING_CENTS = 1_000_000_00L;
  static final int SETUP_CHUNK = 5_000;

  public record Result(String mode, int threads, long operations, long elapsedMs, long errors) {
    public double perSecond() {
      return operations * 1000.0 / Math.max(1, elapsedMs);
    }
  }

  private final LedgerService ledger;
  private final AccountService accounts;
  private final InternalAccounts internal;
  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final SqlDialect dialect;
  private long[] accountIds;
  private final AtomicLong keys = new AtomicLong(System.currentTimeMillis() * 1000);

  public LedgerBench(LedgerService ledger, AccountService accounts, InternalAccounts internal, JdbcTemplate jdbc,
      DataSource dataSource, SqlDialect dialect) {
    this.ledger = ledger;
    this.accounts = accounts;
    this.internal = internal;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /** Opens and funds {@code count} bench accounts unless they exist; returns how many it created. */
  public int prepare(int count) {
    internal.ensureOpen();
    Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM ACCOUNT WHERE ACCOUNT_NUMBER LIKE '" + ACCOUNT_PREFIX + "%'", Long.class);
    int created = 0;
    long vault = internal.id(InternalAccount.VAULT_CASH);
    for (int start = existing.intValue(); start < count; start += SETUP_CHUNK) {
      int end = Math.min(count, start + SETUP_CHUNK);
      List<OpenAccount> batch = new ArrayList<>();
      for (int i = start; i < end; i++) batch.add(new OpenAccount(String.format(ACCOUNT_PREFIX + "%09d", i), null, "CHK-STD", "bench", null, null));
      List<JournalRequest> funding = new ArrayList<>();
      for (var a : accounts.openAccounts(batch, "bench")) {
        funding.add(JournalRequest.transfer("bench:open:" + a.accountNumber(), "OPEN-DEP", vault, a.accountId(), OPENING_CENTS, "USD",
            "bench funding", "bench", "BENCH"));
      }
      for (PostingOutcome o : ledger.postBatch(funding)) {
        if (!o.isPosted()) throw new IllegalStateException("bench funding refused: " + o.rejection());
      }
      created += end - start;
    }
    accountIds = jdbc.queryForList("SELECT ACCOUNT_ID FROM ACCOUNT WHERE ACCOUNT_NUMBER LIKE '" + ACCOUNT_PREFIX + "%' ORDER BY ACCOUNT_ID",
        Long.class).stream().limit(count).mapToLong(Long::longValue).toArray();
    return created;
  }

  /** Single transfers through {@link LedgerService#post}, one transaction each. */
  public Result ledgerTransfers(int threads, long durationMs, long seed) {
    return timed("ledger", threads, durationMs, seed, (random, connection) -> {
      long[] pair = pair(random);
      ledger.post(JournalRequest.transfer("bench:" + keys.incrementAndGet(), "XFER", pair[0], pair[1], 1 + random.nextInt(100),
          "USD", "bench transfer", "bench", "BENCH"));
      return 1;
    }, false);
  }

  /** The same writes in plain JDBC: no rules, no idempotency check, no locking read, one connection per thread. */
  public Result plainJdbcTransfers(int threads, long durationMs, long seed) {
    IdAllocator journalIds = new IdAllocator(jdbc, dialect, "JOURNAL_SEQ");
    IdAllocator entryIds = new IdAllocator(jdbc, dialect, "ENTRY_SEQ");
    return timed("plain JDBC", threads, durationMs, seed, (random, c) -> {
      long[] pair = pair(random);
      BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(100), 2);
      long journalId = journalIds.next();
      LocalDate today = LocalDate.now();
      Timestamp now = new Timestamp(System.currentTimeMillis());
      try (PreparedStatement j = c.prepareStatement("INSERT INTO JOURNAL (JOURNAL_ID, BUSINESS_DATE, POSTED_AT, SOURCE_SYSTEM, "
          + "IDEMPOTENCY_KEY, REQUEST_HASH, TXN_CODE, DESCRIPTION, ACTOR) VALUES (?, ?, ?, 'BENCH', ?, ?, 'XFER', 'baseline', 'bench')");
           PreparedStatement e = c.prepareStatement("INSERT INTO LEDGER_ENTRY (ENTRY_ID, JOURNAL_ID, ACCOUNT_ID, DIRECTION, AMOUNT, "
               + "CURRENCY, EFFECTIVE_DATE) VALUES (?, ?, ?, ?, ?, 'USD', ?)");
           PreparedStatement b = c.prepareStatement("UPDATE ACCOUNT_BALANCE SET CURRENT_BALANCE = CURRENT_BALANCE + ?, "
               + "AVAILABLE_BALANCE = AVAILABLE_BALANCE + ?, AS_OF = ? WHERE ACCOUNT_ID = ?")) {
        j.setLong(1, journalId);
        j.setDate(2, Date.valueOf(today));
        j.setTimestamp(3, now);
        j.setString(4, "baseline:" + keys.incrementAndGet());
        j.setString(5, "-".repeat(64));
        j.executeUpdate();
        for (int side = 0; side < 2; side++) {
          e.setLong(1, entryIds.next());
          e.setLong(2, journalId);
          e.setLong(3, pair[side]);
          e.setString(4, side == 0 ? "D" : "C");
          e.setBigDecimal(5, amount);
          e.setDate(6, Date.valueOf(today));
          e.addBatch();
        }
        e.executeBatch();
        // ascending account order, as the ledger does, so the baseline cannot deadlock either
        long[] ordered = {Math.min(pair[0], pair[1]), Math.max(pair[0], pair[1])};
        for (long account : ordered) {
          BigDecimal delta = account == pair[0] ? amount.negate() : amount;
          b.setBigDecimal(1, delta);
          b.setBigDecimal(2, delta);
          b.setTimestamp(3, now);
          b.setLong(4, account);
          b.addBatch();
        }
        b.executeBatch();
        c.commit();
      } catch (SQLException ex) {
        c.rollback();
        throw ex;
      }
      return 1;
    }, true);
  }

  /** Batches of {@code batchSize} transfers through {@link LedgerService#postBatch}: the entry point for jobs. */
  public Result batchedTransfers(int threads, long durationMs, int batchSize, long seed) {
    return timed("ledger batch of " + batchSize, threads, durationMs, seed, (random, connection) -> {
      List<JournalRequest> batch = new ArrayList<>(batchSize);
      for (int i = 0; i < batchSize; i++) {
        long[] pair = pair(random);
        batch.add(JournalRequest.transfer("bench:" + keys.incrementAndGet(), "XFER", pair[0], pair[1], 1 + random.nextInt(100), "USD",
            "bench batch transfer", "bench", "BENCH"));
      }
      int posted = 0;
      for (PostingOutcome o : ledger.postBatch(batch)) if (o.isPosted()) posted++;
      return posted;
    }, false);
  }

  private long[] pair(SplittableRandom random) {
    int a = random.nextInt(accountIds.length);
    int b = random.nextInt(accountIds.length - 1);
    if (b >= a) b++;
    return new long[] {accountIds[a], accountIds[b]};
  }

  @FunctionalInterface
  private interface Operation {
    int run(SplittableRandom random, Connection ownConnection) throws Exception;
  }

  private Result timed(String mode, int threads, long durationMs, long seed, Operation op, boolean ownConnection) {
    if (accountIds == null || accountIds.length < 2) throw new IllegalStateException("prepare() the bench accounts first");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    long deadline = started + durationMs * 1_000_000;
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      SplittableRandom random = new SplittableRandom(seed + t);
      futures.add(pool.submit(() -> {
        Connection c = null;
        try {
          if (ownConnection) {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
          }
          while (System.nanoTime() < deadline) {
            try {
              done.addAndGet(op.run(random, c));
            } catch (Exception e) {
              if (errors.incrementAndGet() == 1) System.err.println(mode + ": " + e);
            }
          }
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        } finally {
          if (c != null) {
            try {
              c.setAutoCommit(true);
              c.close();
            } catch (SQLException ignored) {
              // closing after the measurement; nothing to recover
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (Exception e) {
        throw new IllegalStateException(mode + " worker failed", e);
      }
    }
    pool.shutdown();
    return new Result(mode, threads, done.get(), (System.nanoTime() - started) / 1_000_000, errors.get());
  }
}
