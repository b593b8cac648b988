package io.corebank.ledger;

public enum HoldStatus {
  PENDING,
  CAPTURED,
  RELEASED,
  EXPIRED
}
