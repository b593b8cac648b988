package io.corebank.ledger;

/**
 * A locked balance row and the account attributes the posting rules need, plus the deltas the current
 * transaction has applied to it. Package-private: only the ledger sees a balance it may change.
 */
final class AccountState {
  final long accountId;
  final String currency;
  final AccountStatus status;
  /** overdraft or credit limit: available may go down to minus this when the floor is enforced */
  final long limitCents;
  final boolean floorEnforced;
  private final long currentCents;
  private final long heldCents;
  private final long pendingCents;
  private long currentDelta;
  private long heldDelta;
  private long pendingDelta;

  AccountState(long accountId, String currency, AccountStatus status, long limitCents, boolean floorEnforced,
      long currentCents, long heldCents, long pendingCents) {
    this.accountId = accountId;
    this.currency = currency;
    this.status = status;
    this.limitCents = limitCents;
    this.floorEnforced = floorEnforced;
    this.currentCents = currentCents;
    this.heldCents = heldCents;
    this.pendingCents = pendingCents;
  }

  long current() { return currentCents + currentDelta; }
  long held() { return heldCents + heldDelta; }
  long pending() { return pendingCents + pendingDelta; }
  long available() { return current() - held() - pending(); }

  long currentDelta() { return currentDelta; }
  long heldDelta() { return heldDelta; }
  long pendingDelta() { return pendingDelta; }
  long availableDelta() { return currentDelta - heldDelta - pendingDelta; }

  boolean changed() { return currentDelta != 0 || heldDelta != 0 || pendingDelta != 0; }

  /** Whether available may fall by {@code debitCents} without crossing the floor. */
  boolean canAfford(long debitCents) {
    return !floorEnforced || available() - debitCents >= -limitCents;
  }

  void post(long signedCents) {
    currentDelta = Math.addExact(currentDelta, signedCents);
  }

  void adjustHeld(HoldKind kind, long deltaCents) {
    if (kind == HoldKind.AUTH) heldDelta = Math.addExact(heldDelta, deltaCents);
    else pendingDelta = Math.addExact(pendingDelta, deltaCents);
    // a hold can never release more than was held: a negative total means a bug, not bad input
    if (held() < 0 || pending() < 0) {
      throw new IllegalStateException("account " + accountId + " held/pending would go negative: held=" + held() + " pending=" + pending());
    }
  }
}
