package io.corebank.ledger;

import io.corebank.platform.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The rules a journal and a hold must pass, as plain functions over locked account states: testable
 * without a database, and the only place these rules live.
 */
final class PostingRules {
  static final int MAX_KEY_CHARS = 100;
  static final int MAX_DESCRIPTION_CHARS = 140;
  static final int MAX_ACTOR_CHARS = 40;
  static final int MAX_SOURCE_CHARS = 16;
  static final int MAX_EXTERNAL_REF_CHARS = 64;
  static final int MAX_REASON_CHARS = 60;

  private PostingRules() {}

  /** Rules that need no database: fields present, at least two legs, positive amounts, balanced per currency. */
  static Rejection checkShape(JournalRequest r, Predicate<String> knownTxnCode) {
    Rejection fields = firstNonNull(
        text("idempotency key", r.idempotencyKey(), MAX_KEY_CHARS, true),
        text("transaction code", r.txnCode(), 12, true),
        text("actor", r.actor(), MAX_ACTOR_CHARS, true),
        text("source system", r.sourceSystem(), MAX_SOURCE_CHARS, true),
        text("description", r.description(), MAX_DESCRIPTION_CHARS, false),
        text("external reference", r.externalRef(), MAX_EXTERNAL_REF_CHARS, false));
    if (fields != null) return fields;
    if (!knownTxnCode.test(r.txnCode())) {
      return Rejection.of(RejectionReason.UNKNOWN_TXN_CODE, "transaction code '" + r.txnCode() + "' is not in TXN_CODE");
    }
    if (r.legs().size() < 2) {
      return Rejection.of(RejectionReason.TOO_FEW_LEGS, "a journal needs at least two legs, got " + r.legs().size());
    }
    Map<String, long[]> totals = new TreeMap<>(); // currency -> {debits, credits}
    for (Leg leg : r.legs()) {
      if (leg.amountCents() <= 0) {
        return Rejection.forAccount(RejectionReason.NON_POSITIVE_AMOUNT, leg.accountId(),
            "leg amount must be positive, got " + Money.format(leg.amountCents()));
      }
      if (leg.currency().length() != 3) {
        return Rejection.forAccount(RejectionReason.INVALID_REQUEST, leg.accountId(), "currency must be an ISO 4217 code, got '" + leg.currency() + "'");
      }
      long[] t = totals.computeIfAbsent(leg.currency(), c -> new long[2]);
      int side = leg.direction() == Direction.DEBIT ? 0 : 1;
      t[side] = Math.addExact(t[side], leg.amountCents());
    }
    for (Map.Entry<String, long[]> e : totals.entrySet()) {
      long[] t = e.getValue();
      if (t[0] != t[1]) {
        return Rejection.of(RejectionReason.UNBALANCED, e.getKey() + " debits " + Money.format(t[0])
            + " do not equal credits " + Money.format(t[1]));
      }
    }
    return null;
  }

  /**
   * Checks a shape-valid journal against the locked accounts and, only when every rule passes, applies
   * its legs to them. Returns the first rule broken, or null when applied.
   */
  static Rejection apply(JournalRequest r, Map<Long, AccountState> accounts) {
    Map<Long, Long> netByAccount = new LinkedHashMap<>();
    for (Leg leg : r.legs()) {
      AccountState a = accounts.get(leg.accountId());
      if (a == null) {
        return Rejection.forAccount(RejectionReason.ACCOUNT_NOT_FOUND, leg.accountId(), "no account with id " + leg.accountId());
      }
      if (!a.currency.equals(leg.currency())) {
        return Rejection.forAccount(RejectionReason.CURRENCY_MISMATCH, a.accountId,
            "leg in " + leg.currency() + " but the account is in " + a.currency);
      }
      if (a.status == AccountStatus.CLOSED) {
        return Rejection.forAccount(RejectionReason.ACCOUNT_CLOSED, a.accountId, "account is closed");
      }
      if (a.status == AccountStatus.FROZEN && leg.direction() == Direction.DEBIT) {
        return Rejection.forAccount(RejectionReason.ACCOUNT_FROZEN, a.accountId, "account is frozen: debits refused");
      }
      netByAccount.merge(a.accountId, leg.signedCents(), Math::addExact);
    }
    if (r.fundsCheck() == FundsCheck.ENFORCE) {
      for (Map.Entry<Long, Long> e : netByAccount.entrySet()) {
        AccountState a = accounts.get(e.getKey());
        long net = e.getValue();
        if (net < 0 && !a.canAfford(-net)) return insufficient(a, -net);
      }
    }
    netByAccount.forEach((accountId, net) -> accounts.get(accountId).post(net));
    return null;
  }

  static Rejection checkHoldShape(HoldRequest r) {
    Rejection fields = firstNonNull(
        text("idempotency key", r.idempotencyKey(), MAX_KEY_CHARS, true),
        text("actor", r.actor(), MAX_ACTOR_CHARS, true),
        text("reason", r.reason(), MAX_REASON_CHARS, true),
        text("external reference", r.externalRef(), MAX_EXTERNAL_REF_CHARS, false));
    if (fields != null) return fields;
    if (r.amountCents() <= 0) {
      return Rejection.forAccount(RejectionReason.NON_POSITIVE_AMOUNT, r.accountId(), "hold amount must be positive, got " + Money.format(r.amountCents()));
    }
    return null;
  }

  /** Checks a hold placement against its locked account and applies it when allowed. */
  static Rejection applyHold(HoldRequest r, AccountState a) {
    if (a == null) {
      return Rejection.forAccount(RejectionReason.ACCOUNT_NOT_FOUND, r.accountId(), "no account with id " + r.accountId());
    }
    if (!a.currency.equals(r.currency())) {
      return Rejection.forAccount(RejectionReason.CURRENCY_MISMATCH, a.accountId, "hold in " + r.currency() + " but the account is in " + a.currency);
    }
    if (a.status == AccountStatus.CLOSED) {
      return Rejection.forAccount(RejectionReason.ACCOUNT_CLOSED, a.accountId, "account is closed");
    }
    // an AUTH hold reserves funds for a debit, so it obeys the debit rules; a FLOAT hold only delays credited funds
    if (r.kind() == HoldKind.AUTH) {
      if (a.status == AccountStatus.FROZEN) {
        return Rejection.forAccount(RejectionReason.ACCOUNT_FROZEN, a.accountId, "account is frozen: no new authorizations");
      }
      if (!a.canAfford(r.amountCents())) return insufficient(a, r.amountCents());
    }
    a.adjustHeld(r.kind(), r.amountCents());
    return null;
  }

  private static Rejection insufficient(AccountState a, long debitCents) {
    return Rejection.forAccount(RejectionReason.INSUFFICIENT_FUNDS, a.accountId, "available " + Money.format(a.available())
        + ", debit " + Money.format(debitCents) + ", limit " + Money.format(a.limitCents));
  }

  private static Rejection text(String field, String value, int maxChars, boolean required) {
    if (value == null || value.isBlank()) {
      return required ? Rejection.of(RejectionReason.INVALID_REQUEST, field + " is required") : null;
    }
    if (value.length() > maxChars) {
      return Rejection.of(RejectionReason.INVALID_REQUEST, field + " is " + value.length() + " characters, at most " + maxChars + " allowed");
    }
    return null;
  }

  private static Rejection firstNonNull(Rejection... rejections) {
    for (Rejection r : rejections) if (r != null) return r;
    return null;
  }
}
