package io.corebank.ledger;

/**
 * Turns (part of) an AUTH hold into a posting: debit the held account, credit {@code creditAccountId}.
 * A final capture releases whatever the hold still reserves in the same transaction; a non-final one
 * (a card clearing in several presentments) leaves the rest reserved.
 */
public record CaptureRequest(String idempotencyKey, long holdId, long amountCents, long creditAccountId, String txnCode,
    String description, String sourceSystem, String actor, boolean finalCapture) {}
