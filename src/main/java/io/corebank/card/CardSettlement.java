package io.corebank.card;

import io.corebank.card.settlement.MessageType;
import io.corebank.card.settlement.SettlementDetail;
import io.corebank.card.settlement.SettlementEncoding;
import io.corebank.card.settlement.SettlementFileReader;
import io.corebank.card.settlement.SettlementFileValidator;
import io.corebank.card.settlement.SettlementHeader;
import io.corebank.card.settlement.SettlementRecord;
import io.corebank.card.settlement.ValidationReport;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.CaptureRequest;
import io.corebank.ledger.FundsCheck;
import io.corebank.ledger.Hold;
import io.corebank.ledger.HoldStatus;
import io.corebank.ledger.JournalReceipt;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.platform.BatchJobs;
import io.corebank.platform.Digests;
import io.corebank.platform.IdAllocator;
import io.corebank.platform.Money;
import io.corebank.platform.SqlDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The card network's settlement file (file-formats/card-settlement.md) as the issuer: the whole file is
 * validated first (its trailer's counts, totals and hash must reconcile, or it is rejected whole and nothing
 * posts), then each detail, in restartable chunks (Spring Batch job CARDSETL; the job instance is the file):
 * <ul>
 *   <li>a presentment is matched to its authorization (card token, authorization code, the amount within the
 *       tolerance) and captures its hold, partially or in several clearings; beyond the hold but within the
 *       tolerance, the hold is captured whole and the rest posted beside it;</li>
 *   <li>a presentment without an authorization is force-posted to the cardholder and reported;</li>
 *   <li>what cannot be matched (an unknown card, an amount beyond the tolerance) goes to the suspense GL
 *       account and the exceptions report;</li>
 *   <li>refunds, reversals and chargebacks credit the cardholder; fees go to the network fee expense;</li>
 *   <li>interchange is posted to interchange income; every movement nets in the network settlement account.</li>
 * </ul>
 */
@Service
public class CardSettlement {
  private final JdbcTemplate jdbc;
  private final LedgerService ledger;
  private final InternalAccounts internalAccounts;
  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final PlatformTransactionManager transactionManager;
  private final IdAllocator fileIds;
  private final Clock clock;
  private final int tolerancePercent;
  private final Path directory;

  public CardSettlement(JdbcTemplate jdbc, SqlDialect dialect, LedgerService ledger, InternalAccounts internalAccounts,
      JobRepository jobRepository, JobOperator jobOperator, PlatformTransactionManager transactionManager, Clock clock,
      @Value("${corebank.settlement.tolerance-percent:20}") int tolerancePercent,
      @Value("${corebank.settlement.directory:${corebank.var-dir:./var}/settlement}") Path directory) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.internalAccounts = internalAccounts;
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.transactionManager = transactionManager;
    this.fileIds = new IdAllocator(jdbc, dialect, "CARD_SETTLEMENT_SEQ");
    this.clock = clock;
    this.tolerancePercent = tolerancePercent;
    this.directory = directory;
  }

  /** What became of a settlement file. */
  public record Report(long fileId, String status, String detail, Map<String, Long> itemsByOutcome, long netSettlementCents,
      Optional<Path> exceptions) {}

  public Report process(Path file, SettlementEncoding encoding) {
    internalAccounts.ensureOpen();
    String sha = sha256(file);
    List<Map<String, Object>> known = jdbc.queryForList("SELECT FILE_ID, STATUS FROM CARD_SETTLEMENT_FILE WHERE CONTENT_SHA256 = ? "
        + "AND STATUS IN ('RECEIVED','PROCESSED') ORDER BY FILE_ID", sha);
    long fileId;
    if (!known.isEmpty() && "PROCESSED".equals(known.get(0).get("STATUS"))) {
      long id = register(file, sha, null, "DUPLICATE", "same content as settlement file " + known.get(0).get("FILE_ID"));
      return new Report(id, "DUPLICATE", "same content as settlement file " + known.get(0).get("FILE_ID"), Map.of(), 0, Optional.empty());
    }
    if (!known.isEmpty()) {
      fileId = ((Number) known.get(0).get("FILE_ID")).longValue();
    } else {
      ValidationReport report;
      try {
        report = new SettlementFileValidator().validate(file, encoding);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      if (report.rejected()) {
        String detail = report.violations().stream().limit(5).map(Object::toString).collect(Collectors.joining("; "));
        long id = register(file, sha, null, "REJECTED", detail);
        return new Report(id, "REJECTED", detail, Map.of(), 0, Optional.empty());
      }
      SettlementHeader header = header(file, encoding);
      Integer sameId = jdbc.queryForObject("SELECT COUNT(*) FROM CARD_SETTLEMENT_FILE WHERE NETWORK_ID = ? AND NETWORK_FILE_ID = ? "
          + "AND STATUS IN ('RECEIVED','PROCESSED')", Integer.class, header.networkId(), header.fileId());
      if (sameId != null && sameId > 0) {
        String detail = "network " + header.networkId() + " file " + header.fileId() + " was received before";
        long id = register(file, sha, header, "DUPLICATE", detail);
        return new Report(id, "DUPLICATE", detail, Map.of(), 0, Optional.empty());
      }
      fileId = register(file, sha, header, "RECEIVED", null);
    }
    run(fileId, file, encoding);
    return report(fileId);
  }

  private void run(long fileId, Path file, SettlementEncoding encoding) {
    Job job = new JobBuilder("CARDSETL", jobRepository)
        .start(new StepBuilder("details", jobRepository).<Item, Item>chunk(1_000).transactionManager(transactionManager)
            .reader(new DetailReader(file, encoding)).writer(new DetailWriter(fileId)).build())
        .next(new StepBuilder("report", jobRepository).tasklet((contribution, context) -> {
          writeExceptions(fileId);
          jdbc.update("UPDATE CARD_SETTLEMENT_FILE SET STATUS = 'PROCESSED' WHERE FILE_ID = ?", fileId);
          return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
        }, transactionManager).build())
        .build();
    JobParameters params = new JobParametersBuilder().addLong("settlement.file.id", fileId).toJobParameters();
    try {
      Optional<JobExecution> started = BatchJobs.runOnce(jobRepository, jobOperator, job, params);
      if (started.isEmpty()) return;
      JobExecution execution = started.get();
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        throw new IllegalStateException("settlement file " + fileId + " stopped: " + (cause == null ? "?" : cause.getMessage())
            + "; process it again to resume", cause);
      }
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("settlement file " + fileId + ": the job could not start: " + e.getMessage(), e);
    }
  }

  record Item(long lineNumber, SettlementDetail detail) {}

  /** Streams the details; the count read is saved at each commit so a restart skips the committed ones. */
  private static final class DetailReader implements ItemStreamReader<Item> {
    private final Path file;
    private final SettlementEncoding encoding;
    private SettlementFileReader reader;
    private long read;

    DetailReader(Path file, SettlementEncoding encoding) {
      this.file = file;
      this.encoding = encoding;
    }

    @Override public void open(ExecutionContext context) {
      try {
        reader = SettlementFileReader.open(file, encoding);
        long skip = context.getLong("details.read", 0L);
        for (read = 0; read < skip; read++) nextDetail();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override public Item read() {
      try {
        Item item = nextDetail();
        if (item != null) read++;
        return item;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Item nextDetail() throws IOException {
      for (Optional<SettlementRecord> r; (r = reader.next()).isPresent(); ) {
        if (r.get() instanceof SettlementDetail d) return new Item(reader.lineNumber(), d);
      }
      return null;
    }

    @Override public void update(ExecutionContext context) {
      context.putLong("details.read", read);
    }

    @Override public void close() {
      try {
        if (reader != null) reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        reader = null;
      }
    }
  }

  private final class DetailWriter implements ItemWriter<Item> {
    private final long fileId;

    DetailWriter(long fileId) {
      this.fileId = fileId;
    }

    @Override public void write(Chunk<? extends Item> chunk) {
      long network = internalAccounts.id(InternalAccount.CARD_NETWORK_SETTLEMENT);
      for (Item item : chunk.getItems()) settle(fileId, item, network);
    }
  }

  private void settle(long fileId, Item item, long network) {
    SettlementDetail d = item.detail();
    String key = "setl:" + fileId + ":" + item.lineNumber();
    long amount = d.settlementAmountCents();
    String outcome;
    String detail = null;
    Long accountId = null;
    Long holdId = null;
    Long journalId = null;
    List<Map<String, Object>> card = jdbc.queryForList("SELECT CARD_ID, ACCOUNT_ID FROM CARD WHERE TOKEN = ?", d.cardToken().strip());
    MessageType type = d.messageType();
    if (type == MessageType.FEE) {
      long fees = internalAccounts.id(InternalAccount.CARD_NETWORK_FEES);
      journalId = post(key, "CARD-NFEE", amount > 0 ? fees : network, amount > 0 ? network : fees, Math.abs(amount),
          "network fee " + d.arn());
      outcome = "FEE";
    } else if (card.isEmpty()) {
      long suspense = internalAccounts.id(InternalAccount.SUSPENSE);
      journalId = post(key, "CARD-SUSP", amount > 0 ? suspense : network, amount > 0 ? network : suspense, Math.abs(amount),
          "unknown card ending " + d.lastFour() + " ARN " + d.arn());
      outcome = "SUSPENSE";
      detail = "no card with this token (ending " + d.lastFour() + ")";
    } else {
      long cardId = ((Number) card.get(0).get("CARD_ID")).longValue();
      accountId = ((Number) card.get(0).get("ACCOUNT_ID")).longValue();
      if (type == MessageType.PRESENTMENT) {
        Optional<Long> hold = d.authorizationCode().flatMap(code -> pendingHold(cardId, code.strip()));
        if (hold.isEmpty()) {
          journalId = post(key, "CARD-SETL", accountId, network, amount, "presentment without authorization ARN " + d.arn());
          outcome = "FORCED";
          detail = "no pending authorization " + d.authorizationCode().orElse("(none)") + " for the card: force-posted";
        } else {
          Hold h = ledger.hold(hold.get());
          long limit = h.remainingCents() + h.remainingCents() * tolerancePercent / 100;
          if (amount > limit) {
            long suspense = internalAccounts.id(InternalAccount.SUSPENSE);
            journalId = post(key, "CARD-SUSP", suspense, network, amount, "presentment beyond tolerance ARN " + d.arn());
            outcome = "SUSPENSE";
            detail = "presentment " + Money.format(amount) + " beyond the hold's " + Money.format(h.remainingCents()) + " + "
                + tolerancePercent + "%";
          } else {
            holdId = h.holdId();
            long captured = Math.min(amount, h.remainingCents());
            JournalReceipt capture = ledger.captureHold(new CaptureRequest(key, h.holdId(), captured, network, "CARD-SETL",
                "presentment ARN " + d.arn(), "CARDNET", "settlement", amount >= h.remainingCents()));
            journalId = capture.journalId();
            if (amount > captured) post(key + ":over", "CARD-SETL", accountId, network, amount - captured, "above the hold ARN " + d.arn());
            if (amount >= h.remainingCents()) {
              jdbc.update("UPDATE CARD_AUTHORIZATION SET STATE = 'SETTLED' WHERE HOLD_ID = ?", h.holdId());
            }
            outcome = "CAPTURED";
          }
        }
      } else {
        // refund, reversal, chargeback: the cardholder is credited (amounts are negative on the file)
        journalId = post(key, "CARD-CRED", network, accountId, Math.abs(amount), type.code() + " ARN " + d.arn());
        outcome = "CREDITED";
      }
    }
    if (d.interchangeFeeCents() != 0) {
      long income = internalAccounts.id(InternalAccount.INTERCHANGE_INCOME);
      long fee = d.interchangeFeeCents();
      post(key + ":ic", "CARD-INTCH", fee > 0 ? network : income, fee > 0 ? income : network, Math.abs(fee), "interchange ARN " + d.arn());
    }
    jdbc.update("INSERT INTO CARD_SETTLEMENT_ITEM (FILE_ID, LINE_NO, MSG_TYPE, LAST4, AUTH_CODE, ARN, AMOUNT, INTERCHANGE, OUTCOME, "
            + "DETAIL, ACCOUNT_ID, HOLD_ID, JOURNAL_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fileId, item.lineNumber(),
        type.code(), d.lastFour(), d.authorizationCode().map(String::strip).orElse(null), d.arn(), Money.toDecimal(amount),
        Money.toDecimal(d.interchangeFeeCents()), outcome, detail, accountId, holdId, journalId);
  }

  private Optional<Long> pendingHold(long cardId, String authCode) {
    List<Long> holds = jdbc.queryForList("SELECT HOLD_ID FROM CARD_AUTHORIZATION WHERE CARD_ID = ? AND AUTH_CODE = ? "
        + "AND RESPONSE_CODE = '00' AND HOLD_ID IS NOT NULL ORDER BY AUTHORIZED_AT", Long.class, cardId, authCode);
    for (Long id : holds) if (ledger.hold(id).status() == HoldStatus.PENDING) return Optional.of(id);
    return Optional.empty();
  }

  private long post(String key, String txnCode, long debit, long credit, long cents, String description) {
    if (cents == 0) return 0;
    return ledger.post(JournalRequest.builder(key).txnCode(txnCode).sourceSystem("CARDNET").externalRef(key)
        .description(description.length() > 140 ? description.substring(0, 140) : description).actor("settlement")
        .fundsCheck(FundsCheck.FORCE).debit(debit, cents, "USD").credit(credit, cents, "USD").build()).journalId();
  }

  private void writeExceptions(long fileId) {
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT LINE_NO, MSG_TYPE, LAST4, AUTH_CODE, ARN, AMOUNT, OUTCOME, DETAIL "
        + "FROM CARD_SETTLEMENT_ITEM WHERE FILE_ID = ? AND OUTCOME IN ('FORCED','SUSPENSE') ORDER BY LINE_NO", fileId);
    if (rows.isEmpty()) return;
    StringBuilder csv = new StringBuilder("line,type,card,auth code,arn,amount,outcome,detail\n");
    for (Map<String, Object> r : rows) {
      csv.append(r.get("LINE_NO")).append(',').append(r.get("MSG_TYPE")).append(",****").append(r.get("LAST4")).append(',')
          .append(r.get("AUTH_CODE") == null ? "" : r.get("AUTH_CODE")).append(',').append(r.get("ARN")).append(',')
          .append(r.get("AMOUNT")).append(',').append(r.get("OUTCOME")).append(",\"")
          .append(String.valueOf(r.get("DETAIL")).replace("\"", "'")).append("\"\n");
    }
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("EXCEPTIONS-" + fileId + ".csv"), csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Report report(long fileId) {
    Map<String, Object> f = jdbc.queryForMap("SELECT STATUS, DETAIL FROM CARD_SETTLEMENT_FILE WHERE FILE_ID = ?", fileId);
    Map<String, Long> byOutcome = new LinkedHashMap<>();
    jdbc.query("SELECT OUTCOME, COUNT(*) FROM CARD_SETTLEMENT_ITEM WHERE FILE_ID = ? GROUP BY OUTCOME ORDER BY OUTCOME",
        rs -> { byOutcome.put(rs.getString(1), rs.getLong(2)); }, fileId);
    java.math.BigDecimal net = jdbc.queryForObject("SELECT COALESCE(SUM(AMOUNT - INTERCHANGE), 0) FROM CARD_SETTLEMENT_ITEM WHERE FILE_ID = ?",
        java.math.BigDecimal.class, fileId);
    Path exceptions = directory.resolve("EXCEPTIONS-" + fileId + ".csv");
    return new Report(fileId, (String) f.get("STATUS"), (String) f.get("DETAIL"), byOutcome, Money.toCents(net),
        Files.exists(exceptions) ? Optional.of(exceptions) : Optional.empty());
  }

  private long register(Path file, String sha, SettlementHeader header, String status, String detail) {
    long id = fileIds.next();
    jdbc.update("INSERT INTO CARD_SETTLEMENT_FILE (FILE_ID, FILE_NAME, CONTENT_SHA256, NETWORK_ID, NETWORK_FILE_ID, STATUS, DETAIL, "
            + "RECEIVED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, file.getFileName().toString(), sha,
        header == null ? null : header.networkId(), header == null ? null : header.fileId(), status,
        detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail, Timestamp.from(clock.instant()));
    return id;
  }

  private static SettlementHeader header(Path file, SettlementEncoding encoding) {
    try (SettlementFileReader reader = SettlementFileReader.open(file, encoding)) {
      return (SettlementHeader) reader.next().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try {
      return Digests.sha256(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

}
