package io.corebank.carddemo;

import io.corebank.platform.Money;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a run's record outputs (the original's data sets after each job) as fixed-length files in the
 * input's encoding: rejects, the transaction master after POSTTRAN, category balances, the account
 * snapshots, and SYSTRAN. Reads with a cursor inside a read-only transaction, so any size streams; each
 * file is written under a temporary name and moved into place when complete.
 */
@Service
public class CardDemoExporter {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;

  public CardDemoExporter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = new JdbcTemplate(jdbc.getDataSource());
    this.jdbc.setFetchSize(1_000);
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
  }

  /** Writes every record output of the run into {@code outputDir}; returns records written per file. */
  public Map<CardDemoOutput, Long> exportRecords(CardDemoRun run, Path outputDir) {
    CardDemoRecords records = new CardDemoRecords(run.encoding());
    Map<CardDemoOutput, Long> counts = new LinkedHashMap<>();
    readOnly.executeWithoutResult(status -> {
      counts.put(CardDemoOutput.DALYREJS, rejects(run, records, outputDir));
      counts.put(CardDemoOutput.TRANSACT_AFTER_POST, transactions(run, records, outputDir,
          CardDemoOutput.TRANSACT_AFTER_POST, "CD_TRANSACTION", " AND ORIGIN = 'P'"));
      counts.put(CardDemoOutput.TCAT_AFTER_POST, categoryBalances(run, records, outputDir));
      counts.put(CardDemoOutput.ACCT_AFTER_POST, accounts(run, records, outputDir, CardDemoOutput.ACCT_AFTER_POST, "POSTTRAN"));
      counts.put(CardDemoOutput.SYSTRAN, transactions(run, records, outputDir, CardDemoOutput.SYSTRAN,
          "CD_SYSTEM_TRANSACTION", ""));
      counts.put(CardDemoOutput.ACCT_AFTER_INTCALC, accounts(run, records, outputDir, CardDemoOutput.ACCT_AFTER_INTCALC, "INTCALC"));
    });
    return counts;
  }

  private long rejects(CardDemoRun run, CardDemoRecords records, Path dir) {
    CardDemoRecords.Codec daily = records.codec("CVTRA06Y");
    CardDemoRecords.Codec reject = records.codec("CVTRA07Y");
    return write(dir, CardDemoOutput.DALYREJS, out -> {
      long[] n = {0};
      jdbc.query("SELECT " + CardDemoTables.TRANSACTION_COLUMNS + ", REASON_CODE, REASON_TEXT FROM CD_DAILY_REJECT "
          + "WHERE RUN_ID = ? ORDER BY RECORD_NO", rs -> {
            byte[] transaction = daily.encode(CardDemoTables.transaction(rs, 1).dailyValues());
            Map<String, Object> trailer = new LinkedHashMap<>();
            trailer.put("REJECT-TRAN-DATA", " ".repeat(350));
            trailer.put("WS-VALIDATION-FAIL-REASON", BigDecimal.valueOf(rs.getInt(14)));
            trailer.put("WS-VALIDATION-FAIL-REASON-DESC", rs.getString(15));
            byte[] record = reject.encode(trailer);
            System.arraycopy(transaction, 0, record, 0, transaction.length);
            emit(out, record);
            n[0]++;
          }, run.runId());
      return n[0];
    });
  }

  private long transactions(CardDemoRun run, CardDemoRecords records, Path dir, CardDemoOutput output, String table,
      String condition) {
    CardDemoRecords.Codec codec = records.codec("CVTRA05Y");
    return write(dir, output, out -> {
      long[] n = {0};
      jdbc.query("SELECT " + CardDemoTables.TRANSACTION_COLUMNS + " FROM " + table + " WHERE RUN_ID = ?" + condition
          + " ORDER BY TRAN_ID", rs -> {
            emit(out, codec.encode(CardDemoTables.transaction(rs, 1).postedValues()));
            n[0]++;
          }, run.runId());
      return n[0];
    });
  }

  private long categoryBalances(CardDemoRun run, CardDemoRecords records, Path dir) {
    CardDemoRecords.Codec codec = records.codec("CVTRA01Y");
    return write(dir, CardDemoOutput.TCAT_AFTER_POST, out -> {
      long[] n = {0};
      jdbc.query("SELECT ACCT_ID, TRAN_TYPE, TRAN_CAT_CD, BALANCE, FILLER FROM CD_TRAN_CAT_BALANCE WHERE RUN_ID = ? "
          + "ORDER BY ACCT_ID, TRAN_TYPE, TRAN_CAT_CD", rs -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("TRANCAT-ACCT-ID", rs.getLong(1));
            v.put("TRANCAT-TYPE-CD", rs.getString(2));
            v.put("TRANCAT-CD", rs.getInt(3));
            v.put("TRAN-CAT-BAL", rs.getBigDecimal(4).setScale(2));
            v.put("FILLER", rs.getString(5));
            emit(out, codec.encode(v));
            n[0]++;
          }, run.runId());
      return n[0];
    });
  }

  private long accounts(CardDemoRun run, CardDemoRecords records, Path dir, CardDemoOutput output, String stage) {
    CardDemoRecords.Codec codec = records.codec("CVACT01Y");
    return write(dir, output, out -> {
      long[] n = {0};
      jdbc.query("SELECT a.ACCT_ID, a.ACTIVE_STATUS, s.CURR_BAL, a.CREDIT_LIMIT, a.CASH_CREDIT_LIMIT, a.OPEN_DATE, "
          + "a.EXPIRATION_DATE, a.REISSUE_DATE, s.CURR_CYC_CREDIT, s.CURR_CYC_DEBIT, a.ADDR_ZIP, a.GROUP_ID, a.FILLER "
          + "FROM CD_ACCOUNT a JOIN CD_ACCOUNT_SNAPSHOT s ON s.RUN_ID = a.RUN_ID AND s.ACCT_ID = a.ACCT_ID AND s.STAGE = ? "
          + "WHERE a.RUN_ID = ? ORDER BY a.ACCT_ID", rs -> {
            emit(out, codec.encode(accountValues(rs)));
            n[0]++;
          }, stage, run.runId());
      return n[0];
    });
  }

  private static Map<String, Object> accountValues(ResultSet rs) throws SQLException {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("ACCT-ID", rs.getLong(1));
    v.put("ACCT-ACTIVE-STATUS", rs.getString(2));
    v.put("ACCT-CURR-BAL", money(rs.getBigDecimal(3)));
    v.put("ACCT-CREDIT-LIMIT", money(rs.getBigDecimal(4)));
    v.put("ACCT-CASH-CREDIT-LIMIT", money(rs.getBigDecimal(5)));
    v.put("ACCT-OPEN-DATE", rs.getString(6));
    v.put("ACCT-EXPIRAION-DATE", rs.getString(7));
    v.put("ACCT-REISSUE-DATE", rs.getString(8));
    v.put("ACCT-CURR-CYC-CREDIT", money(rs.getBigDecimal(9)));
    v.put("ACCT-CURR-CYC-DEBIT", money(rs.getBigDecimal(10)));
    v.put("ACCT-ADDR-ZIP", rs.getString(11));
    v.put("ACCT-GROUP-ID", rs.getString(12));
    v.put("FILLER", rs.getString(13));
    return v;
  }

  private static BigDecimal money(BigDecimal value) {
    return Money.toDecimal(Money.toCents(value));
  }

  interface Body {
    long write(OutputStream out) throws IOException;
  }

  /** Writes {@code output} under a temporary name and moves it into place once complete. */
  static long write(Path dir, CardDemoOutput output, Body body) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(output.fileName());
      Path part = dir.resolve(output.fileName() + ".part");
      long n;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
        n = body.write(out);
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output.fileName() + " in " + dir, e);
    }
  }

  private static void emit(OutputStream out, byte[] record) {
    try {
      out.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
