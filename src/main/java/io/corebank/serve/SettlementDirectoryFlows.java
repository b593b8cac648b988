package io.corebank.serve;

import io.corebank.ach.ReadyFiles;
import io.corebank.card.SettlementDropbox;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The card network's settlement directory while serving: {@code <var-dir>/settlement/inbound} polled for complete
 * files (a {@code FILE.done} marker, or unchanged for {@code corebank.settlement.stable-ms}), each processed by
 * {@link SettlementDropbox}; files a crash left in processing/ are resumed at start.
 */
@Configuration(proxyBeanMethods = false)
@Profile("serve")
public class SettlementDirectoryFlows {
  private static final Logger log = LoggerFactory.getLogger(SettlementDirectoryFlows.class);

  @Bean
  IntegrationFlow settlementInboundFlow(SettlementDropbox dropbox, @Value("${corebank.settlement.poll-ms:1000}") long pollMs,
      @Value("${corebank.settlement.stable-ms:2000}") long stableMs) {
    try {
      java.nio.file.Files.createDirectories(dropbox.inbound());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SettlementDropbox.Outcome> resumed = dropbox.recover();
    log.info("card settlement: watching {} every {} ms ({} file(s) resumed from processing/)", dropbox.inbound().toAbsolutePath(),
        pollMs, resumed.size());
    return IntegrationFlow.from(Files.inboundAdapter(dropbox.inbound().toFile()).filter(new ReadyFiles(stableMs)),
            e -> e.id("settlementInboundPoller").phase(AchDirectoryFlows.POLLER_PHASE)
                .poller(Pollers.fixedDelay(Duration.ofMillis(pollMs)).maxMessagesPerPoll(1)))
        .handle(File.class, (file, headers) -> {
          dropbox.accept(file.toPath());
          return null;
        })
        .get();
  }
}
