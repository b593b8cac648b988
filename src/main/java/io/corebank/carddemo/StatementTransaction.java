package io.corebank.carddemo;

import java.util.Objects;

/**
 * One line of a statement's transaction summary (CVTRA05Y).
 *
 * @param transactionId {@code TRAN-ID}, 16 characters (cut or padded to 16)
 * @param description {@code TRAN-DESC}; the statement shows its first 49 characters
 * @param amountCents the amount in cents, negative for a credit to the card
 */
public record StatementTransaction(String transactionId, String description, long amountCents) {

  public StatementTransaction {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(description, "description");
  }
}
