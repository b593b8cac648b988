package io.corebank.platform;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How every job of this system is started: the instance of these parameters is run once. Completed, it is not
 * run again; left running by a process that died (kill -9), it is marked failed first; failed, it restarts from
 * its last commit. The jobs that call this run one at a time per instance (a file, a run), so an execution
 * found running belongs to a dead process.
 */
public final class BatchJobs {
  private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);

  private BatchJobs() {}

  /** The execution of this start, or empty when the instance had completed before. */
  public static Optional<JobExecution> runOnce(JobRepository repository, JobOperator operator, Job job, JobParameters params)
      throws Exception {
    JobExecution last = repository.getLastJobExecution(job.getName(), params);
    if (last != null && last.getStatus() == BatchStatus.COMPLETED) return Optional.empty();
    if (last != null && last.getStatus().isRunning()) {
      log.warn("{}: execution {} was left {} by a process that stopped; marking it failed to restart it", job.getName(),
          last.getId(), last.getStatus());
      carryPositionsOver(repository, last);
      operator.recover(last);
    }
    return Optional.of(operator.start(job, params));
  }

  /**
   * Gives each step execution of a killed execution that committed nothing the context of the step's execution
   * before it. Spring Batch stores a new step execution with an empty context, copies the previous execution's
   * context into it in memory and saves it a moment later: killed in between, the restart would take the empty
   * context as the step's position and redo from the start what the earlier executions committed (seen: an ACH
   * ingest killed as its partitions started wrote its first chunk's entry records again). A step execution that
   * committed no chunk cannot have moved the position, so the previous one's context is exactly where it stands.
   */
  static void carryPositionsOver(JobRepository repository, JobExecution killed) {
    java.util.List<JobExecution> executions = repository.getJobExecutions(killed.getJobInstance());
    for (StepExecution step : killed.getStepExecutions()) {
      if (step.getCommitCount() > 0) continue;
      long previousJobExecutionId = -1;
      long previousStepExecutionId = -1;
      for (JobExecution earlier : executions) {
        if (earlier.getId() >= killed.getId()) continue;
        for (StepExecution s : earlier.getStepExecutions()) {
          if (s.getStepName().equals(step.getStepName()) && s.getId() > previousStepExecutionId) {
            previousJobExecutionId = earlier.getId();
            previousStepExecutionId = s.getId();
          }
        }
      }
      if (previousStepExecutionId < 0) continue; // the step's first execution: it starts from the beginning anyway
      StepExecution previous = repository.getStepExecution(previousJobExecutionId, previousStepExecutionId);
      step.setExecutionContext(new ExecutionContext(previous.getExecutionContext()));
      repository.updateExecutionContext(step);
    }
  }
}
