package io.corebank.mq;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * A queue whose requests are answered with their own bodies, through the same listeners, sessions and reply
 * convention as the banking queues, with no decoding and no database: what the MQ path alone costs. Off
 * unless {@code corebank.mq.echo-queue} names the queue; `bench auth` turns it on to measure its transport
 * baseline in the same run, and operators can use it to check that a processor answers at all.
 */
@Component
@ConditionalOnExpression("'${corebank.mq.enabled:false}' == 'true' && '${corebank.mq.echo-queue:}' != ''")
public class EchoEndpoint implements MqEndpoint {
  private final String queue;

  public EchoEndpoint(@Value("${corebank.mq.echo-queue}") String queue) {
    this.queue = queue;
  }

  @Override public String name() { return "echo"; }

  @Override public String queue() { return queue; }

  @Override public boolean textReplies() { return false; }

  @Override public byte[] handle(byte[] request) {
    return request;
  }
}
