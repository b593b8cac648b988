package io.corebank.carddemo;

import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingOutcome;
import io.corebank.platform.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * INTCALC (the original CBACT04C) for a chunk of accounts: for every category balance, the rate of the
 * account's disclosure group (or of group DEFAULT), and when it is not zero an interest transaction of
 * balance x rate / 1200 cut toward zero to the cent; then the account's interest posts through the ledger
 * (cardholder against interest income) and its cycle credit and debit are set to zero. Interest transaction
 * ids are the INTCALC parameter and a 6-digit counter that continues across chunks and restarts.
 */
final class IntCalcWriter implements ItemWriter<CategoryBalanceReader.AccountCategories> {
  static final String DEFAULT_GROUP = "DEFAULT";
  static final String INTEREST_TYPE = "01";
  static final int INTEREST_CATEGORY = 5;
  static final String INTEREST_SOURCE = "System";

  private final CardDemoRun run;
  private final JdbcTemplate jdbc;
  private final LedgerService ledger;
  private final long interestIncomeAccountId;
  private final Map<String, Long> rateHundredthsByKey = new HashMap<>();
  private long nextSequence = -1;

  IntCalcWriter(CardDemoRun run, JdbcTemplate jdbc, LedgerService ledger, long interestIncomeAccountId) {
    this.run = run;
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.interestIncomeAccountId = interestIncomeAccountId;
  }

  @Override
  public void write(Chunk<? extends CategoryBalanceReader.AccountCategories> chunk) {
    if (nextSequence < 0) start();
    List<Object[]> systemTransactions = new ArrayList<>();
    List<JournalRequest> journals = new ArrayList<>();
    List<Object[]> accountResets = new ArrayList<>();
    long sequence = nextSequence;
    for (CategoryBalanceReader.AccountCategories account : chunk.getItems()) {
      if (account.ledgerAccountId() == null) {
        throw new CardDemoDataException("INTCALC: category balances of account " + account.acctId()
            + " but the account is not in the account file (the original abends here too)");
      }
      if (account.cardNumber() == null) {
        throw new CardDemoDataException("INTCALC: account " + account.acctId()
            + " has category balances but no card in the cross-reference (the original abends here too)");
      }
      for (CategoryBalanceReader.CategoryRow row : account.rows()) {
        long rateHundredths = rate(account, row);
        if (rateHundredths == 0) continue;
        long interestCents = monthlyInterestCents(row.balanceCents(), rateHundredths);
        String tranId = run.request().intcalcParm() + String.format("%06d", sequence++);
        CardTransaction t = interestTransaction(tranId, account, interestCents);
        Long journalId = null;
        if (interestCents != 0) {
          journals.add(CardLedger.movement(run.journalKey("interest", tranId), "CARD-INT", account.ledgerAccountId(),
              interestIncomeAccountId, interestCents, tranId, "CardDemo interest " + tranId + " for account "
                  + account.acctId()));
        }
        systemTransactions.add(new Object[] {t, account.acctId()});
      }
      accountResets.add(new Object[] {run.runId(), account.acctId()});
    }
    if (sequence - 1 > 999_999) {
      throw new CardDemoDataException("INTCALC: more than 999,999 interest transactions: the 6-digit counter of "
          + "the transaction id would overflow");
    }
    List<PostingOutcome> outcomes = ledger.postBatch(journals);
    CardLedger.requirePosted(outcomes);
    Map<String, Long> journalByTranId = new HashMap<>();
    for (PostingOutcome o : outcomes) journalByTranId.put(o.request().externalRef(), o.receipt().journalId());
    List<Object[]> rows = new ArrayList<>(systemTransactions.size());
    for (Object[] s : systemTransactions) {
      CardTransaction t = (CardTransaction) s[0];
      rows.add(new Object[] {run.runId(), t.tranId(), t.typeCode(), t.categoryCode(), t.source(), t.description(),
          Money.toDecimal(t.amountCents()), t.merchantId(), t.merchantName(), t.merchantCity(), t.merchantZip(),
          t.cardNumber(), t.originTimestamp(), t.processTimestamp(), s[1], journalByTranId.get(t.tranId())});
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("INSERT INTO CD_SYSTEM_TRANSACTION (RUN_ID, " + CardDemoTables.TRANSACTION_COLUMNS
          + ", ACCT_ID, JOURNAL_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }
    jdbc.batchUpdate("UPDATE CD_ACCOUNT SET CURR_CYC_CREDIT = 0, CURR_CYC_DEBIT = 0 WHERE RUN_ID = ? AND ACCT_ID = ?",
        accountResets);
    nextSequence = sequence;
  }

  /** Loads the (small) disclosure group table and continues the counter after what committed before. */
  private void start() {
    jdbc.query("SELECT GROUP_ID, TRAN_TYPE, TRAN_CAT_CD, INT_RATE_PCT FROM CD_DISCLOSURE_GROUP WHERE RUN_ID = ?",
        rs -> {
          rateHundredthsByKey.put(key(rs.getString(1), rs.getString(2), rs.getInt(3)),
              rs.getBigDecimal(4).movePointRight(2).longValueExact());
        }, run.runId());
    Long written = jdbc.queryForObject("SELECT COUNT(*) FROM CD_SYSTEM_TRANSACTION WHERE RUN_ID = ?", Long.class, run.runId());
    nextSequence = (written == null ? 0 : written) + 1;
  }

  /** The annual rate in hundredths of a percent (15.00% is 1500): the group's row, else DEFAULT's. */
  private long rate(CategoryBalanceReader.AccountCategories account, CategoryBalanceReader.CategoryRow row) {
    Long rate = rateHundredthsByKey.get(key(account.groupId(), row.typeCode(), row.categoryCode()));
    if (rate == null) rate = rateHundredthsByKey.get(key(DEFAULT_GROUP, row.typeCode(), row.categoryCode()));
    if (rate == null) {
      throw new CardDemoDataException("INTCALC: no interest rate for account " + account.acctId() + " group '"
          + account.groupId() + "' type '" + row.typeCode() + "' category " + String.format("%04d", row.categoryCode())
          + ", and no DEFAULT row for that type and category in the disclosure group file (the original abends)");
    }
    return rate;
  }

  /** balance x rate / 1200, cut toward zero to the cent (COBOL COMPUTE without ROUNDED): 2.0875 is 2.08. */
  static long monthlyInterestCents(long balanceCents, long rateHundredths) {
    return balanceCents * rateHundredths / 120_000;
  }

  private CardTransaction interestTransaction(String tranId, CategoryBalanceReader.AccountCategories account,
      long interestCents) {
    // the original takes both from the clock in DB2 form, to the hundredth of a second, as POSTTRAN does
    String timestamp = run.request().postingTimestamp();
    return new CardTransaction(tranId, INTEREST_TYPE, INTEREST_CATEGORY, INTEREST_SOURCE,
        "Int. for a/c " + String.format("%011d", account.acctId()), interestCents, 0, "", "", "", account.cardNumber(),
        timestamp, timestamp);
  }

  /** Group ids are compared as the 10-character field: trailing blanks do not matter. */
  private static String key(String groupId, String typeCode, int categoryCode) {
    return stripTrailing(groupId) + "|" + typeCode + "|" + categoryCode;
  }

  private static String stripTrailing(String s) {
    return s == null ? "" : s.stripTrailing();
  }
}
