package io.corebank.mq;

import jakarta.jms.ConnectionFactory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * The request queues the online processor listens on, and their listener containers: the fixed-width
 * online messages ({@code corebank.mq.queues.online}, default CB.ONLINE.REQUEST) and the CardDemo
 * comma-separated authorizations ({@code corebank.mq.queues.carddemo}, CB.CARDDEMO.AUTH.REQUEST). Concurrency
 * per queue is {@code corebank.mq.concurrency} (e.g. 4-8); failures are redelivered and backed out to
 * {@code corebank.mq.queues.backout} after {@code corebank.mq.backout-threshold} deliveries.
 */
@Component
@ConditionalOnProperty(name = "corebank.mq.enabled", havingValue = "true")
public class MqListeners implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(MqListeners.class);

  private final List<DefaultMessageListenerContainer> containers;
  private volatile boolean running;

  public MqListeners(ConnectionFactory mqConnectionFactory, List<MqEndpoint> endpoints,
      @Value("${corebank.mq.queues.backout:CB.ONLINE.BACKOUT}") String backoutQueue,
      @Value("${corebank.mq.backout-threshold:3}") int backoutThreshold,
      @Value("${corebank.mq.concurrency:2-8}") String concurrency,
      @Value("${corebank.mq.reply-ttl-ms:30000}") long replyTtlMs) {
    this.containers = endpoints.stream().map(e -> container(mqConnectionFactory, e.queue(), concurrency,
        new RequestReplyListener(e.name(), e::handle, e.textReplies(), backoutQueue, backoutThreshold, replyTtlMs))).toList();
  }

  private static DefaultMessageListenerContainer container(ConnectionFactory factory, String queue, String concurrency,
      RequestReplyListener listener) {
    DefaultMessageListenerContainer c = new DefaultMessageListenerContainer();
    c.setConnectionFactory(factory);
    c.setDestinationName(queue);
    c.setConcurrency(concurrency);
    c.setSessionTransacted(true);
    c.setReceiveTimeout(1_000); // stop within a second (see docs/operations.md)
    c.setMessageListener(listener);
    c.afterPropertiesSet();
    return c;
  }

  @Override
  public void start() {
    for (DefaultMessageListenerContainer c : containers) {
      c.start();
      log.info("listening on {} ({} consumers)", c.getDestinationName(), c.getConcurrentConsumers());
    }
    running = true;
  }

  @Override
  public void stop() {
    for (DefaultMessageListenerContainer c : containers) {
      c.stop();
      c.shutdown();
    }
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
