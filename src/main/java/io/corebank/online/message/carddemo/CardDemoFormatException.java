package io.corebank.online.message.carddemo;

import io.corebank.online.message.MessageFormatException;

/**
 * A CardDemo authorization request or reply that does not follow the format: names the field by its 1-based
 * position in the comma-separated message and its CardDemo name (for example {@code field 9 (TRANSACTION-AMT)}).
 * {@link #fieldPath()} is the CardDemo name.
 */
public final class CardDemoFormatException extends MessageFormatException {
  private static final long serialVersionUID = 1L;

  private final int position;

  CardDemoFormatException(String message, int position, String name, String rule) {
    super(message + ", field " + position + " (" + name + "): " + rule, name, rule, null);
    this.position = position;
  }

  /** A problem with the message as a whole (not one field): position 0, no name. */
  CardDemoFormatException(String message, String rule) {
    super(message + ": " + rule, "", rule, null);
    this.position = 0;
  }

  /** 1-based position of the field in the message; 0 when the message as a whole is wrong. */
  public int position() {
    return position;
  }
}
