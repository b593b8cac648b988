package io.corebank.ledger;

import java.time.Instant;

/** A materialized balance as read (credits minus debits; see docs/ledger.md for the sign convention). */
public record AccountBalance(long accountId, String currency, long currentCents, long availableCents, long heldCents,
    long pendingCents, Instant asOf) {}
