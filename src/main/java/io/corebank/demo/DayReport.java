package io.corebank.demo;

import io.corebank.ledger.RejectionReason;
import java.util.Map;

/** What one simulated business day did. */
public record DayReport(int journalsPosted, int journalsReplayed, Map<RejectionReason, Integer> refusals, int holdsPlaced,
    int holdsCaptured, int holdsReleased, int holdsLeftPending, long depositsCents, long withdrawalsCents, long cardSpendCents) {

  public int refused() {
    return refusals.values().stream().mapToInt(Integer::intValue).sum();
  }
}
