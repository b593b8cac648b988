package io.corebank.carddemo;

import org.springframework.jdbc.core.JdbcTemplate;

/** The small set-based steps of the nightly: snapshots of the accounts and the combine step. */
final class CardDemoSteps {
  private CardDemoSteps() {}

  /** Records the accounts as they are now under {@code stage} (replacing an earlier snapshot of that stage). */
  static int snapshotAccounts(JdbcTemplate jdbc, CardDemoRun run, String stage) {
    jdbc.update("DELETE FROM CD_ACCOUNT_SNAPSHOT WHERE RUN_ID = ? AND STAGE = ?", run.runId(), stage);
    // ACCT-CURR-BAL is what the cardholder owes: minus the ledger's credits-minus-debits balance
    return jdbc.update("INSERT INTO CD_ACCOUNT_SNAPSHOT (RUN_ID, STAGE, ACCT_ID, CURR_BAL, CURR_CYC_CREDIT, CURR_CYC_DEBIT) "
        + "SELECT a.RUN_ID, ?, a.ACCT_ID, 0 - b.CURRENT_BALANCE, a.CURR_CYC_CREDIT, a.CURR_CYC_DEBIT "
        + "FROM CD_ACCOUNT a JOIN ACCOUNT_BALANCE b ON b.ACCOUNT_ID = a.LEDGER_ACCOUNT_ID WHERE a.RUN_ID = ?",
        stage, run.runId());
  }

  /**
   * COMBTRAN: the interest transactions join the transaction master. An interest id that is already the id
   * of a posted transaction is a key clash the original's REPRO refuses too: the step fails naming it.
   */
  static int combine(JdbcTemplate jdbc, CardDemoRun run) {
    var clashes = jdbc.queryForList("SELECT s.TRAN_ID FROM CD_SYSTEM_TRANSACTION s JOIN CD_TRANSACTION t "
        + "ON t.RUN_ID = s.RUN_ID AND t.TRAN_ID = s.TRAN_ID AND t.ORIGIN = 'P' WHERE s.RUN_ID = ? "
        + "FETCH FIRST 5 ROWS ONLY", String.class, run.runId());
    if (!clashes.isEmpty()) {
      throw new CardDemoDataException("COMBTRAN: interest transaction ids " + clashes
          + " are also ids of posted transactions (TRAN-ID is the key of the transaction file)");
    }
    return jdbc.update("INSERT INTO CD_TRANSACTION (RUN_ID, " + CardDemoTables.TRANSACTION_COLUMNS + ", ORIGIN, JOURNAL_ID) "
        + "SELECT s.RUN_ID, s.TRAN_ID, s.TRAN_TYPE, s.TRAN_CAT_CD, s.SOURCE, s.DESCRIPTION, s.AMOUNT, s.MERCHANT_ID, "
        + "s.MERCHANT_NAME, s.MERCHANT_CITY, s.MERCHANT_ZIP, s.CARD_NUM, s.ORIG_TS, s.PROC_TS, 'I', s.JOURNAL_ID "
        + "FROM CD_SYSTEM_TRANSACTION s WHERE s.RUN_ID = ? AND NOT EXISTS (SELECT 1 FROM CD_TRANSACTION t "
        + "WHERE t.RUN_ID = s.RUN_ID AND t.TRAN_ID = s.TRAN_ID)", run.runId());
  }
}
