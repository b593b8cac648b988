package io.corebank.carddemo;

/** Input that breaks a rule of the CardDemo files or jobs: the message names file, record, field and rule. */
public class CardDemoDataException extends RuntimeException {
  public CardDemoDataException(String message) {
    super(message);
  }

  public CardDemoDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
