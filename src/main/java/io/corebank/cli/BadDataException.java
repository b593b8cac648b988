package io.corebank.cli;

/**
 * Input data a file command cannot convert: the message names where (record or line number),
 * the field and the rule broken. The command ends with {@link ReturnCodes#ERROR}.
 */
final class BadDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadDataException(String message) {
    super(message);
  }
}
