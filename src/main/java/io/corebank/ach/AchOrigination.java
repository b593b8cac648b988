package io.corebank.ach;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.FundsCheck;
import io.corebank.ledger.JournalReceipt;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.nacha.AchFileWriter;
import io.corebank.nacha.BatchHeader;
import io.corebank.nacha.EntryDetail;
import io.corebank.nacha.FileHeader;
import io.corebank.nacha.NachaValidator;
import io.corebank.nacha.RoutingNumbers;
import io.corebank.nacha.SecCode;
import io.corebank.nacha.ValidationReport;
import io.corebank.platform.IdAllocator;
import io.corebank.platform.Money;
import io.corebank.platform.SqlDialect;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Our customers' outgoing ACH payments (we are the ODFI). A payment is debited from the customer at once
 * (against ACH clearing) and queued; at a Fed window the queued payments are assembled into one outbound
 * NACHA file, effective on the window's settlement date. The queue rows are marked sent in the same
 * transaction that registers the file, and the file is then written from those rows: a crash in between
 * leaves a registered file that the next window writes again, byte for byte, so nothing is sent twice or lost.
 */
@Service
public class AchOrigination {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final LedgerService ledger;
  private final AccountService accounts;
  private final InternalAccounts internalAccounts;
  private final AchFiles files;
  private final AchSettings settings;
  private final AchWindows windows;
  private final IdAllocator originationIds;
  private final Clock clock;

  public AchOrigination(JdbcTemplate jdbc, TransactionTemplate tx, SqlDialect dialect, LedgerService ledger,
      AccountService accounts, InternalAccounts internalAccounts, AchFiles files, AchSettings settings, AchWindows windows,
      Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.ledger = ledger;
    this.accounts = accounts;
    this.internalAccounts = internalAccounts;
    this.files = files;
    this.settings = settings;
    this.windows = windows;
    this.originationIds = new IdAllocator(jdbc, dialect, "ACH_ORIGINATION_SEQ");
    this.clock = clock;
  }

  /**
   * A payment to queue.
   *
   * @param requestKey the caller's idempotency key: the same key returns the payment queued first
   */
  public record Payment(String requestKey, String fromAccountNumber, String receiverRouting, String receiverAccount,
      String receiverName, long amountCents, String secCode, String entryDescription) {}

  /** A queued payment. */
  public record Queued(long originationId, long journalId, boolean replayed) {}

  /** Debits the customer now and queues the payment for the next window. */
  public Queued queue(Payment p) {
    if (!RoutingNumbers.isValid(p.receiverRouting())) {
      throw new IllegalArgumentException("receiver routing number '" + p.receiverRouting() + "' fails its check digit");
    }
    if (p.amountCents() <= 0) throw new IllegalArgumentException("amount must be positive");
    if (!List.of("PPD", "CCD", "WEB").contains(p.secCode())) {
      throw new IllegalArgumentException("SEC code " + p.secCode() + ": origination supports PPD, CCD and WEB");
    }
    if (p.receiverName() == null || p.receiverName().isBlank() || p.receiverName().length() > 22) {
      throw new IllegalArgumentException("receiver name must be 1 to 22 characters (the entry's individual name field)");
    }
    if (!p.receiverAccount().matches("[0-9A-Za-z-]{1,17}")) {
      throw new IllegalArgumentException("receiver account '" + p.receiverAccount() + "' must be 1 to 17 letters, digits or '-'");
    }
    Account from = accounts.findByNumber(p.fromAccountNumber()).orElseThrow(() ->
        new IllegalArgumentException("no account " + p.fromAccountNumber()));
    internalAccounts.ensureOpen();
    long clearing = internalAccounts.id(InternalAccount.ACH_CLEARING);
    return tx.execute(status -> {
      List<Map<String, Object>> existing = jdbc.queryForList("SELECT ORIGINATION_ID, JOURNAL_ID FROM ACH_ORIGINATION "
          + "WHERE REQUEST_KEY = ?", p.requestKey());
      if (!existing.isEmpty()) {
        return new Queued(((Number) existing.get(0).get("ORIGINATION_ID")).longValue(),
            ((Number) existing.get(0).get("JOURNAL_ID")).longValue(), true);
      }
      // the customer is debited now (funds checked); the money waits in ACH clearing until settlement
      JournalReceipt journal = ledger.post(JournalRequest.builder("ach:out:" + p.requestKey()).txnCode("ACH-DR")
          .sourceSystem("ACH").externalRef(p.requestKey())
          .description("ACH payment to " + p.receiverName()) // the receiver's name is at most 22 characters
          .actor("ach").fundsCheck(FundsCheck.ENFORCE)
          .debit(from.accountId(), p.amountCents(), "USD").credit(clearing, p.amountCents(), "USD").build());
      long id = originationIds.next();
      jdbc.update("INSERT INTO ACH_ORIGINATION (ORIGINATION_ID, REQUEST_KEY, ACCOUNT_ID, RECEIVER_ROUTING, RECEIVER_ACCOUNT, "
              + "RECEIVER_NAME, AMOUNT, SEC_CODE, ENTRY_DESCRIPTION, STATUS, JOURNAL_ID, CREATED_AT) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)", id, p.requestKey(), from.accountId(), p.receiverRouting(),
          p.receiverAccount(), p.receiverName(), Money.toDecimal(p.amountCents()), p.secCode(), p.entryDescription(),
          journal.journalId(), Timestamp.from(clock.instant()));
      return new Queued(id, journal.journalId(), false);
    });
  }

  /** What a window sent. */
  public record WindowResult(String window, LocalDate effectiveDate, Optional<Path> file, int entries, long totalCents) {}

  /**
   * Sends the queued payments in {@code windowName} as of {@code now}: one file, batches by SEC code and
   * description. Files registered but not yet written (a crash) are written first.
   */
  public WindowResult sendWindow(String windowName, ZonedDateTime now) {
    AchWindows.Window window = windows.named(windowName);
    ZonedDateTime eastern = now.withZoneSameInstant(AchWindows.EASTERN);
    LocalDate effective = windows.effectiveDate(window, eastern.toLocalDate());
    finishUnwritten();
    Long fileId = tx.execute(status -> {
      List<Long> queued = jdbc.queryForList("SELECT ORIGINATION_ID FROM ACH_ORIGINATION WHERE STATUS = 'QUEUED' "
          + "ORDER BY ORIGINATION_ID FOR UPDATE", Long.class);
      if (queued.isEmpty()) return null;
      String name = "ACH-" + window.name() + "-" + eastern.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".ach";
      long id = files.register("OUT", name, "-".repeat(64), null, "WRITING", window.name() + " window, effective " + effective,
          null);
      jdbc.batchUpdate("UPDATE ACH_ORIGINATION SET STATUS = 'SENT', FILE_ID = ?, EFFECTIVE_DATE = ?, TRACE_NUMBER = ? "
          + "WHERE ORIGINATION_ID = ?", queued.stream().map(o -> new Object[] {id, Date.valueOf(effective),
              settings.dfiIdentification() + String.format("%07d", o % 10_000_000L), o}).toList());
      jdbc.update("UPDATE ACH_FILE SET CREATION_DATE = ?, CREATION_TIME = ? WHERE FILE_ID = ?",
          eastern.format(YYMMDD), eastern.format(HHMM), id);
      return id;
    });
    if (fileId == null) return new WindowResult(window.name(), effective, Optional.empty(), 0, 0);
    Path file = writeFile(fileId);
    Map<String, Object> totals = jdbc.queryForMap("SELECT COUNT(*) AS N, SUM(AMOUNT) AS TOTAL FROM ACH_ORIGINATION WHERE FILE_ID = ?", fileId);
    return new WindowResult(window.name(), effective, Optional.of(file), ((Number) totals.get("N")).intValue(),
        Money.toCents((java.math.BigDecimal) totals.get("TOTAL")));
  }

  /** Writes every outbound file registered but not written (a crash between the two). */
  public void finishUnwritten() {
    for (Long id : jdbc.queryForList("SELECT FILE_ID FROM ACH_FILE WHERE DIRECTION = 'OUT' AND STATUS = 'WRITING' "
        + "ORDER BY FILE_ID", Long.class)) {
      writeFile(id);
    }
  }

  /** Writes a registered outbound file from its rows (the same rows always give the same bytes). */
  private Path writeFile(long fileId) {
    AchFiles.AchFile f = files.find(fileId).orElseThrow();
    String creationDate = jdbc.queryForObject("SELECT CREATION_DATE FROM ACH_FILE WHERE FILE_ID = ?", String.class, fileId);
    String creationTime = jdbc.queryForObject("SELECT CREATION_TIME FROM ACH_FILE WHERE FILE_ID = ?", String.class, fileId);
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT ORIGINATION_ID, RECEIVER_ROUTING, RECEIVER_ACCOUNT, "
        + "RECEIVER_NAME, AMOUNT, SEC_CODE, ENTRY_DESCRIPTION, TRACE_NUMBER, EFFECTIVE_DATE FROM ACH_ORIGINATION "
        + "WHERE FILE_ID = ? ORDER BY SEC_CODE, ENTRY_DESCRIPTION, ORIGINATION_ID", fileId);
    Map<String, List<Map<String, Object>>> batches = new LinkedHashMap<>();
    for (Map<String, Object> r : rows) {
      batches.computeIfAbsent(r.get("SEC_CODE") + "|" + r.get("ENTRY_DESCRIPTION"), k -> new ArrayList<>()).add(r);
    }
    Path dir = settings.outboundDirectory();
    Path target = dir.resolve(f.fileName());
    try {
      Files.createDirectories(dir);
      Path part = dir.resolve(f.fileName() + ".part");
      try (OutputStream out = Files.newOutputStream(part); AchFileWriter writer = new AchFileWriter(out)) {
        // to the Federal Reserve as our ACH operator: its routing number is the immediate destination
        writer.fileHeader(FileHeader.builder().immediateDestination(settings.operatorRouting()).immediateOrigin(settings.routingNumber())
            .fileCreation(creationDate, creationTime).fileIdModifier(modifier(fileId)).immediateDestinationName("FEDERAL RESERVE BANK")
            .immediateOriginName(settings.bankName()).build());
        long batchNumber = 0;
        for (List<Map<String, Object>> batch : batches.values()) {
          Map<String, Object> first = batch.get(0);
          LocalDate effective = ((java.sql.Date) first.get("EFFECTIVE_DATE")).toLocalDate();
          writer.beginBatch(BatchHeader.builder().serviceClassCode(220).companyName(settings.bankName())
              .companyIdentification("1" + settings.routingNumber()).secCode(SecCode.fromText((String) first.get("SEC_CODE")))
              .companyEntryDescription((String) first.get("ENTRY_DESCRIPTION")).effectiveEntryDate(effective.format(YYMMDD))
              .odfiIdentification(settings.dfiIdentification()).batchNumber(++batchNumber).build());
          for (Map<String, Object> r : batch) {
            String trace = (String) r.get("TRACE_NUMBER");
            writer.entry(EntryDetail.builder().transactionCode(22).rdfiRoutingNumber((String) r.get("RECEIVER_ROUTING"))
                .dfiAccountNumber((String) r.get("RECEIVER_ACCOUNT")).amountCents(Money.toCents((java.math.BigDecimal) r.get("AMOUNT")))
                .individualName((String) r.get("RECEIVER_NAME"))
                .individualIdentificationNumber("ORIG" + r.get("ORIGINATION_ID"))
                .traceNumber(trace.substring(0, 8), Long.parseLong(trace.substring(8))).build());
          }
          writer.endBatch();
        }
      }
      ValidationReport report = NachaValidator.validate(part, settings.validationOptions());
      if (report.rejected()) {
        throw new IllegalStateException("outbound file " + f.fileName() + " fails our own validation: "
            + report.firstViolation().map(v -> v.message()).orElse("?"));
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      jdbc.update("UPDATE ACH_FILE SET STATUS = 'WRITTEN', ENTRY_COUNT = ?, CONTENT_SHA256 = ? WHERE FILE_ID = ?", rows.size(),
          AchFiles.sha256(target), fileId);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write outbound ACH file " + target, e);
    }
  }

  /** A file id modifier from the file id: A..Z then 0..9, so the files of one day differ. */
  static char modifier(long fileId) {
    String modifiers = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    return modifiers.charAt((int) ((fileId / 1000 + fileId % 1000) % modifiers.length()));
  }
}
