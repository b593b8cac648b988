package io.corebank.ledger;

import java.time.Instant;
import java.util.Objects;

/** A request to place a hold; the idempotency key makes a retried placement return the first hold. */
public record HoldRequest(String idempotencyKey, long accountId, HoldKind kind, long amountCents, String currency,
    String reason, String externalRef, Instant expiresAt, String actor) {
  public HoldRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
