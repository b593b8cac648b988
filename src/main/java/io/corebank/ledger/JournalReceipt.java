package io.corebank.ledger;

import java.time.LocalDate;

/**
 * What a posted journal got. {@code replayed} is true when the idempotency key had been posted before
 * and this is the original result, returned without posting anything.
 */
public record JournalReceipt(long journalId, LocalDate businessDate, boolean replayed) {}
