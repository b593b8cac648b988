package io.corebank.carddemo;

import io.corebank.copybook.codec.TextEncoding;
import io.corebank.platform.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CREASTMT and TRANREPT: the statements and the transaction report, printed from the database with
 * cursors (one pass, any size) into the output directory, in the run's encoding.
 */
@Service
public class CardDemoReports {
  private static final Logger log = LoggerFactory.getLogger(CardDemoReports.class);
  private static final int FETCH_ROWS = 1_000;

  private final DataSource dataSource;
  private final TransactionTemplate readOnly;

  public CardDemoReports(DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.dataSource = dataSource;
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
  }

  /** What CREASTMT printed: statements, and cards skipped because their customer or account is missing. */
  public record StatementCounts(long statements, long transactions, long skippedCards) {}

  /**
   * One statement per cross-reference record in card order (cards without transactions too), with the
   * card's transactions from the combined transaction master in transaction-id order, and the account's
   * balance after INTCALC.
   */
  public StatementCounts statements(CardDemoRun run, Path outputDir) {
    TextEncoding encoding = run.encoding().textEncoding();
    long[] counts = new long[3];
    CardDemoExporter.write(outputDir, CardDemoOutput.STATEMNT_PS, text ->
        CardDemoExporter.write(outputDir, CardDemoOutput.STATEMNT_HTML, html -> {
          StatementPrinter printer = new StatementPrinter(sink(text, encoding, StatementPrinter.TEXT_LINE_LENGTH),
              sink(html, encoding, StatementPrinter.HTML_LINE_LENGTH));
          inReadOnlyTransaction(connection -> printStatements(connection, run, printer, counts));
          return counts[0];
        }));
    return new StatementCounts(counts[0], counts[1], counts[2]);
  }

  private void printStatements(Connection connection, CardDemoRun run, StatementPrinter printer, long[] counts)
      throws SQLException {
    try (PreparedStatement cards = connection.prepareStatement(
            "SELECT x.CARD_NUM, x.ACCT_ID, x.CUST_ID, c.CUST_ID, c.FIRST_NAME, c.MIDDLE_NAME, c.LAST_NAME, c.ADDR_LINE_1, "
                + "c.ADDR_LINE_2, c.ADDR_LINE_3, c.ADDR_STATE_CD, c.ADDR_COUNTRY_CD, c.ADDR_ZIP, c.FICO_CREDIT_SCORE, "
                + "s.CURR_BAL FROM CD_CARD_XREF x "
                + "LEFT JOIN CD_CUSTOMER c ON c.RUN_ID = x.RUN_ID AND c.CUST_ID = x.CUST_ID "
                + "LEFT JOIN CD_ACCOUNT_SNAPSHOT s ON s.RUN_ID = x.RUN_ID AND s.STAGE = 'INTCALC' AND s.ACCT_ID = x.ACCT_ID "
                + "WHERE x.RUN_ID = ? ORDER BY x.CARD_NUM");
         PreparedStatement transactions = connection.prepareStatement(
            "SELECT CARD_NUM, TRAN_ID, DESCRIPTION, AMOUNT FROM CD_TRANSACTION WHERE RUN_ID = ? "
                + "ORDER BY CARD_NUM, TRAN_ID")) {
      cards.setFetchSize(FETCH_ROWS);
      transactions.setFetchSize(FETCH_ROWS);
      cards.setLong(1, run.runId());
      transactions.setLong(1, run.runId());
      try (ResultSet card = cards.executeQuery(); ResultSet tran = transactions.executeQuery()) {
        boolean tranValid = tran.next();
        while (card.next()) {
          String cardNumber = card.getString(1);
          // transactions of cards that come before this one have no cross-reference record: not printed
          while (tranValid && tran.getString(1).compareTo(cardNumber) < 0) tranValid = tran.next();
          boolean complete = card.getObject(4) != null && card.getObject(15) != null;
          if (!complete) {
            counts[2]++;
            log.warn("CREASTMT: no statement for card ending {}: its {} is missing (customer {}, account {})",
                last4(cardNumber), card.getObject(4) == null ? "customer" : "account", card.getLong(3), card.getLong(2));
            while (tranValid && tran.getString(1).equals(cardNumber)) tranValid = tran.next();
            continue;
          }
          printer.beginStatement(new StatementCustomer(card.getString(5), card.getString(6), card.getString(7),
                  card.getString(8), card.getString(9), card.getString(10), card.getString(11), card.getString(12),
                  card.getString(13), card.getInt(14)),
              new StatementAccount(card.getLong(2), Money.toCents(card.getBigDecimal(15))));
          while (tranValid && tran.getString(1).equals(cardNumber)) {
            printer.transaction(new StatementTransaction(tran.getString(2), tran.getString(3),
                Money.toCents(tran.getBigDecimal(4))));
            counts[1]++;
            tranValid = tran.next();
          }
          printer.endStatement();
          counts[0]++;
        }
      }
    }
  }

  /**
   * The transaction detail report over the combined transactions whose processing date lies in the report
   * range, in card order (transaction-id order within a card). A transaction whose card, type or category
   * is unknown stops the job, as in the original.
   */
  public long report(CardDemoRun run, Path outputDir) {
    TextEncoding encoding = run.encoding().textEncoding();
    return CardDemoExporter.write(outputDir, CardDemoOutput.TRANREPT, out -> {
      long[] details = {0};
      TransactionReportPrinter printer = new TransactionReportPrinter(run.request().reportFrom(),
          run.request().reportTo(), sink(out, encoding, TransactionReportPrinter.LINE_LENGTH));
      inReadOnlyTransaction(connection -> {
        try (PreparedStatement ps = connection.prepareStatement(
            "SELECT t.TRAN_ID, x.ACCT_ID, t.TRAN_TYPE, ty.DESCRIPTION, t.TRAN_CAT_CD, ca.DESCRIPTION, t.SOURCE, t.AMOUNT, "
                + "t.CARD_NUM FROM CD_TRANSACTION t "
                + "LEFT JOIN CD_CARD_XREF x ON x.RUN_ID = t.RUN_ID AND x.CARD_NUM = t.CARD_NUM "
                + "LEFT JOIN CD_TRAN_TYPE ty ON ty.RUN_ID = t.RUN_ID AND ty.TRAN_TYPE = t.TRAN_TYPE "
                + "LEFT JOIN CD_TRAN_CATEGORY ca ON ca.RUN_ID = t.RUN_ID AND ca.TRAN_TYPE = t.TRAN_TYPE "
                + "AND ca.TRAN_CAT_CD = t.TRAN_CAT_CD "
                + "WHERE t.RUN_ID = ? AND SUBSTR(t.PROC_TS, 1, 10) BETWEEN ? AND ? ORDER BY t.CARD_NUM, t.TRAN_ID")) {
          ps.setFetchSize(FETCH_ROWS);
          ps.setLong(1, run.runId());
          ps.setString(2, run.request().reportFrom().toString());
          ps.setString(3, run.request().reportTo().toString());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              String tranId = rs.getString(1);
              if (rs.getObject(2) == null) {
                throw new CardDemoDataException("TRANREPT: transaction " + tranId + " has card ending "
                    + last4(rs.getString(9)) + ", which is not in the cross-reference");
              }
              if (rs.getString(4) == null) {
                throw new CardDemoDataException("TRANREPT: transaction " + tranId + " has type '" + rs.getString(3)
                    + "', which is not in the transaction type file");
              }
              if (rs.getString(6) == null) {
                throw new CardDemoDataException("TRANREPT: transaction " + tranId + " has type '" + rs.getString(3)
                    + "' category " + rs.getInt(5) + ", which is not in the transaction category file");
              }
              printer.detail(new ReportDetail(tranId, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                  rs.getString(6), rs.getString(7), Money.toCents(rs.getBigDecimal(8)), rs.getString(9)));
              details[0]++;
            }
          }
        }
      });
      printer.finish();
      return details[0];
    });
  }

  private interface ConnectionWork {
    void run(Connection connection) throws SQLException;
  }

  private void inReadOnlyTransaction(ConnectionWork work) {
    readOnly.executeWithoutResult(status -> {
      Connection connection = DataSourceUtils.getConnection(dataSource);
      try {
        work.run(connection);
      } catch (SQLException e) {
        throw new IllegalStateException("reading the CardDemo tables failed: " + e.getMessage(), e);
      } finally {
        DataSourceUtils.releaseConnection(connection, dataSource);
      }
    });
  }

  /** A sink writing each line as one fixed-length record in the run's encoding. */
  private static LineSink sink(OutputStream out, TextEncoding encoding, int recordLength) {
    return line -> {
      if (line.length() != recordLength) {
        throw new IllegalStateException("a " + recordLength + "-byte report line has " + line.length() + " characters");
      }
      try {
        out.write(encoding.encode(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static String last4(String card) {
    return card == null || card.length() < 4 ? "?" : card.substring(card.length() - 4);
  }
}
