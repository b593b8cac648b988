package io.corebank.ledger;

import io.corebank.platform.Digests;

/**
 * SHA-256 of the part of a request that moves money. The same idempotency key with the same hash is a
 * replay; with another hash it is a conflict. Description and actor are left out on purpose: a teller
 * retrying a colleague's request with another note is still the same movement of money.
 */
final class RequestHash {
  private RequestHash() {}

  static String of(JournalRequest r) {
    StringBuilder s = new StringBuilder(128)
        .append(r.txnCode()).append('|').append(r.externalRef()).append('|').append(r.effectiveDate())
        .append('|').append(r.fundsCheck()).append('|').append(r.reversesJournalId()).append('|').append(r.holdId());
    for (Leg leg : r.legs()) {
      s.append('|').append(leg.accountId()).append(leg.direction().code()).append(leg.amountCents()).append(leg.currency());
    }
    return Digests.sha256Hex(s.toString());
  }

  static String of(HoldRequest r) {
    return Digests.sha256Hex(r.accountId() + "|" + r.kind() + "|" + r.amountCents() + "|" + r.currency() + "|" + r.externalRef()
        + "|" + r.expiresAt());
  }

}
