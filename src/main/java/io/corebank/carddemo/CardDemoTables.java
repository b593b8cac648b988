package io.corebank.carddemo;

import io.corebank.platform.Money;
import io.corebank.platform.PostgresCopy;
import org.springframework.dao.DataIntegrityViolationException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row mappings shared by the CardDemo jobs for the transaction tables. */
final class CardDemoTables {
  static final String TRANSACTION_COLUMNS = "TRAN_ID, TRAN_TYPE, TRAN_CAT_CD, SOURCE, DESCRIPTION, AMOUNT, MERCHANT_ID, "
      + "MERCHANT_NAME, MERCHANT_CITY, MERCHANT_ZIP, CARD_NUM, ORIG_TS, PROC_TS";

  private CardDemoTables() {}

  static Object[] transactionRow(long runId, CardTransaction t, char origin, Long journalId) {
    return new Object[] {runId, t.tranId(), t.typeCode(), t.categoryCode(), t.source(), t.description(),
        Money.toDecimal(t.amountCents()), t.merchantId(), t.merchantName(), t.merchantCity(), t.merchantZip(),
        t.cardNumber(), t.originTimestamp(), t.processTimestamp(), String.valueOf(origin), journalId};
  }

  static void insertTransactions(JdbcTemplate jdbc, String table, List<Object[]> rows) {
    if (rows.isEmpty()) return;
    jdbc.batchUpdate("INSERT INTO " + table + " (RUN_ID, " + TRANSACTION_COLUMNS + ", ORIGIN, JOURNAL_ID) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  /** PostgreSQL: appends rows (as {@link #transactionRow}) to CD_TRANSACTION with COPY. */
  static void copyTransactions(JdbcTemplate jdbc, List<Object[]> rows, java.util.function.UnaryOperator<List<Object[]>> unused) {
    copy(jdbc, "CD_TRANSACTION", "RUN_ID, " + TRANSACTION_COLUMNS + ", ORIGIN, JOURNAL_ID", rows);
  }

  /** PostgreSQL: appends rows to a table with COPY in the caller's transaction; a repeated key names the table. */
  static void copy(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
    try {
      PostgresCopy.copyRows(jdbc, table, columns, rows);
    } catch (DataIntegrityViolationException e) {
      throw new CardDemoDataException("a key of " + table + " repeats one written before: " + e.getMostSpecificCause().getMessage(), e);
    }
  }

  /** Reads a transaction from {@link #TRANSACTION_COLUMNS} starting at column {@code first}. */
  static CardTransaction transaction(ResultSet rs, int first) throws SQLException {
    int c = first;
    return new CardTransaction(rs.getString(c), rs.getString(c + 1), rs.getInt(c + 2), rs.getString(c + 3),
        rs.getString(c + 4), Money.toCents(rs.getBigDecimal(c + 5)), rs.getLong(c + 6), rs.getString(c + 7),
        rs.getString(c + 8), rs.getString(c + 9), rs.getString(c + 10), rs.getString(c + 11), rs.getString(c + 12));
  }
}
