package io.corebank.ledger;

import java.util.List;
import java.util.Map;

/**
 * What {@link LedgerCheck} looked at and every difference it found. Clean means no difference.
 *
 * @param differencesFound may exceed {@code differences.size()}: the list keeps the first {@link LedgerCheck#MAX_LISTED}
 */
public record LedgerCheckReport(long accounts, long journals, long entries, long holds, Map<String, Long> entriesNetByCurrency,
    Map<String, Long> balancesNetByCurrency, long differencesFound, List<String> differences) {

  public boolean clean() {
    return differencesFound == 0;
  }
}
