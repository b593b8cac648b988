package io.corebank.ledger;

import java.time.Instant;

/** A hold as stored. */
public record Hold(long holdId, long accountId, HoldKind kind, long amountCents, long remainingCents, String currency,
    String reason, String externalRef, Instant placedAt, Instant expiresAt, HoldStatus status) {}
