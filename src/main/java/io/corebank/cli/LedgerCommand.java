package io.corebank.cli;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.ledger.AccountBalance;
import io.corebank.ledger.FundsCheck;
import io.corebank.ledger.JournalReceipt;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerCheckReport;
import io.corebank.ledger.LedgerService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ledger", description = "Prove, read and correct the books.",
    subcommands = {LedgerCommand.Check.class, LedgerCommand.Balance.class, LedgerCommand.Reverse.class})
class LedgerCommand {

  @Command(name = "check", description = "Recompute every balance from the entries; exit 0 when clean, 8 on any difference.")
  static class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override public Integer call() {
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        LedgerCheckReport report = app.bean(LedgerCheck.class).run();
        CheckPrinter.print(report, spec.commandLine().getOut());
        return report.clean() ? ReturnCodes.OK : ReturnCodes.ERROR;
      }
    }
  }

  @Command(name = "balance", description = "Show an account's balances.")
  static class Balance implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "ACCOUNT_NUMBER") String accountNumber;

    @Override public Integer call() {
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        Account a = app.bean(AccountService.class).findByNumber(accountNumber).orElse(null);
        if (a == null) {
          spec.commandLine().getErr().println("corebank: no account with number " + accountNumber);
          return ReturnCodes.ERROR;
        }
        AccountBalance b = app.bean(LedgerService.class).balance(a.accountId());
        var out = spec.commandLine().getOut();
        out.printf("%s  %s  (%s, %s, %s)%n", a.accountNumber(), a.title(), a.productCode(), a.status(), a.currency());
        out.printf("  current   %15s%n  available %15s%n  held      %15s%n  pending   %15s%n  as of     %s%n",
            Formats.usd(b.currentCents()), Formats.usd(b.availableCents()), Formats.usd(b.heldCents()),
            Formats.usd(b.pendingCents()), b.asOf());
        out.println("  (credits minus debits: a card or loan balance owed shows negative)");
        return ReturnCodes.OK;
      }
    }
  }

  @Command(name = "reverse", description = "Post the compensating journal of a journal (once; a repeat is answered as a replay).")
  static class Reverse implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "JOURNAL_ID") long journalId;
    @Option(names = "--reason", required = true) String reason;
    @Option(names = "--actor", defaultValue = "${sys:user.name}") String actor;
    @Option(names = "--force", description = "Post even if it overdraws an account.") boolean force;

    @Override public Integer call() {
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        JournalReceipt r = app.bean(LedgerService.class).reverse(journalId, actor, reason, force ? FundsCheck.FORCE : FundsCheck.ENFORCE);
        spec.commandLine().getOut().printf("journal %d reversed by journal %d%s%n", journalId, r.journalId(),
            r.replayed() ? " (it had been reversed before)" : "");
        return ReturnCodes.OK;
      }
    }
  }
}
