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
      operator.recover(last);
    }
    return Optional.of(operator.start(job, params));
  }
}
