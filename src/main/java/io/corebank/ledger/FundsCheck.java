package io.corebank.ledger;

/**
 * Whether a posting must respect the debited account's floor (available balance not below minus its
 * limit). {@code FORCE} is for what the bank must post whatever the balance: network-mandated card
 * presentments, reversals ordered by operations. Account status rules apply either way.
 */
public enum FundsCheck {
  ENFORCE,
  FORCE
}
