package io.corebank.ach;

import io.corebank.businessdate.BusinessCalendar;
import io.corebank.businessdate.BusinessDateService;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.LedgerService;
import io.corebank.nacha.FileHeader;
import io.corebank.nacha.NachaValidator;
import io.corebank.nacha.ValidationReport;
import io.corebank.nacha.Violation;
import io.corebank.platform.BatchJobs;
import io.corebank.platform.BatchPartitions;
import io.corebank.platform.SqlDialect;
import io.corebank.platform.SqlMembership;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Inbound ACH as the RDFI: a received file is validated whole (a rejected file posts nothing), refused when
 * it was received before (same content, or same origin, creation date and file id modifier), then its
 * entries are processed by the Spring Batch job ACHIN in chunks (see {@link AchPostingWriter}) and the
 * return file is written. The job instance is the file: killed at any point, the next ingest of the same
 * file restarts it from its last committed chunk and nothing posts twice.
 */
@Service
public class AchInbound {
  /** The entries step; partitioned, its steps are entries-1of2, entries-2of2, ... */
  static final String ENTRIES_STEP = "entries";

  private final JdbcTemplate jdbc;
  private final SqlMembership membership;
  private final SqlDialect dialect;
  private final LedgerService ledger;
  private final InternalAccounts internalAccounts;
  private final BusinessDateService businessDates;
  private final BusinessCalendar calendar;
  private final AchFiles files;
  private final AchSettings settings;
  private final NameScreen screen;
  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final PlatformTransactionManager transactionManager;

  public AchInbound(JdbcTemplate jdbc, SqlDialect dialect, LedgerService ledger, InternalAccounts internalAccounts,
      BusinessDateService businessDates, BusinessCalendar calendar, AchFiles files, AchSettings settings, NameScreen screen,
      JobRepository jobRepository, JobOperator jobOperator, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.membership = new SqlMembership(jdbc, dialect);
    this.dialect = dialect;
    this.ledger = ledger;
    this.internalAccounts = internalAccounts;
    this.businessDates = businessDates;
    this.calendar = calendar;
    this.files = files;
    this.settings = settings;
    this.screen = screen;
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.transactionManager = transactionManager;
  }

  /** What became of a file. */
  public record IngestReport(long fileId, Path file, String status, String detail, Map<String, Long> entriesByStatus,
      Map<String, Long> returnsByReason, long postedCreditCents, long postedDebitCents, Optional<Path> returnFile,
      List<Violation> violations) {

    public boolean rejected() { return status.equals("REJECTED") || status.equals("DUPLICATE"); }

    public long count(String entryStatus) { return entriesByStatus.getOrDefault(entryStatus, 0L); }
  }

  /** An inbound file processed before: its register id, the name it came under and when its ingest registered it. */
  public record ProcessedFile(long fileId, String fileName, java.time.Instant registeredAt) {}

  /**
   * The inbound file already PROCESSED with the same content as {@code file}, if any. An ingest of such a
   * file reports DUPLICATE; a caller that moved the file before ingesting it and crashed after the ingest
   * completed uses this to tell its own finished file (registered after the caller accepted it) from a
   * copy of a file processed earlier (a true duplicate).
   */
  public Optional<ProcessedFile> processedWithSameContent(Path file) {
    return files.inboundWithContent(AchFiles.sha256(file)).filter(f -> f.status().equals("PROCESSED"))
        .map(f -> new ProcessedFile(f.fileId(), f.fileName(), files.registeredAt(f.fileId()).orElseThrow()));
  }

  /** Processes a received file once; a second ingest of the same file reports it as a duplicate. */
  public IngestReport ingest(Path file) {
    internalAccounts.ensureOpen();
    String sha256 = AchFiles.sha256(file);
    Optional<AchFiles.AchFile> sameContent = files.inboundWithContent(sha256);
    if (sameContent.isPresent() && sameContent.get().status().equals("PROCESSED")) {
      return duplicate(file, sha256, null, "the same content as file " + sameContent.get().fileId() + " ("
          + sameContent.get().fileName() + "), processed before");
    }
    long fileId;
    if (sameContent.isPresent()) {
      fileId = sameContent.get().fileId(); // an ingest of this file stopped half-way: resume it
    } else {
      ValidationReport report;
      try (InputStream in = AchFiles.open(file)) {
        report = NachaValidator.validate(in, settings.validationOptions());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      FileHeader header = AchFiles.header(file, settings.validationOptions()).orElse(null);
      if (report.rejected()) {
        String detail = report.violations().stream().limit(5).map(Violation::message).collect(Collectors.joining("; "));
        long id = files.register("IN", file.getFileName().toString(), sha256, header, "REJECTED", detail, null);
        return new IngestReport(id, file, "REJECTED", detail, Map.of(), Map.of(), 0, 0, Optional.empty(), report.violations());
      }
      Optional<AchFiles.AchFile> sameId = files.inboundWithFileId(header.immediateOrigin(), header.fileCreationDate(),
          String.valueOf(header.fileIdModifier()));
      if (sameId.isPresent()) {
        return duplicate(file, sha256, header, "origin " + header.immediateOrigin().strip() + ", creation date "
            + header.fileCreationDate() + " and file id modifier " + header.fileIdModifier() + " are those of file "
            + sameId.get().fileId() + " (" + sameId.get().fileName() + ")");
      }
      fileId = files.register("IN", file.getFileName().toString(), sha256, header, "RECEIVED", null, null);
    }
    runJob(fileId, file);
    return report(fileId, file);
  }

  private IngestReport duplicate(Path file, String sha256, FileHeader header, String why) {
    String detail = "duplicate file refused: " + why;
    long id = files.register("IN", file.getFileName().toString(), sha256, header, "DUPLICATE", detail, null);
    return new IngestReport(id, file, "DUPLICATE", detail, Map.of(), Map.of(), 0, 0, Optional.empty(), List.of());
  }

  private void runJob(long fileId, Path file) {
    LocalDate businessDate = businessDates.currentDate();
    JobParameters params = new JobParametersBuilder().addLong("ach.file.id", fileId).toJobParameters();
    int partitions = BatchPartitions.countForRun(jobRepository, "ACHIN", params, ENTRIES_STEP, settings.partitions());
    List<Step> steps = new ArrayList<>();
    for (int k = 0; k < partitions; k++) {
      // each partition credits and debits its own shard of ACH clearing: partitions never wait on one row
      AchPostingWriter writer = new AchPostingWriter(fileId, jdbc, membership, ledger, screen, settings, calendar, businessDate,
          internalAccounts.shard(InternalAccount.ACH_CLEARING, k), dialect == SqlDialect.POSTGRESQL);
      steps.add(new StepBuilder(BatchPartitions.stepName(ENTRIES_STEP, k, partitions), jobRepository)
          .<AchItem, AchItem>chunk(settings.chunkEntries())
          .transactionManager(transactionManager)
          .reader(new AchEntryReader(file, settings.validationOptions(), k, partitions,
              item -> AchPostingWriter.partitionKey(item, jdbc)))
          .writer(writer)
          .build());
    }
    Job job = new JobBuilder("ACHIN", jobRepository)
        .start(BatchPartitions.sideBySide(ENTRIES_STEP, steps))
        .next(new StepBuilder("returns", jobRepository).tasklet((contribution, context) -> {
          AchReturnFiles.write(jdbc, files, settings, files.find(fileId).orElseThrow(), businessDate);
          Long entries = jdbc.queryForObject("SELECT COUNT(*) FROM ACH_ENTRY WHERE FILE_ID = ?", Long.class, fileId);
          files.finish(fileId, "PROCESSED", entries == null ? 0 : entries.intValue(), null);
          return RepeatStatus.FINISHED;
        }, transactionManager).build())
        .end()
        .build();
    JobExecution execution;
    try {
      Optional<JobExecution> started = BatchJobs.runOnce(jobRepository, jobOperator, job, params);
      if (started.isEmpty()) return;
      execution = started.get();
    } catch (Exception e) {
      throw new IllegalStateException("ACH file " + fileId + ": the job could not start: " + e.getMessage(), e);
    }
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
      throw new IllegalStateException("ACH file " + fileId + " (" + file.getFileName() + ") stopped: "
          + (cause == null ? execution.getExitStatus().getExitDescription() : cause.getMessage())
          + "; run the ingest again to resume", cause);
    }
  }

  /** The outcome of a processed file from its entries. */
  public IngestReport report(long fileId, Path file) {
    AchFiles.AchFile f = files.find(fileId).orElseThrow();
    Map<String, Long> byStatus = new LinkedHashMap<>();
    jdbc.query("SELECT STATUS, COUNT(*) FROM ACH_ENTRY WHERE FILE_ID = ? GROUP BY STATUS ORDER BY STATUS",
        rs -> { byStatus.put(rs.getString(1), rs.getLong(2)); }, fileId);
    Map<String, Long> byReason = new LinkedHashMap<>();
    jdbc.query("SELECT RETURN_REASON, COUNT(*) FROM ACH_ENTRY WHERE FILE_ID = ? AND STATUS = 'RETURNED' "
        + "GROUP BY RETURN_REASON ORDER BY RETURN_REASON", rs -> { byReason.put(rs.getString(1), rs.getLong(2)); }, fileId);
    long credits = sum(fileId, "TRANSACTION_CODE IN (22, 32, 42, 52)");
    long debits = sum(fileId, "TRANSACTION_CODE IN (27, 37, 47, 55)");
    Optional<Path> returns = byReason.isEmpty() ? Optional.empty()
        : Optional.of(settings.outboundDirectory().resolve("RETURN-" + fileId + ".ach"));
    return new IngestReport(fileId, file, f.status(), f.detail(), byStatus, byReason, credits, debits, returns, List.of());
  }

  private long sum(long fileId, String condition) {
    java.math.BigDecimal s = jdbc.queryForObject("SELECT SUM(AMOUNT) FROM ACH_ENTRY WHERE FILE_ID = ? AND STATUS = 'POSTED' AND "
        + condition, java.math.BigDecimal.class, fileId);
    return s == null ? 0 : s.movePointRight(2).longValueExact();
  }
}
