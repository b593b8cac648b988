package io.corebank.ledger;

/** Account lifecycle states as the ledger enforces them. */
public enum AccountStatus {
  ACTIVE,
  /** no customer activity for a long time; still posts (a credit is often what wakes it) */
  DORMANT,
  /** refuses debits, accepts credits */
  FROZEN,
  /** refuses everything */
  CLOSED
}
