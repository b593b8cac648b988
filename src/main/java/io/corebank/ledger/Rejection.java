package io.corebank.ledger;

/**
 * A refusal with its reason, the account it concerns (when one does) and a sentence a person can act on.
 */
public record Rejection(RejectionReason reason, Long accountId, String detail) {
  public static Rejection of(RejectionReason reason, String detail) {
    return new Rejection(reason, null, detail);
  }

  public static Rejection forAccount(RejectionReason reason, long accountId, String detail) {
    return new Rejection(reason, accountId, detail);
  }

  @Override
  public String toString() {
    return reason + (accountId == null ? "" : " (account " + accountId + ")") + ": " + detail;
  }
}
