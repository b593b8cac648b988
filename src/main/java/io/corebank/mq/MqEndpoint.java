package io.corebank.mq;

/**
 * A request queue the online processor answers: its name, the handler turning a request body into the
 * reply body, and whether replies are text messages (comma-separated formats) or bytes (fixed-width,
 * ASCII or EBCDIC).
 */
public interface MqEndpoint {
  String name();

  String queue();

  boolean textReplies();

  byte[] handle(byte[] request);
}
