package io.corebank.carddemo;

import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingOutcome;
import io.corebank.platform.Money;
import io.corebank.platform.SqlMembership;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POSTTRAN (the original CBTRN02C) for one chunk of daily transactions, in file order, in the chunk's
 * transaction: validate each against the cross-reference and the account as the transactions before it
 * left them, then write everything at once: ledger journals, category balances, the transaction master,
 * the account's cycle figures and the rejects. A crash before the commit leaves none of it.
 *
 * <p>Rules (see docs/carddemo.md): 100 card not in the cross-reference; 101 account not found; then both
 * 102 over limit (credit limit &lt; cycle credit - cycle debit + amount) and 103 account expired before the
 * transaction's origin date are checked, and 103 wins when both fail.
 */
final class PostTranWriter implements ItemWriter<DailyTransactionReader.Item> {
  static final int INVALID_CARD = 100;
  static final int ACCOUNT_NOT_FOUND = 101;
  static final int OVER_LIMIT = 102;
  static final int EXPIRED = 103;
  static final String REJECT_COLUMNS = "RUN_ID, RECORD_NO, TRAN_ID, TRAN_TYPE, TRAN_CAT_CD, SOURCE, DESCRIPTION, AMOUNT, "
      + "MERCHANT_ID, MERCHANT_NAME, MERCHANT_CITY, MERCHANT_ZIP, CARD_NUM, ORIG_TS, PROC_TS, REASON_CODE, REASON_TEXT";
  static final String FILLER_OF_NEW_CATEGORY_ROW = "0".repeat(22);

  private final CardDemoRun run;
  private final JdbcTemplate jdbc;
  private final SqlMembership membership;
  private final LedgerService ledger;
  private final long merchantSettlementAccountId;
  private final String postingTimestamp;
  /** PostgreSQL: COPY and array statements instead of JDBC batches (one round trip per table and chunk). */
  private final boolean bulk;

  PostTranWriter(CardDemoRun run, JdbcTemplate jdbc, SqlMembership membership, LedgerService ledger,
      long merchantSettlementAccountId, boolean bulk) {
    this.bulk = bulk;
    this.run = run;
    this.jdbc = jdbc;
    this.membership = membership;
    this.ledger = ledger;
    this.merchantSettlementAccountId = merchantSettlementAccountId;
    this.postingTimestamp = run.request().postingTimestamp();
  }

  /** An account as POSTTRAN sees it while the chunk is validated. */
  private static final class AccountState {
    final long acctId;
    final long ledgerAccountId;
    final long creditLimitCents;
    final String expirationDate;
    long cycleCreditCents;
    long cycleDebitCents;
    boolean changed;

    AccountState(long acctId, long ledgerAccountId, long creditLimitCents, String expirationDate, long cycleCreditCents,
        long cycleDebitCents) {
      this.acctId = acctId;
      this.ledgerAccountId = ledgerAccountId;
      this.creditLimitCents = creditLimitCents;
      this.expirationDate = expirationDate;
      this.cycleCreditCents = cycleCreditCents;
      this.cycleDebitCents = cycleDebitCents;
    }
  }

  private record CategoryKey(long acctId, String typeCode, int categoryCode) implements Comparable<CategoryKey> {
    @Override
    public int compareTo(CategoryKey o) {
      int c = Long.compare(acctId, o.acctId);
      if (c == 0) c = typeCode.compareTo(o.typeCode);
      return c != 0 ? c : Integer.compare(categoryCode, o.categoryCode);
    }
  }

  private static final class CategoryBalance {
    long balanceCents;
    final boolean existed;

    CategoryBalance(long balanceCents, boolean existed) {
      this.balanceCents = balanceCents;
      this.existed = existed;
    }
  }

  private record Posted(CardTransaction transaction, long acctId, AccountState account) {}

  private record Rejected(long recordNumber, CardTransaction transaction, int reason) {}

  @Override
  public void write(Chunk<? extends DailyTransactionReader.Item> chunk) {
    List<? extends DailyTransactionReader.Item> items = chunk.getItems();
    refuseRepeatedIds(items);
    Map<Long, AccountState> accounts = lookUp(items);

    List<Posted> posted = new ArrayList<>(items.size());
    List<Rejected> rejected = new ArrayList<>();
    for (DailyTransactionReader.Item item : items) {
      CardTransaction t = item.transaction();
      Long acctId = item.acctId();
      AccountState account = acctId == null ? null : accounts.get(acctId);
      int reason = reason(t, acctId, account);
      if (reason != 0) {
        rejected.add(new Rejected(item.recordNumber(), t, reason));
        continue;
      }
      if (t.amountCents() >= 0) account.cycleCreditCents += t.amountCents();
      else account.cycleDebitCents += t.amountCents();
      account.changed = true;
      posted.add(new Posted(t.withProcessTimestamp(postingTimestamp), acctId, account));
    }

    Map<Long, Long> journalByIndex = postToLedger(posted, items);
    writeCategoryBalances(posted);
    insertTransactions(posted, journalByIndex);
    updateAccounts(accounts.values());
    insertRejects(rejected);
  }

  /** The reject reason of a transaction, 0 when it posts. */
  static int reason(CardTransaction t, Long acctId, AccountState account) {
    if (acctId == null) return INVALID_CARD;
    if (account == null) return ACCOUNT_NOT_FOUND;
    // both checks run; the expiry reason overwrites the over-limit one, as in the original
    int reason = 0;
    long exposureCents = account.cycleCreditCents - account.cycleDebitCents + t.amountCents();
    if (account.creditLimitCents < exposureCents) reason = OVER_LIMIT;
    String originDate = t.originTimestamp().length() >= 10 ? t.originTimestamp().substring(0, 10) : t.originTimestamp();
    if (account.expirationDate.compareTo(originDate) < 0) reason = EXPIRED;
    return reason;
  }

  static String reasonText(int reason) {
    return switch (reason) {
      case INVALID_CARD -> "INVALID CARD NUMBER FOUND";
      case ACCOUNT_NOT_FOUND -> "ACCOUNT RECORD NOT FOUND";
      case OVER_LIMIT -> "OVERLIMIT TRANSACTION";
      case EXPIRED -> "TRANSACTION RECEIVED AFTER ACCT EXPIRATION";
      default -> throw new IllegalArgumentException("unknown reject reason " + reason);
    };
  }

  /**
   * A transaction id may be posted once (TRAN-ID is the key of the transaction file): a repeat inside the
   * chunk is found here, a repeat of an earlier chunk by the ledger (the journal's idempotency key is made
   * of the id) or, for a zero amount, by the table's key. Either stops the job, as in the original.
   */
  private static void refuseRepeatedIds(List<? extends DailyTransactionReader.Item> items) {
    Map<String, Long> recordById = new HashMap<>();
    for (DailyTransactionReader.Item item : items) {
      Long earlier = recordById.putIfAbsent(item.transaction().tranId(), item.recordNumber());
      if (earlier != null) {
        throw new CardDemoDataException("daily transaction record " + item.recordNumber() + ": transaction id '"
            + item.transaction().tranId() + "' repeats record " + earlier + " (TRAN-ID is the key of the transaction file)");
      }
    }
  }

  /** The accounts of the chunk's cards (the reader resolved each card through the cross-reference), one query. */
  private Map<Long, AccountState> lookUp(List<? extends DailyTransactionReader.Item> items) {
    TreeSet<Long> acctIds = new TreeSet<>();
    for (DailyTransactionReader.Item item : items) if (item.acctId() != null) acctIds.add(item.acctId());
    Map<Long, AccountState> accounts = new HashMap<>();
    if (acctIds.isEmpty()) return accounts;
    membership.query("SELECT ACCT_ID, LEDGER_ACCOUNT_ID, CREDIT_LIMIT, EXPIRATION_DATE, CURR_CYC_CREDIT, CURR_CYC_DEBIT "
            + "FROM CD_ACCOUNT WHERE RUN_ID = ? AND ACCT_ID", acctIds, "bigint", "",
        rs -> {
          long acctId = rs.getLong(1);
          accounts.put(acctId, new AccountState(acctId, rs.getLong(2), Money.toCents(rs.getBigDecimal(3)), rs.getString(4),
              Money.toCents(rs.getBigDecimal(5)), Money.toCents(rs.getBigDecimal(6))));
        }, run.runId());
    return accounts;
  }

  /** Posts one journal per transaction that moves money; returns the journal id by index in {@code posted}. */
  private Map<Long, Long> postToLedger(List<Posted> posted, List<? extends DailyTransactionReader.Item> items) {
    List<JournalRequest> requests = new ArrayList<>(posted.size());
    List<Integer> indexes = new ArrayList<>(posted.size());
    for (int i = 0; i < posted.size(); i++) {
      Posted p = posted.get(i);
      CardTransaction t = p.transaction();
      if (t.amountCents() == 0) continue;
      requests.add(CardLedger.movement(run.journalKey("tran", t.tranId()), t.amountCents() > 0 ? "CARD-PURCH" : "CARD-PMT",
          p.account().ledgerAccountId, merchantSettlementAccountId, t.amountCents(), t.tranId().strip(),
          "CardDemo " + t.tranId().strip() + " " + t.description().strip()));
      indexes.add(i);
    }
    List<PostingOutcome> outcomes;
    try {
      outcomes = ledger.postBatch(requests);
    } catch (DataIntegrityViolationException e) {
      // another partition is posting the same TRAN-ID right now (it would be a replay once that commits)
      throw new CardDemoDataException("a transaction id of daily transaction records " + items.get(0).recordNumber() + " to "
          + items.get(items.size() - 1).recordNumber() + " is posted twice (TRAN-ID is the key of the transaction file): "
          + e.getMostSpecificCause().getMessage(), e);
    }
    Map<Long, Long> journalByIndex = new HashMap<>();
    for (int k = 0; k < outcomes.size(); k++) {
      PostingOutcome o = outcomes.get(k);
      boolean repeated = o.isPosted() ? o.receipt().replayed()
          : o.rejection().reason() == io.corebank.ledger.RejectionReason.IDEMPOTENCY_CONFLICT;
      if (repeated) {
        String tranId = posted.get(indexes.get(k)).transaction().tranId();
        long record = items.stream().filter(i -> i.transaction().tranId().equals(tranId)).findFirst()
            .map(DailyTransactionReader.Item::recordNumber).orElse(-1L);
        throw new CardDemoDataException("daily transaction record " + record + ": transaction id '" + tranId
            + "' was posted before (TRAN-ID is the key of the transaction file)");
      }
      journalByIndex.put((long) indexes.get(k), o.receipt().journalId());
    }
    CardLedger.requirePosted(outcomes);
    return journalByIndex;
  }

  private void writeCategoryBalances(List<Posted> posted) {
    TreeMap<CategoryKey, Long> deltas = new TreeMap<>();
    for (Posted p : posted) {
      deltas.merge(new CategoryKey(p.acctId(), p.transaction().typeCode(), p.transaction().categoryCode()),
          p.transaction().amountCents(), Long::sum);
    }
    if (deltas.isEmpty()) return;
    if (bulk) {
      upsertCategoryBalances(deltas);
      return;
    }
    Map<CategoryKey, Boolean> exists = new LinkedHashMap<>();
    membership.query("SELECT ACCT_ID, TRAN_TYPE, TRAN_CAT_CD FROM CD_TRAN_CAT_BALANCE WHERE RUN_ID = ? AND ACCT_ID",
        new TreeSet<>(deltas.keySet().stream().map(CategoryKey::acctId).toList()), "bigint", "",
        rs -> { exists.put(new CategoryKey(rs.getLong(1), rs.getString(2), rs.getInt(3)), true); }, run.runId());
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> inserts = new ArrayList<>();
    deltas.forEach((key, deltaCents) -> {
      BigDecimal delta = Money.toDecimal(deltaCents);
      if (exists.containsKey(key)) {
        updates.add(new Object[] {delta, run.runId(), key.acctId(), key.typeCode(), key.categoryCode()});
      } else {
        inserts.add(new Object[] {run.runId(), key.acctId(), key.typeCode(), key.categoryCode(), delta,
            FILLER_OF_NEW_CATEGORY_ROW});
      }
    });
    if (!updates.isEmpty()) {
      jdbc.batchUpdate("UPDATE CD_TRAN_CAT_BALANCE SET BALANCE = BALANCE + ? WHERE RUN_ID = ? AND ACCT_ID = ? "
          + "AND TRAN_TYPE = ? AND TRAN_CAT_CD = ?", updates);
    }
    if (!inserts.isEmpty()) {
      jdbc.batchUpdate("INSERT INTO CD_TRAN_CAT_BALANCE (RUN_ID, ACCT_ID, TRAN_TYPE, TRAN_CAT_CD, BALANCE, FILLER) "
          + "VALUES (?, ?, ?, ?, ?, ?)", inserts);
    }
  }

  /** PostgreSQL: every category balance of the chunk added to or created in one statement. */
  private void upsertCategoryBalances(TreeMap<CategoryKey, Long> deltas) {
    int n = deltas.size();
    Long[] accts = new Long[n];
    String[] types = new String[n];
    Integer[] categories = new Integer[n];
    BigDecimal[] amounts = new BigDecimal[n];
    int i = 0;
    for (Map.Entry<CategoryKey, Long> e : deltas.entrySet()) {
      accts[i] = e.getKey().acctId();
      types[i] = e.getKey().typeCode();
      categories[i] = e.getKey().categoryCode();
      amounts[i++] = Money.toDecimal(e.getValue());
    }
    jdbc.update(connection -> {
      var ps = connection.prepareStatement("INSERT INTO CD_TRAN_CAT_BALANCE (RUN_ID, ACCT_ID, TRAN_TYPE, TRAN_CAT_CD, "
          + "BALANCE, FILLER) SELECT ?, k.a, k.t, k.c, k.d, ? FROM unnest(?::bigint[], ?::varchar[], ?::int[], "
          + "?::numeric[]) AS k(a, t, c, d) ON CONFLICT (RUN_ID, ACCT_ID, TRAN_TYPE, TRAN_CAT_CD) "
          + "DO UPDATE SET BALANCE = CD_TRAN_CAT_BALANCE.BALANCE + EXCLUDED.BALANCE");
      ps.setLong(1, run.runId());
      ps.setString(2, FILLER_OF_NEW_CATEGORY_ROW);
      ps.setArray(3, connection.createArrayOf("bigint", accts));
      ps.setArray(4, connection.createArrayOf("varchar", types));
      ps.setArray(5, connection.createArrayOf("integer", categories));
      ps.setArray(6, connection.createArrayOf("numeric", amounts));
      return ps;
    });
  }

  private void insertTransactions(List<Posted> posted, Map<Long, Long> journalByIndex) {
    List<Object[]> rows = new ArrayList<>(posted.size());
    for (int i = 0; i < posted.size(); i++) {
      CardTransaction t = posted.get(i).transaction();
      rows.add(CardDemoTables.transactionRow(run.runId(), t, 'P', journalByIndex.get((long) i)));
    }
    if (bulk) CardDemoTables.copyTransactions(jdbc, rows, items -> items);
    else CardDemoTables.insertTransactions(jdbc, "CD_TRANSACTION", rows);
  }

  private void updateAccounts(Iterable<AccountState> accounts) {
    List<Object[]> rows = new ArrayList<>();
    for (AccountState a : accounts) {
      if (!a.changed) continue;
      rows.add(new Object[] {Money.toDecimal(a.cycleCreditCents), Money.toDecimal(a.cycleDebitCents), run.runId(), a.acctId});
    }
    if (rows.isEmpty()) return;
    if (bulk) {
      int n = rows.size();
      BigDecimal[] credits = new BigDecimal[n], debits = new BigDecimal[n];
      Long[] ids = new Long[n];
      for (int i = 0; i < n; i++) {
        credits[i] = (BigDecimal) rows.get(i)[0];
        debits[i] = (BigDecimal) rows.get(i)[1];
        ids[i] = (Long) rows.get(i)[3];
      }
      jdbc.update(connection -> {
        var ps = connection.prepareStatement("UPDATE CD_ACCOUNT a SET CURR_CYC_CREDIT = v.c, CURR_CYC_DEBIT = v.d "
            + "FROM unnest(?::bigint[], ?::numeric[], ?::numeric[]) AS v(id, c, d) WHERE a.RUN_ID = ? AND a.ACCT_ID = v.id");
        ps.setArray(1, connection.createArrayOf("bigint", ids));
        ps.setArray(2, connection.createArrayOf("numeric", credits));
        ps.setArray(3, connection.createArrayOf("numeric", debits));
        ps.setLong(4, run.runId());
        return ps;
      });
      return;
    }
    jdbc.batchUpdate("UPDATE CD_ACCOUNT SET CURR_CYC_CREDIT = ?, CURR_CYC_DEBIT = ? WHERE RUN_ID = ? AND ACCT_ID = ?", rows);
  }

  private void insertRejects(List<Rejected> rejected) {
    if (rejected.isEmpty()) return;
    List<Object[]> rows = new ArrayList<>(rejected.size());
    for (Rejected r : rejected) {
      CardTransaction t = r.transaction();
      rows.add(new Object[] {run.runId(), r.recordNumber(), t.tranId(), t.typeCode(), t.categoryCode(), t.source(),
          t.description(), Money.toDecimal(t.amountCents()), t.merchantId(), t.merchantName(), t.merchantCity(),
          t.merchantZip(), t.cardNumber(), t.originTimestamp(), t.processTimestamp(), r.reason(), reasonText(r.reason())});
    }
    if (bulk) {
      CardDemoTables.copy(jdbc, "CD_DAILY_REJECT", REJECT_COLUMNS, rows);
      return;
    }
    jdbc.batchUpdate("INSERT INTO CD_DAILY_REJECT (RUN_ID, RECORD_NO, TRAN_ID, TRAN_TYPE, TRAN_CAT_CD, SOURCE, DESCRIPTION, "
        + "AMOUNT, MERCHANT_ID, MERCHANT_NAME, MERCHANT_CITY, MERCHANT_ZIP, CARD_NUM, ORIG_TS, PROC_TS, REASON_CODE, "
        + "REASON_TEXT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }
}
