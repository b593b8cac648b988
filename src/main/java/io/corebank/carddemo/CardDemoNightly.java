package io.corebank.carddemo;

import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.LedgerService;
import io.corebank.platform.BatchJobs;
import io.corebank.platform.BatchPartitions;
import io.corebank.platform.SqlDialect;
import io.corebank.platform.SqlMembership;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The CardDemo nightly as the original's job stream: CDIMPORT (the VSAM loads), POSTTRAN, INTCALC,
 * COMBTRAN, CREASTMT and TRANREPT, each a Spring Batch job of its own with the run id as its identity,
 * run in order with the JCL's condition codes: a job that fails stops the stream, and a rerun of the same
 * inputs skips the jobs that completed and restarts the failed one from its last commit (an execution left
 * running by a killed process is marked failed first). The record outputs are then exported.
 */
@Service
public class CardDemoNightly {
  private static final Logger log = LoggerFactory.getLogger(CardDemoNightly.class);

  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final PlatformTransactionManager transactionManager;
  private final JdbcTemplate jdbc;
  private final SqlMembership membership;
  private final SqlDialect dialect;
  private final LedgerService ledger;
  private final InternalAccounts internalAccounts;
  private final CardDemoRuns runs;
  private final CardDemoImporter importer;
  private final CardDemoExporter exporter;
  private final CardDemoReports reports;
  private final int posttranChunk;
  private final int intcalcChunk;
  private final int posttranPartitions;

  public CardDemoNightly(JobRepository jobRepository, JobOperator jobOperator, PlatformTransactionManager transactionManager,
      JdbcTemplate jdbc, SqlDialect dialect, LedgerService ledger, InternalAccounts internalAccounts, CardDemoRuns runs,
      CardDemoImporter importer, CardDemoExporter exporter, CardDemoReports reports,
      @Value("${corebank.carddemo.posttran-chunk:10000}") int posttranChunk,
      @Value("${corebank.carddemo.intcalc-chunk:1000}") int intcalcChunk,
      @Value("${corebank.carddemo.posttran-partitions:2}") int posttranPartitions) {
    if (posttranPartitions < 1) throw new IllegalArgumentException("corebank.carddemo.posttran-partitions must be at least 1");
    this.posttranPartitions = posttranPartitions;
    this.posttranChunk = posttranChunk;
    this.intcalcChunk = intcalcChunk;
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.transactionManager = transactionManager;
    this.jdbc = jdbc;
    this.membership = new SqlMembership(jdbc, dialect);
    this.dialect = dialect;
    this.ledger = ledger;
    this.internalAccounts = internalAccounts;
    this.runs = runs;
    this.importer = importer;
    this.exporter = exporter;
    this.reports = reports;
  }

  /** The outcome of one job of the stream. */
  public record JobResult(String job, int returnCode, String status, long durationMs, Map<String, Long> counts,
      String failure) {}

  /** The outcome of the stream: the run, each job's result, and the highest return code. */
  public record NightlyResult(CardDemoRun run, List<JobResult> jobs, Map<CardDemoOutput, Long> exported) {
    public int returnCode() {
      return jobs.stream().mapToInt(JobResult::returnCode).max().orElse(0);
    }
  }

  /** POSTTRAN's transactions per chunk, as configured ({@code corebank.carddemo.posttran-chunk}). */
  public int posttranChunk() {
    return posttranChunk;
  }

  /** POSTTRAN's partitions for a new run, as configured; a restarted run keeps the count it started with. */
  public int posttranPartitions() {
    return posttranPartitions;
  }

  /** The jobs of the stream, in order. */
  public static final List<String> JOBS = List.of("CDIMPORT", "POSTTRAN", "INTCALC", "COMBTRAN", "CREASTMT", "TRANREPT");

  public NightlyResult run(CardDemoRunRequest request, Path outputDir) {
    internalAccounts.ensureOpen();
    CardDemoRun run = runs.register(request);
    List<JobResult> results = new ArrayList<>();
    for (String name : JOBS) {
      JobResult result = runJob(name, run, outputDir);
      results.add(result);
      if (result.returnCode() >= 8) return new NightlyResult(run, results, Map.of());
    }
    return new NightlyResult(run, results, exporter.exportRecords(run, outputDir));
  }

  /** Runs (or restarts, or skips when complete) one job of the stream for the run. */
  public JobResult runJob(String name, CardDemoRun run, Path outputDir) {
    Job job = job(name, run, outputDir);
    JobParametersBuilder parameters = new JobParametersBuilder().addLong("run.id", run.runId());
    // the printing jobs are identified by their output directory too: another directory prints again
    if (name.equals("CREASTMT") || name.equals("TRANREPT")) {
      parameters.addString("output.dir", outputDir.toAbsolutePath().normalize().toString());
    }
    JobParameters params = parameters.toJobParameters();
    long started = System.nanoTime();
    JobExecution execution;
    try {
      java.util.Optional<JobExecution> launched = BatchJobs.runOnce(jobRepository, jobOperator, job, params);
      if (launched.isEmpty()) {
        return result(name, run, jobRepository.getLastJobExecution(name, params), 0, "COMPLETED (before)");
      }
      execution = launched.get();
    } catch (Exception e) {
      return new JobResult(name, 12, "NOT STARTED", 0, Map.of(), e.getMessage());
    }
    long durationMs = (System.nanoTime() - started) / 1_000_000;
    return result(name, run, execution, durationMs, execution.getStatus().name());
  }

  private JobResult result(String name, CardDemoRun run, JobExecution execution, long durationMs, String status) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (StepExecution step : execution.getStepExecutions()) {
      if (step.getWriteCount() > 0 || step.getReadCount() > 0) {
        // the partitions of POSTTRAN count as the one step they are
        String stepName = PostTranPartition.countOfStep(step.getStepName()) > 0 ? "posttran" : step.getStepName();
        counts.merge(stepName + ".read", step.getReadCount(), Long::sum);
        counts.merge(stepName + ".written", step.getWriteCount(), Long::sum);
      }
    }
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      List<Throwable> failures = execution.getAllFailureExceptions();
      failures.forEach(e -> log.error("{} failed", name, e));
      String failure = failures.stream().map(CardDemoNightly::describe).findFirst()
          .orElse(execution.getExitStatus().getExitDescription());
      boolean dataError = failures.stream().anyMatch(CardDemoNightly::isDataError);
      return new JobResult(name, dataError ? 8 : 12, status, durationMs, counts, failure);
    }
    int rc = 0;
    if (name.equals("POSTTRAN")) {
      long rejects = count("SELECT COUNT(*) FROM CD_DAILY_REJECT WHERE RUN_ID = ?", run);
      counts.put("rejected", rejects);
      counts.put("posted", count("SELECT COUNT(*) FROM CD_TRANSACTION WHERE RUN_ID = ? AND ORIGIN = 'P'", run));
      if (rejects > 0) rc = 4; // as the original: transactions were rejected
    }
    if (name.equals("INTCALC")) {
      counts.put("interest transactions", count("SELECT COUNT(*) FROM CD_SYSTEM_TRANSACTION WHERE RUN_ID = ?", run));
    }
    Object skipped = execution.getExecutionContext().get("skipped.cards");
    if (skipped instanceof Long n && n > 0) {
      counts.put("cards without statement", n);
      rc = 4;
    }
    return new JobResult(name, rc, status, durationMs, counts, null);
  }

  private long count(String sql, CardDemoRun run) {
    Long n = jdbc.queryForObject(sql, Long.class, run.runId());
    return n == null ? 0 : n;
  }

  private static boolean isDataError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof CardDemoDataException) return true;
    return false;
  }

  /**
   * A data error's own message; anything else with its chain of causes, because the framework's outer
   * message ("Flow execution ended unexpectedly") tells an operator nothing.
   */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CardDemoDataException) return t.getMessage();
    }
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    int depth = 0; // a bounded walk: a cause chain may loop
    for (Throwable t = e.getCause(); t != null && depth < 8; t = t.getCause(), depth++) {
      text.append("; caused by ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.toString();
  }

  Job job(String name, CardDemoRun run, Path outputDir) {
    return switch (name) {
      case "CDIMPORT" -> new JobBuilder(name, jobRepository)
          .start(tasklet("import", c -> importer.importInputs(run))).build();
      case "POSTTRAN" -> posttranJob(run);
      case "INTCALC" -> new JobBuilder(name, jobRepository)
          .start(new StepBuilder("intcalc", jobRepository)
              .<CategoryBalanceReader.AccountCategories, CategoryBalanceReader.AccountCategories>chunk(intcalcChunk)
              .transactionManager(transactionManager)
              .reader(new CategoryBalanceReader(run, jdbc))
              .writer(new IntCalcWriter(run, jdbc, ledger, internalAccounts.id(InternalAccount.INTEREST_INCOME)))
              .build())
          .next(tasklet("snapshot", c -> (long) CardDemoSteps.snapshotAccounts(jdbc, run, "INTCALC")))
          .build();
      case "COMBTRAN" -> new JobBuilder(name, jobRepository)
          .start(tasklet("combine", c -> (long) CardDemoSteps.combine(jdbc, run))).build();
      case "CREASTMT" -> new JobBuilder(name, jobRepository)
          .start(tasklet("statements", c -> {
            CardDemoReports.StatementCounts counts = reports.statements(run, outputDir);
            c.getJobExecution().getExecutionContext().putLong("skipped.cards", counts.skippedCards());
            return counts.statements();
          })).build();
      case "TRANREPT" -> new JobBuilder(name, jobRepository)
          .start(tasklet("report", c -> reports.report(run, outputDir))).build();
      default -> throw new IllegalArgumentException("unknown CardDemo job " + name + "; the jobs are " + JOBS);
    };
  }

  /**
   * POSTTRAN: the daily file posted by {@code posttranPartitions} steps running side by side, each over the
   * accounts of its partition and against its own shard of the merchant settlement account (so no two
   * partitions ever wait on one row), then the account snapshot. A failed partition fails the job; a rerun
   * restarts only the partitions that did not complete, each from its last commit.
   */
  private Job posttranJob(CardDemoRun run) {
    int partitions = posttranPartitions(run);
    Step snapshot = tasklet("snapshot", c -> (long) CardDemoSteps.snapshotAccounts(jdbc, run, "POSTTRAN"));
    if (partitions == 1) {
      return new JobBuilder("POSTTRAN", jobRepository).start(posttranStep(run, PostTranPartition.WHOLE_FILE)).next(snapshot).build();
    }
    List<Step> steps = new ArrayList<>();
    for (int k = 0; k < partitions; k++) steps.add(posttranStep(run, new PostTranPartition(k, partitions)));
    Flow split = BatchPartitions.sideBySide("posttran", steps);
    return new JobBuilder("POSTTRAN", jobRepository).start(split).next(snapshot).end().build();
  }

  private Step posttranStep(CardDemoRun run, PostTranPartition partition) {
    long settlement = internalAccounts.shard(InternalAccount.MERCHANT_SETTLEMENT, partition.index());
    return new StepBuilder(partition.stepName(), jobRepository)
        .<DailyTransactionReader.Item, DailyTransactionReader.Item>chunk(posttranChunk)
        .transactionManager(transactionManager)
        .reader(new DailyTransactionReader(run.request().inputDir(), run.encoding(), partition, () -> crossReference(run)))
        .writer(new PostTranWriter(run, jdbc, membership, ledger, settlement, dialect == SqlDialect.POSTGRESQL))
        .build();
  }

  /**
   * How many partitions POSTTRAN of this run has: as configured for a first run, and for a restart as many
   * as the run started with (its steps' positions in the file are per partition).
   */
  int posttranPartitions(CardDemoRun run) {
    return BatchPartitions.countForRun(jobRepository, "POSTTRAN", new JobParametersBuilder().addLong("run.id", run.runId())
        .toJobParameters(), PostTranPartition.STEP, posttranPartitions);
  }

  /** Card number to account of the run's cross-reference. */
  private Map<String, Long> crossReference(CardDemoRun run) {
    Map<String, Long> accountByCard = new java.util.HashMap<>();
    jdbc.query("SELECT CARD_NUM, ACCT_ID FROM CD_CARD_XREF WHERE RUN_ID = ?",
        (org.springframework.jdbc.core.RowCallbackHandler) rs -> accountByCard.put(rs.getString(1), rs.getLong(2)), run.runId());
    return accountByCard;
  }

  /** A step doing one piece of work in one transaction; the number it returns is its write count. */
  private Step tasklet(String name, Function<StepExecution, Long> work) {
    return new StepBuilder(name, jobRepository).tasklet((contribution, chunkContext) -> {
      StepExecution step = chunkContext.getStepContext().getStepExecution();
      Long n = work.apply(step);
      if (n != null) contribution.incrementWriteCount(n);
      return RepeatStatus.FINISHED;
    }, transactionManager).build();
  }
}
