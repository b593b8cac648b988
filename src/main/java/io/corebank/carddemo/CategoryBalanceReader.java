package io.corebank.carddemo;

import io.corebank.platform.Money;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * INTCALC's input: the category balances in key order (account, type, category), handed out one account
 * at a time with what the calculation needs of the account. Reads a page of accounts at a time (keyset on
 * the account id), so memory holds one page whatever the file's size; the last account handed out is saved
 * at every commit, so a restart continues with the next account.
 */
final class CategoryBalanceReader implements ItemStreamReader<CategoryBalanceReader.AccountCategories> {
  static final String LAST_ACCOUNT = "intcalc.last.account";
  private static final int PAGE_ACCOUNTS = 1_000;
  /** Rows that mark out a page: about {@link #PAGE_ACCOUNTS} accounts of a few categories each. */
  private static final int PAGE_ROWS = PAGE_ACCOUNTS * 4;

  record CategoryRow(String typeCode, int categoryCode, long balanceCents) {}

  /**
   * One account's category balances.
   *
   * @param cardNumber the account's card from the cross-reference (the lowest card number when it has several),
   *                   null when it has none
   * @param ledgerAccountId null when the account is missing
   */
  record AccountCategories(long acctId, Long ledgerAccountId, String groupId, String cardNumber, List<CategoryRow> rows) {}

  private final CardDemoRun run;
  private final JdbcTemplate jdbc;
  private final Deque<AccountCategories> page = new ArrayDeque<>();
  private long lastHandedOut = -1;
  private boolean exhausted;

  CategoryBalanceReader(CardDemoRun run, JdbcTemplate jdbc) {
    this.run = run;
    this.jdbc = jdbc;
  }

  @Override
  public void open(ExecutionContext context) {
    lastHandedOut = context.getLong(LAST_ACCOUNT, -1L);
    page.clear();
    exhausted = false;
  }

  @Override
  public AccountCategories read() {
    if (page.isEmpty() && !exhausted) fill();
    AccountCategories next = page.poll();
    if (next != null) lastHandedOut = next.acctId();
    return next;
  }

  private void fill() {
    // the page's range: the next rows in key order, no DISTINCT (which PostgreSQL may plan as a sort of the
    // whole remainder on every page); an account cut by the limit still comes whole through the range below
    List<Long> ids = jdbc.queryForList("SELECT ACCT_ID FROM CD_TRAN_CAT_BALANCE WHERE RUN_ID = ? AND ACCT_ID > ? "
        + "ORDER BY ACCT_ID, TRAN_TYPE, TRAN_CAT_CD FETCH FIRST " + PAGE_ROWS + " ROWS ONLY", Long.class, run.runId(), lastHandedOut);
    if (ids.isEmpty()) {
      exhausted = true;
      return;
    }
    long first = ids.get(0);
    long last = ids.get(ids.size() - 1);
    Map<Long, List<CategoryRow>> rows = new LinkedHashMap<>();
    jdbc.query("SELECT ACCT_ID, TRAN_TYPE, TRAN_CAT_CD, BALANCE FROM CD_TRAN_CAT_BALANCE WHERE RUN_ID = ? "
            + "AND ACCT_ID BETWEEN ? AND ? ORDER BY ACCT_ID, TRAN_TYPE, TRAN_CAT_CD",
        rs -> {
          rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new CategoryRow(rs.getString(2), rs.getInt(3), Money.toCents(rs.getBigDecimal(4))));
        }, run.runId(), first, last);
    Map<Long, Object[]> accounts = new LinkedHashMap<>();
    jdbc.query("SELECT a.ACCT_ID, a.LEDGER_ACCOUNT_ID, a.GROUP_ID FROM CD_ACCOUNT a WHERE a.RUN_ID = ? "
            + "AND a.ACCT_ID BETWEEN ? AND ?",
        rs -> { accounts.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getString(3)}); }, run.runId(), first, last);
    Map<Long, String> cards = new LinkedHashMap<>();
    jdbc.query("SELECT ACCT_ID, MIN(CARD_NUM) FROM CD_CARD_XREF WHERE RUN_ID = ? AND ACCT_ID BETWEEN ? AND ? "
            + "GROUP BY ACCT_ID",
        rs -> { cards.put(rs.getLong(1), rs.getString(2)); }, run.runId(), first, last);
    for (Map.Entry<Long, List<CategoryRow>> e : rows.entrySet()) {
      Object[] account = accounts.get(e.getKey());
      page.add(new AccountCategories(e.getKey(), account == null ? null : (Long) account[0],
          account == null ? null : (String) account[1], cards.get(e.getKey()), e.getValue()));
    }
  }

  @Override
  public void update(ExecutionContext context) {
    context.putLong(LAST_ACCOUNT, lastHandedOut);
  }

  @Override
  public void close() {
    page.clear();
  }
}
