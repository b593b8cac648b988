package io.corebank.mq;

import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.SessionAwareMessageListener;

/**
 * MQ request/reply: the request's body goes to a handler and the handler's answer goes to the request's
 * reply-to queue, with the MQ convention for correlation: the reply's correlation id is the request's
 * correlation id when it has one, else its message id. Runs in a transacted session: a request whose
 * handling throws is rolled back and redelivered, and once it has been delivered {@code backoutThreshold}
 * times it is moved to the backout queue with the reason (property {@code CB_BACKOUT_REASON}) instead.
 */
final class RequestReplyListener implements SessionAwareMessageListener<Message> {
  private static final Logger log = LoggerFactory.getLogger(RequestReplyListener.class);
  static final String BACKOUT_REASON = "CB_BACKOUT_REASON";

  private final String name;
  private final UnaryOperator<byte[]> handler;
  private final boolean textReplies;
  private final String backoutQueue;
  private final int backoutThreshold;
  private final long replyTimeToLiveMs;

  RequestReplyListener(String name, UnaryOperator<byte[]> handler, boolean textReplies, String backoutQueue, int backoutThreshold,
      long replyTimeToLiveMs) {
    this.name = name;
    this.handler = handler;
    this.textReplies = textReplies;
    this.backoutQueue = backoutQueue;
    this.backoutThreshold = backoutThreshold;
    this.replyTimeToLiveMs = replyTimeToLiveMs;
  }

  @Override
  public void onMessage(Message request, Session session) throws JMSException {
    int delivery = request.propertyExists("JMSXDeliveryCount") ? request.getIntProperty("JMSXDeliveryCount") : 1;
    byte[] body = body(request);
    byte[] reply;
    try {
      reply = handler.apply(body);
    } catch (RuntimeException e) {
      if (delivery >= backoutThreshold) {
        backout(request, body, session, e);
        return;
      }
      log.warn("{}: request {} failed (delivery {} of {}), it will be redelivered: {}", name, request.getJMSMessageID(), delivery,
          backoutThreshold, e.toString());
      throw e;
    }
    Destination replyTo = request.getJMSReplyTo();
    if (replyTo == null) {
      log.warn("{}: request {} has no reply-to queue: handled, no reply sent", name, request.getJMSMessageID());
      return;
    }
    Message answer;
    if (textReplies) {
      answer = session.createTextMessage(new String(reply, StandardCharsets.UTF_8));
    } else {
      BytesMessage bytes = session.createBytesMessage();
      bytes.writeBytes(reply);
      answer = bytes;
    }
    String correlation = request.getJMSCorrelationID() != null ? request.getJMSCorrelationID() : request.getJMSMessageID();
    answer.setJMSCorrelationID(correlation);
    // a reply lives as long as the requester waits for it, and like the request it need not survive a restart
    replyProducer(session).send(replyTo, answer, request.getJMSDeliveryMode(), Message.DEFAULT_PRIORITY, replyTimeToLiveMs);
  }

  private void backout(Message request, byte[] body, Session session, RuntimeException e) throws JMSException {
    String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
    log.error("{}: request {} failed {} times, moved to {}: {}", name, request.getJMSMessageID(), backoutThreshold, backoutQueue, reason);
    BytesMessage copy = session.createBytesMessage();
    copy.writeBytes(body);
    copy.setStringProperty(BACKOUT_REASON, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
    copy.setStringProperty("CB_ORIGINAL_MESSAGE_ID", request.getJMSMessageID());
    if (request.getJMSReplyTo() != null) copy.setJMSReplyTo(request.getJMSReplyTo());
    copy.setJMSCorrelationID(request.getJMSCorrelationID());
    try (MessageProducer producer = session.createProducer(session.createQueue(backoutQueue))) {
      producer.send(copy);
    }
  }

  /**
   * One anonymous producer per listener session (each consumer thread keeps its session): creating a producer
   * for every reply cost a round trip to the broker per message.
   */
  private final java.util.Map<Session, MessageProducer> replyProducers =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private MessageProducer replyProducer(Session session) throws JMSException {
    MessageProducer producer = replyProducers.get(session);
    if (producer == null) {
      producer = session.createProducer(null);
      replyProducers.put(session, producer);
    }
    return producer;
  }

  static byte[] body(Message message) throws JMSException {
    if (message instanceof BytesMessage b) {
      byte[] bytes = new byte[(int) b.getBodyLength()];
      b.readBytes(bytes);
      return bytes;
    }
    if (message instanceof TextMessage t) return t.getText() == null ? new byte[0] : t.getText().getBytes(StandardCharsets.UTF_8);
    throw new IllegalArgumentException("unsupported message " + message.getClass().getSimpleName());
  }
}
