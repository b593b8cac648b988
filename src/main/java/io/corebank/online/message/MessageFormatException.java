package io.corebank.online.message;

/**
 * A message that does not follow its format: wrong length, unknown message type, a field that does not hold what
 * its picture and rule say. Names the field by its dotted copybook path (for example
 * {@code OL-AUTH-REQUEST.AUQ-AMOUNT}) and the rule that was broken. Thrown instead of returning any part of the
 * message, and also by the message constructors for values that cannot be sent.
 */
public class MessageFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String fieldPath;
  private final String rule;

  public MessageFormatException(String fieldPath, String rule) {
    this(fieldPath, rule, null);
  }

  public MessageFormatException(String fieldPath, String rule, Throwable cause) {
    this(fieldPath + ": " + rule, fieldPath, rule, cause);
  }

  /** For formats whose fields are not named by a copybook path: the message is given whole. */
  protected MessageFormatException(String message, String fieldPath, String rule, Throwable cause) {
    super(message, cause);
    this.fieldPath = fieldPath;
    this.rule = rule;
  }

  /** Dotted copybook path of the field (or record, for a length error) that is wrong. */
  public String fieldPath() {
    return fieldPath;
  }

  /** The rule that was broken, in words. */
  public String rule() {
    return rule;
  }
}
