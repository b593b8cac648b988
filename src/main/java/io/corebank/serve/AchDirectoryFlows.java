package io.corebank.serve;

import io.corebank.ach.AchDirectories;
import io.corebank.ach.AchDropbox;
import io.corebank.ach.ReadyFiles;
import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.file.dsl.Files;
import org.springframework.integration.file.filters.FileListFilter;

/**
 * The ACH drop directories as two Spring Integration flows feeding {@link AchDropbox}:
 * <ul>
 *   <li>{@code achInbound}: polls inbound/ every {@code corebank.ach.poll-ms}; a file passes when it is
 *       complete ({@link ReadyFiles}: a {@code FILE.done} marker, or unchanged for {@code corebank.ach.stable-ms});
 *       the dropbox moves it to processing/, ingests it and files it. No accept-once filter: a file still in
 *       inbound/ is by definition not accepted (acceptance is the move), and one that could not be moved is
 *       simply offered again.</li>
 *   <li>{@code achProcessingRetry}: polls processing/ at start and every {@code corebank.ach.retry-ms}; a
 *       file there was left by a crash or an ingest that stopped (database down...), and is ingested again,
 *       which resumes it.</li>
 * </ul>
 * One poller thread at a time works in the dropbox (it holds a lock), so a file is never processed twice at once.
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
            e -> e.id("achInboundPoller").phase(POLLER_PHASE).poller(Pollers.fixedDelay(Duration.ofMillis(pollMs)).maxMessagesPerPoll(100)))
        .handle(File.class, (file, headers) -> {
          dropbox.accept(file.toPath());
          return null;
        })
        .get();
  }

  @Bean
  IntegrationFlow achProcessingRetryFlow(AchDropbox dropbox, @Value("${corebank.ach.retry-ms:60000}") long retryMs) {
    AchDirectories dirs = dropbox.directories();
    log.info("ACH: files left in {} are resumed at start and retried every {} ms", dirs.processing().toAbsolutePath(), retryMs);
    FileListFilter<File> dataFiles = files -> Arrays.stream(files)
        .filter(f -> f.isFile() && AchDirectories.isDataFileName(f.getName())).sorted().toList();
    return IntegrationFlow.from(Files.inboundAdapter(dirs.processing().toFile()).filter(dataFiles),
            e -> e.id("achProcessingRetryPoller").phase(POLLER_PHASE)
                .poller(Pollers.fixedDelay(Duration.ofMillis(retryMs)).maxMessagesPerPoll(100)))
        .handle(File.class, (file, headers) -> {
          dropbox.resume(file.toPath());
          return null;
        })
        .get();
  }
}
