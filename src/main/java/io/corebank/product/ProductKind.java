package io.corebank.product;

public enum ProductKind {
  CHECKING,
  SAVINGS,
  CERTIFICATE,
  CREDIT_CARD,
  /** the bank's own accounts: clearing, settlement, cash, income and expense */
  INTERNAL
}
