package io.corebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.support.Databases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Restarts through {@link BatchJobs#runOnce} resume where the committed work stands, also when the process was
 * killed in the moment between Spring Batch storing a new step execution (with an empty context) and saving
 * the position it copied into it.
 */
@SpringBootTest
class BatchJobsTest {
  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
  }

  @Autowired JobRepository repository;
  @Autowired JobOperator operator;
  @Autowired PlatformTransactionManager transactions;

  private final List<Integer> written = new ArrayList<>();
  private final AtomicBoolean failAt35 = new AtomicBoolean(true);

  @Test
  void aStepExecutionKilledBeforeItSavedItsPositionResumesFromThePreviousOne() throws Exception {
    JobParameters params = new JobParametersBuilder().addLong("run", System.nanoTime()).toJobParameters();
    Job job = job();

    // first run: chunks 0-9, 10-19 and 20-29 commit, the chunk holding 35 fails
    JobExecution first = BatchJobs.runOnce(repository, operator, job, params).orElseThrow();
    assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(written).containsExactlyElementsOf(IntStream.range(0, 30).boxed().toList());

    // a second process starts the restart and is killed right after Spring Batch stored the new step
    // execution, before it saved the position copied into it: the newest step execution has an empty context
    JobInstance instance = first.getJobInstance();
    JobExecution killed = repository.createJobExecution(instance, params, new ExecutionContext());
    killed.setStatus(BatchStatus.STARTED);
    repository.update(killed);
    StepExecution unsaved = repository.createStepExecution("count", killed);
    assertThat(repository.getLastStepExecution(instance, "count").getExecutionContext().containsKey("position")).isFalse();
    assertThat(unsaved.getCommitCount()).isZero();

    // the next start finds the execution left running, and resumes at 30: nothing is written twice
    failAt35.set(false);
    JobExecution resumed = BatchJobs.runOnce(repository, operator, job, params).orElseThrow();
    assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(written).containsExactlyElementsOf(IntStream.range(0, 100).boxed().toList());
    assertThat(repository.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
  }

  private Job job() {
    ItemStreamReader<Integer> numbers = new ItemStreamReader<>() {
      int position;

      @Override public void open(ExecutionContext context) {
        position = context.getInt("position", 0);
      }

      @Override public Integer read() {
        return position < 100 ? position++ : null;
      }

      @Override public void update(ExecutionContext context) {
        context.putInt("position", position);
      }
    };
    return new JobBuilder("BATCHJOBSTEST", repository)
        .start(new StepBuilder("count", repository).<Integer, Integer>chunk(10).transactionManager(transactions)
            .reader(numbers)
            .writer(chunk -> {
              if (failAt35.get() && chunk.getItems().contains(35)) throw new IllegalStateException("fails at 35");
              written.addAll(chunk.getItems());
            })
            .build())
        .build();
  }
}
