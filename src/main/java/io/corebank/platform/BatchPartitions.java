package io.corebank.platform;

import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * A chunk step split into partitions that run side by side, each a step of its own (named
 * {@code base-KofN}) with its own position in the input, so a restart resumes each partition from its
 * own last commit and skips the partitions that completed. Partitions are chosen by account, so that
 * no two of them ever post to the same balance row and each account still sees its items in file order.
 */
public final class BatchPartitions {
  private BatchPartitions() {}

  /** {@code base} for a single partition, {@code base-2of4} for the second of four. */
  public static String stepName(String base, int index, int count) {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("partition " + index + " of " + count + " does not exist");
    }
    return count == 1 ? base : base + "-" + (index + 1) + "of" + count;
  }

  /** The partition count of a step named by {@link #stepName}, or 0 when it is not one of {@code base}'s steps. */
  public static int countOfStep(String base, String stepName) {
    if (stepName.equals(base)) return 1;
    String prefix = base + "-";
    if (!stepName.startsWith(prefix)) return 0;
    String rest = stepName.substring(prefix.length());
    int of = rest.indexOf("of");
    if (of < 1) return 0;
    try {
      int index = Integer.parseInt(rest.substring(0, of));
      int count = Integer.parseInt(rest.substring(of + 2));
      return index >= 1 && index <= count ? count : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The partition count the earlier executions of this job instance ran with, or {@code configured} for an
   * instance that never ran a partition: a restart must keep its partitions, whose positions are their own.
   */
  public static int countForRun(JobRepository repository, String jobName, JobParameters params, String base, int configured) {
    JobInstance instance = repository.getJobInstance(jobName, params);
    if (instance != null) {
      for (JobExecution execution : repository.getJobExecutions(instance)) {
        for (StepExecution step : execution.getStepExecutions()) {
          int n = countOfStep(base, step.getStepName());
          if (n > 0) return n;
        }
      }
    }
    return configured;
  }

  /** The partition of a key: the same key always the same partition. */
  public static int of(String key, int count) {
    return Math.floorMod(key.hashCode(), count);
  }

  /** A flow running {@code steps} side by side, one thread each; it fails when any of them fails. */
  public static Flow sideBySide(String name, List<Step> steps) {
    Flow[] flows = new Flow[steps.size()];
    for (int k = 0; k < flows.length; k++) {
      flows[k] = new FlowBuilder<Flow>(steps.get(k).getName()).start(steps.get(k)).build();
    }
    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
    executor.setConcurrencyLimit(flows.length);
    return new FlowBuilder<Flow>(name).split(executor).add(flows).build();
  }
}
