package io.corebank.serve;

import io.corebank.ach.AchDirectories;
import io.corebank.ach.AchDropbox;
import io.corebank.ach.ReadyFiles;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.file.dsl.Files;

/**
 * The ACH drop directories as two Spring Integration flows feeding {@link AchDropbox}:
 * <ul>
 *   <li>{@code achInbound}: polls inbound/ every {@code corebank.ach.poll-ms}; a file passes when it is
 *       complete ({@link ReadyFiles}: a {@code FILE.done} marker, or unchanged for {@code corebank.ach.stable-ms});
 *       the dropbox moves it to processing/, ingests it and files it. No accept-once filter: a file still in
 *       inbound/ is by definition not accepted (acceptance is the move), and one that could not be moved is
 *       simply offered again.</li>
 *   <li>{@code achProcessingRetry}: at start and every {@code corebank.ach.retry-ms}, {@link AchDropbox#recover()}:
 *       a file in processing/ was left by a crash or an ingest that stopped (database down...), and is
 *       ingested again, which resumes it. The first inbound file of a start also waits for that recovery.</li>
 * </ul>
 * The pollers only hand work to the dropbox, which runs it on its own thread, one file at a time: a file is
 * never processed twice at once, and the interrupt the pollers get when the context closes never reaches an ingest.
 */
@Configuration(proxyBeanMethods = false)
@Profile("serve")
public class AchDirectoryFlows {
  /** Pollers stop after the dropbox ({@link AchDropbox#PHASE}), so they never interrupt an ingest. */
  static final int POLLER_PHASE = Integer.MAX_VALUE / 2;
  private static final Logger log = LoggerFactory.getLogger(AchDirectoryFlows.class);

  @Bean
  ReadyFiles achReadyFiles(AchDropbox dropbox) {
    return new ReadyFiles(dropbox.stableMs());
  }

  @Bean
  IntegrationFlow achInboundFlow(AchDropbox dropbox, ReadyFiles ready, @Value("${corebank.ach.poll-ms:1000}") long pollMs) {
    dropbox.claim(); // fail at start, with the reason, when another serve holds the directories
    AchDirectories dirs = dropbox.directories();
    log.info("ACH: watching {} every {} ms (a file is taken when FILE.done is beside it or it is unchanged for {} ms); "
            + "archive/ keeps {} days, rejected and duplicate files go to error/ with a reason",
        dirs.inbound().toAbsolutePath(), pollMs, ready.stableMs(), dropbox.retentionDays());
    return IntegrationFlow.from(Files.inboundAdapter(dirs.inbound().toFile()).filter(ready),
            // one file a poll: a file that could not be taken is not offered again within the same poll
            e -> e.id("achInboundPoller").phase(POLLER_PHASE).poller(Pollers.fixedDelay(Duration.ofMillis(pollMs)).maxMessagesPerPoll(1)))
        .handle(File.class, (file, headers) -> {
          dropbox.accept(file.toPath());
          return null;
        })
        .get();
  }

  @Bean
  IntegrationFlow achProcessingRetryFlow(AchDropbox dropbox, @Value("${corebank.ach.retry-ms:60000}") long retryMs) {
    log.info("ACH: files left in {} are resumed at start and retried every {} ms",
        dropbox.directories().processing().toAbsolutePath(), retryMs);
    // each poll works through every file of processing/ once (outcomes are logged by the dropbox)
    return IntegrationFlow.fromSupplier(() -> {
          List<AchDropbox.Outcome> outcomes = dropbox.recover();
          return outcomes.isEmpty() ? null : outcomes;
        }, e -> e.id("achProcessingRetryPoller").phase(POLLER_PHASE).poller(Pollers.fixedDelay(Duration.ofMillis(retryMs))))
        .nullChannel();
  }
}
