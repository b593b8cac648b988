package io.corebank.mq;

import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;

/**
 * The MQ side of the online processor, on when {@code corebank.mq.enabled=true} (`serve` turns it on):
 * by default an embedded Artemis broker (in-VM for our own listeners, plus a Netty acceptor on
 * 127.0.0.1 so that other processes, `mq send` and `bench auth`, can connect), journal under
 * {@code <var-dir>/artemis}; with the {@code ibmmq} profile, an IBM MQ queue manager instead
 * ({@link IbmMqConfiguration}). The connection factory is defined here, explicitly, on purpose: Boot's
 * Artemis and IBM MQ auto-configurations each back off when the other's factory exists.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "corebank.mq.enabled", havingValue = "true")
public class MqConfiguration {
  private static final Logger log = LoggerFactory.getLogger(MqConfiguration.class);
  /** Each broker of this JVM gets its own in-VM server id: two contexts (tests) must not share one by accident. */
  private static final java.util.concurrent.atomic.AtomicInteger IN_VM_IDS = new java.util.concurrent.atomic.AtomicInteger();

  /** The in-VM id of the broker of this context. */
  record InVmId(int value) {}

  @Bean
  @Profile("!ibmmq")
  InVmId inVmId() {
    return new InVmId(IN_VM_IDS.getAndIncrement());
  }

  @Bean(initMethod = "start", destroyMethod = "stop")
  @Profile("!ibmmq")
  EmbeddedActiveMQ embeddedBroker(InVmId inVmId, @Value("${corebank.var-dir:./var}") Path varDir,
      @Value("${corebank.mq.port:61616}") int port, @Value("${corebank.mq.persistent:true}") boolean persistent) throws Exception {
    Configuration config = new ConfigurationImpl()
        .setPersistenceEnabled(persistent)
        .setSecurityEnabled(false)
        .setJournalDirectory(varDir.resolve("artemis/journal").toString())
        .setBindingsDirectory(varDir.resolve("artemis/bindings").toString())
        .setLargeMessagesDirectory(varDir.resolve("artemis/large").toString())
        .setPagingDirectory(varDir.resolve("artemis/paging").toString())
        .addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName(),
            java.util.Map.of("serverId", inVmId.value())))
        .addAcceptorConfiguration("netty", "tcp://127.0.0.1:" + port);
    config.setName("corebank");
    EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    broker.setConfiguration(config);
    log.info("embedded Artemis broker: in-VM and tcp://127.0.0.1:{} (journal {})", port, persistent ? varDir.resolve("artemis") : "off");
    return broker;
  }

  @Bean
  @Profile("!ibmmq")
  ConnectionFactory mqConnectionFactory(EmbeddedActiveMQ broker, InVmId inVmId) {
    return new ActiveMQConnectionFactory("vm://" + inVmId.value());
  }

  /** Replies and `mq send` go through a caching factory: a connection per send would cost more than the work. */
  @Bean
  JmsTemplate mqTemplate(ConnectionFactory mqConnectionFactory) {
    return new JmsTemplate(new CachingConnectionFactory(mqConnectionFactory));
  }
}
