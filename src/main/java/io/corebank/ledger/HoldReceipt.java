package io.corebank.ledger;

/** A placed hold: its id, the account's available balance just after, and whether this is a replay. */
public record HoldReceipt(long holdId, long availableAfterCents, boolean replayed) {}
