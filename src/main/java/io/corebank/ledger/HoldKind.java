package io.corebank.ledger;

/**
 * AUTH reserves funds for a coming debit (a card authorization): counted in HELD_AMOUNT. FLOAT keeps
 * credited funds unavailable until they are collected (Reg CC availability): counted in PENDING_AMOUNT.
 * Both reduce the available balance.
 */
public enum HoldKind {
  AUTH,
  FLOAT
}
