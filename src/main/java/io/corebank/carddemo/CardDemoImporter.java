package io.corebank.carddemo;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.copybook.io.FixedRecordReader;
import io.corebank.copybook.io.RawRecord;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.FundsCheck;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingOutcome;
import io.corebank.platform.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a run's master files into the CardDemo tables, as the original's IDCAMS REPRO loads the VSAM
 * clusters: reference data, customers, cards, cross-references, category balances, and the accounts, each
 * opened as a ledger account whose current balance is brought in by a conversion journal (the cardholder
 * against the conversion clearing account). All of it commits in one transaction, so a crash leaves either
 * nothing or the whole import. The daily transaction file is not imported: POSTTRAN reads it as it posts.
 */
@Service
public class CardDemoImporter {
  static final String ACTOR = "carddemo";
  static final String CURRENCY = "USD";
  static final String PRODUCT = "CARDDEMO";
  private static final int CHUNK = 5_000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AccountService accounts;
  private final InternalAccounts internalAccounts;
  private final LedgerService ledger;
  private final CardDemoRuns runs;

  public CardDemoImporter(JdbcTemplate jdbc, TransactionTemplate tx, AccountService accounts,
      InternalAccounts internalAccounts, LedgerService ledger, CardDemoRuns runs) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.accounts = accounts;
    this.internalAccounts = internalAccounts;
    this.ledger = ledger;
    this.runs = runs;
  }

  /** Imports the run's inputs unless that was done before; returns the number of records loaded. */
  public long importInputs(CardDemoRun run) {
    internalAccounts.ensureOpen();
    if (runs.isImported(run)) return 0;
    Long loaded = tx.execute(status -> {
      CardDemoRecords records = new CardDemoRecords(run.encoding());
      long n = 0;
      n += load(run, records, CardDemoFile.TRANSACTION_TYPES, "CD_TRAN_TYPE (RUN_ID, TRAN_TYPE, DESCRIPTION)",
          v -> new Object[] {run.runId(), v.text("TRAN-TYPE"), v.text("TRAN-TYPE-DESC")});
      n += load(run, records, CardDemoFile.TRANSACTION_CATEGORIES,
          "CD_TRAN_CATEGORY (RUN_ID, TRAN_TYPE, TRAN_CAT_CD, DESCRIPTION)",
          v -> new Object[] {run.runId(), v.text("TRAN-TYPE-CD"), v.intValue("TRAN-CAT-CD"), v.text("TRAN-CAT-TYPE-DESC")});
      n += load(run, records, CardDemoFile.DISCLOSURE_GROUPS,
          "CD_DISCLOSURE_GROUP (RUN_ID, GROUP_ID, TRAN_TYPE, TRAN_CAT_CD, INT_RATE_PCT)",
          v -> new Object[] {run.runId(), v.text("DIS-ACCT-GROUP-ID"), v.text("DIS-TRAN-TYPE-CD"),
              v.intValue("DIS-TRAN-CAT-CD"), v.number("DIS-INT-RATE")});
      n += load(run, records, CardDemoFile.CUSTOMERS, "CD_CUSTOMER (RUN_ID, CUST_ID, FIRST_NAME, MIDDLE_NAME, "
              + "LAST_NAME, ADDR_LINE_1, ADDR_LINE_2, ADDR_LINE_3, ADDR_STATE_CD, ADDR_COUNTRY_CD, ADDR_ZIP, PHONE_NUM_1, "
              + "PHONE_NUM_2, SSN, GOVT_ISSUED_ID, DOB, EFT_ACCOUNT_ID, PRI_CARD_HOLDER_IND, FICO_CREDIT_SCORE)",
          v -> new Object[] {run.runId(), v.longValue("CUST-ID"), v.text("CUST-FIRST-NAME"), v.text("CUST-MIDDLE-NAME"),
              v.text("CUST-LAST-NAME"), v.text("CUST-ADDR-LINE-1"), v.text("CUST-ADDR-LINE-2"), v.text("CUST-ADDR-LINE-3"),
              v.text("CUST-ADDR-STATE-CD"), v.text("CUST-ADDR-COUNTRY-CD"), v.text("CUST-ADDR-ZIP"),
              v.text("CUST-PHONE-NUM-1"), v.text("CUST-PHONE-NUM-2"), v.longValue("CUST-SSN"),
              v.text("CUST-GOVT-ISSUED-ID"), v.text("CUST-DOB-YYYY-MM-DD"), v.text("CUST-EFT-ACCOUNT-ID"),
              v.text("CUST-PRI-CARD-HOLDER-IND"), v.intValue("CUST-FICO-CREDIT-SCORE")});
      n += load(run, records, CardDemoFile.CARDS, "CD_CARD (RUN_ID, CARD_NUM, ACCT_ID, CVV_CD, EMBOSSED_NAME, "
              + "EXPIRATION_DATE, ACTIVE_STATUS)",
          v -> new Object[] {run.runId(), v.text("CARD-NUM"), v.longValue("CARD-ACCT-ID"), v.intValue("CARD-CVV-CD"),
              v.text("CARD-EMBOSSED-NAME"), v.text("CARD-EXPIRAION-DATE"), v.text("CARD-ACTIVE-STATUS")});
      n += load(run, records, CardDemoFile.CARD_XREF, "CD_CARD_XREF (RUN_ID, CARD_NUM, CUST_ID, ACCT_ID)",
          v -> new Object[] {run.runId(), v.text("XREF-CARD-NUM"), v.longValue("XREF-CUST-ID"), v.longValue("XREF-ACCT-ID")});
      n += load(run, records, CardDemoFile.CATEGORY_BALANCES,
          "CD_TRAN_CAT_BALANCE (RUN_ID, ACCT_ID, TRAN_TYPE, TRAN_CAT_CD, BALANCE, FILLER)",
          v -> new Object[] {run.runId(), v.longValue("TRANCAT-ACCT-ID"), v.text("TRANCAT-TYPE-CD"),
              v.intValue("TRANCAT-CD"), v.number("TRAN-CAT-BAL"), v.text("FILLER")});
      n += loadAccounts(run, records);
      runs.markImported(run);
      return n;
    });
    return loaded == null ? 0 : loaded;
  }

  /** Loads one file in chunks of batched inserts; a duplicate key is reported with the file and record. */
  private long load(CardDemoRun run, CardDemoRecords records, CardDemoFile file, String tableAndColumns,
      Function<CardDemoRecords.Codec.Values, Object[]> row) {
    String sql = "INSERT INTO " + tableAndColumns + " VALUES (" + placeholders(tableAndColumns) + ")";
    return readInChunks(run, records, file, chunk -> {
      List<Object[]> rows = new ArrayList<>(chunk.size());
      for (Numbered n : chunk) rows.add(row.apply(n.values()));
      try {
        jdbc.batchUpdate(sql, rows);
      } catch (DuplicateKeyException e) {
        throw new CardDemoDataException(file.fileName(run.encoding()) + " records " + chunk.get(0).number() + " to "
            + chunk.get(chunk.size() - 1).number() + ": a key appears twice (the file's key must be unique)", e);
      }
    });
  }

  private long loadAccounts(CardDemoRun run, CardDemoRecords records) {
    long conversion = internalAccounts.id(InternalAccount.CONVERSION_CLEARING);
    return readInChunks(run, records, CardDemoFile.ACCOUNTS, chunk -> {
      List<OpenAccount> open = new ArrayList<>(chunk.size());
      for (Numbered n : chunk) {
        long acctId = n.values().longValue("ACCT-ID");
        long creditLimitCents = n.values().cents("ACCT-CREDIT-LIMIT");
        open.add(new OpenAccount(run.ledgerAccountNumber(acctId), null, PRODUCT, "CardDemo account " + acctId,
            Math.max(0, creditLimitCents), null));
      }
      List<Account> opened;
      try {
        opened = accounts.openAccounts(open, ACTOR);
      } catch (DuplicateKeyException e) {
        throw new CardDemoDataException(CardDemoFile.ACCOUNTS.fileName(run.encoding()) + " records "
            + chunk.get(0).number() + " to " + chunk.get(chunk.size() - 1).number() + ": an account id appears twice", e);
      }
      List<Object[]> rows = new ArrayList<>(chunk.size());
      List<JournalRequest> openingBalances = new ArrayList<>();
      for (int i = 0; i < chunk.size(); i++) {
        CardDemoRecords.Codec.Values v = chunk.get(i).values();
        long acctId = v.longValue("ACCT-ID");
        long ledgerAccountId = opened.get(i).accountId();
        rows.add(new Object[] {run.runId(), acctId, ledgerAccountId, v.text("ACCT-ACTIVE-STATUS"),
            v.number("ACCT-CREDIT-LIMIT"), v.number("ACCT-CASH-CREDIT-LIMIT"), v.text("ACCT-OPEN-DATE"),
            v.text("ACCT-EXPIRAION-DATE"), v.text("ACCT-REISSUE-DATE"), v.number("ACCT-CURR-CYC-CREDIT"),
            v.number("ACCT-CURR-CYC-DEBIT"), v.text("ACCT-ADDR-ZIP"), v.text("ACCT-GROUP-ID"), v.text("FILLER")});
        long balanceCents = v.cents("ACCT-CURR-BAL");
        if (balanceCents != 0) {
          openingBalances.add(CardLedger.movement(run.journalKey("open", Long.toString(acctId)), "CONVERSION",
              ledgerAccountId, conversion, balanceCents, Long.toString(acctId),
              "Opening balance of CardDemo account " + acctId + " (" + Money.format(balanceCents) + ")"));
        }
      }
      jdbc.batchUpdate("INSERT INTO CD_ACCOUNT (RUN_ID, ACCT_ID, LEDGER_ACCOUNT_ID, ACTIVE_STATUS, CREDIT_LIMIT, "
          + "CASH_CREDIT_LIMIT, OPEN_DATE, EXPIRATION_DATE, REISSUE_DATE, CURR_CYC_CREDIT, CURR_CYC_DEBIT, ADDR_ZIP, "
          + "GROUP_ID, FILLER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
      CardLedger.requirePosted(ledger.postBatch(openingBalances));
    });
  }

  record Numbered(long number, CardDemoRecords.Codec.Values values) {}

  private interface ChunkHandler {
    void handle(List<Numbered> chunk);
  }

  private long readInChunks(CardDemoRun run, CardDemoRecords records, CardDemoFile file, ChunkHandler handler) {
    Path path = file.in(run.request().inputDir(), run.encoding());
    String name = file.fileName(run.encoding());
    CardDemoRecords.Codec codec = records.codec(file.copybook());
    long count = 0;
    try (InputStream in = Files.newInputStream(path);
         FixedRecordReader reader = run.encoding().reader(in, file.recordLengthBytes())) {
      List<Numbered> chunk = new ArrayList<>(CHUNK);
      for (Optional<RawRecord> raw; (raw = next(reader, name)).isPresent(); ) {
        chunk.add(new Numbered(raw.get().number(), codec.decode(raw.get().bytes(), name, raw.get().number())));
        if (chunk.size() == CHUNK) {
          handler.handle(chunk);
          count += chunk.size();
          chunk = new ArrayList<>(CHUNK);
        }
      }
      if (!chunk.isEmpty()) {
        handler.handle(chunk);
        count += chunk.size();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return count;
  }

  static Optional<RawRecord> next(FixedRecordReader reader, String fileName) {
    try {
      return reader.next();
    } catch (RuntimeException e) {
      throw new CardDemoDataException(fileName + ": " + e.getMessage(), e);
    }
  }

  private static String placeholders(String tableAndColumns) {
    int columns = tableAndColumns.split(",").length;
    return String.join(", ", java.util.Collections.nCopies(columns, "?"));
  }
}
