package io.corebank.ledger;

/** Why the ledger refused a journal or a hold operation. Nothing was written when one of these is returned. */
public enum RejectionReason {
  /** a required field (idempotency key, transaction code, actor, ...) is missing or too long */
  INVALID_REQUEST,
  /** fewer than two legs */
  TOO_FEW_LEGS,
  /** an amount of zero or less */
  NON_POSITIVE_AMOUNT,
  /** debits and credits differ in some currency */
  UNBALANCED,
  UNKNOWN_TXN_CODE,
  ACCOUNT_NOT_FOUND,
  /** a leg's currency is not its account's currency */
  CURRENCY_MISMATCH,
  /** closed accounts refuse debits and credits */
  ACCOUNT_CLOSED,
  /** frozen accounts refuse debits (credits are accepted) */
  ACCOUNT_FROZEN,
  /** the debit would take the available balance below minus the account's limit */
  INSUFFICIENT_FUNDS,
  /** the idempotency key was used before with another payload */
  IDEMPOTENCY_CONFLICT,
  HOLD_NOT_FOUND,
  /** the hold is captured, released or expired already */
  HOLD_NOT_PENDING,
  /** the capture is larger than what the hold still reserves */
  HOLD_AMOUNT_EXCEEDED,
  JOURNAL_NOT_FOUND
}
