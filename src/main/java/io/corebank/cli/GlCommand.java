package io.corebank.cli;

import io.corebank.gl.GlLine;
import io.corebank.gl.TrialBalance;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "gl", description = "The general ledger built from the sub-ledger.", subcommands = GlCommand.TrialBalanceCommand.class)
class GlCommand {

  @Command(name = "trial-balance", description = {
      "Every GL account's balance rolled up from its accounts, in its normal sign, with debit and credit totals.",
      "Exit 0 when debits equal credits, 8 when they do not."})
  static class TrialBalanceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override public Integer call() {
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        List<GlLine> lines = app.bean(TrialBalance.class).lines();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-6s %-30s %-9s %9s %20s %20s%n", "GL", "name", "type", "accounts", "debit", "credit");
        long debits = 0, credits = 0;
        for (GlLine l : lines) {
          boolean debitNormal = l.glType().equals("ASSET") || l.glType().equals("EXPENSE");
          // a balance on its normal side shows in that column; a contra balance in the other
          long debit = debitNormal == (l.balanceCents() >= 0) ? Math.abs(l.balanceCents()) : 0;
          long credit = debit == 0 ? Math.abs(l.balanceCents()) : 0;
          debits += debit;
          credits += credit;
          out.printf("%-6s %-30s %-9s %9s %20s %20s%n", l.glCode(), l.name(), l.glType(), Formats.count(l.accounts()),
              debit == 0 ? "" : Formats.usd(debit), credit == 0 ? "" : Formats.usd(credit));
        }
        out.printf("%-6s %-30s %-9s %9s %20s %20s%n", "", "total", "", "", Formats.usd(debits), Formats.usd(credits));
        out.println(debits == credits ? "debits equal credits" : "OUT OF BALANCE by " + Formats.usd(debits - credits));
        return debits == credits ? ReturnCodes.OK : ReturnCodes.ERROR;
      }
    }
  }
}
