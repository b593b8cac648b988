package io.corebank.cli;

import io.corebank.ledger.LedgerCheckReport;
import io.corebank.platform.Money;
import java.io.PrintWriter;

/** Prints a ledger check as a person reads it: what was checked, then every difference. */
final class CheckPrinter {
  private CheckPrinter() {}

  static void print(LedgerCheckReport r, PrintWriter out) {
    print(r, out, "");
  }

  static void print(LedgerCheckReport r, PrintWriter out, String indent) {
    out.printf(indent + "Ledger check: %s balances, %s journals, %s entries, %s holds recomputed%n", Formats.count(r.accounts()),
        Formats.count(r.journals()), Formats.count(r.entries()), Formats.count(r.holds()));
    r.entriesNetByCurrency().forEach((currency, net) ->
        out.printf(indent + "  entries in %s net to %s; balances sum to %s%n", currency, Money.format(net),
            Money.format(r.balancesNetByCurrency().getOrDefault(currency, 0L))));
    out.println(indent + "  checked: every balance (current, available, held, pending) against its entries and holds; every");
    out.println(indent + "  journal balances per currency with at least two entries; entries net to zero per currency");
    printResult(r.differencesFound(), r.differences(), out, indent);
  }

  /** A check's verdict: CLEAN, or how many differences and each one listed ({@code listed} may be the first of them). */
  static void printResult(long differencesFound, java.util.List<String> listed, PrintWriter out, String indent) {
    if (differencesFound == 0) {
      out.println(indent + "  result: CLEAN, no difference");
      return;
    }
    out.printf(indent + "  result: %s DIFFERENCE(S)%n", Formats.count(differencesFound));
    listed.forEach(d -> out.println(indent + "  - " + d));
    if (differencesFound > listed.size()) {
      out.printf(indent + "  ... and %s more%n", Formats.count(differencesFound - listed.size()));
    }
  }
}
