package io.corebank.ledger;

import java.util.Objects;

/** One side of a journal: an amount debited or credited to one account, in the account's currency. */
public record Leg(long accountId, Direction direction, long amountCents, String currency) {
  public Leg {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(currency, "currency");
  }

  public static Leg debit(long accountId, long amountCents, String currency) {
    return new Leg(accountId, Direction.DEBIT, amountCents, currency);
  }

  public static Leg credit(long accountId, long amountCents, String currency) {
    return new Leg(accountId, Direction.CREDIT, amountCents, currency);
  }

  long signedCents() {
    return direction.signed(amountCents);
  }
}
