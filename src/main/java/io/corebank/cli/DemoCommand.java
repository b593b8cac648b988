package io.corebank.cli;

import io.corebank.account.AccountService;
import io.corebank.businessdate.BusinessDateService;
import io.corebank.demo.BusinessDaySimulator;
import io.corebank.demo.DayReport;
import io.corebank.demo.DemoBankGenerator;
import io.corebank.demo.GenerationReport;
import io.corebank.gl.InternalAccounts;
import io.corebank.gl.TrialBalance;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerCheckReport;
import io.corebank.product.ProductKind;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The main job on the embedded defaults: a bank (generated on first run), a business day of activity
 * through the ledger, the ledger check, a summary, and the next business date opened.
 */
@Command(name = "demo", description = "Run a business day on a demo bank and prove the books (the main job).")
class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Option(names = "--customers", defaultValue = "1000", description = "Customers of a newly generated bank (default: ${DEFAULT-VALUE}).")
  int customers;
  @Option(names = "--seed", defaultValue = "42", description = "Seed of the bank and of the day's activity (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
      BusinessDateService dates = app.bean(BusinessDateService.class);
      AccountService accounts = app.bean(AccountService.class);
      LocalDate day = dates.currentDate();
      out.printf("Corebank demo: business date %s on %s%n", day, app.databaseDescription());

      app.bean(InternalAccounts.class).ensureOpen();
      DemoBankGenerator generator = app.bean(DemoBankGenerator.class);
      var unfinished = generator.unfinished();
      if (accounts.countCustomers() == 0 || unfinished.isPresent()) {
        // an empty database gets a new bank; an interrupted generation is finished with its own plan
        int plannedCustomers = unfinished.map(DemoBankGenerator.Plan::customers).orElse(customers);
        long plannedSeed = unfinished.map(DemoBankGenerator.Plan::seed).orElse(seed);
        long started = System.nanoTime();
        GenerationReport generated = generator.generate(plannedCustomers, plannedSeed);
        out.print(unfinished.isPresent() ? "  Resumed bank: " : "  New bank: ");
        GenerateCommand.print(generated, out, (System.nanoTime() - started) / 1_000_000);
      }

      long started = System.nanoTime();
      DayReport r = app.bean(BusinessDaySimulator.class).simulate(day, seed);
      long dayMs = (System.nanoTime() - started) / 1_000_000;
      long achStarted = System.nanoTime();
      io.corebank.ach.AchInbound.IngestReport payroll = app.bean(io.corebank.demo.DemoPayroll.class).run(day, seed);
      long achMs = (System.nanoTime() - achStarted) / 1_000_000;
      io.corebank.demo.DemoCards.Result cardsToday = app.bean(io.corebank.demo.DemoCards.class).run(day, seed);
      LedgerCheckReport check = app.bean(LedgerCheck.class).run();
      io.corebank.ach.AchCheck.Report achCheck = app.bean(io.corebank.ach.AchCheck.class).run();

      Map<ProductKind, Long> byKind = accounts.countAccountsByKind();
      out.printf("  Bank:      %s customers, %s accounts (checking %s, savings %s, CDs %s, cards %s, internal %s)%n",
          Formats.count(accounts.countCustomers()), Formats.count(byKind.values().stream().mapToLong(Long::longValue).sum()),
          Formats.count(byKind.getOrDefault(ProductKind.CHECKING, 0L)), Formats.count(byKind.getOrDefault(ProductKind.SAVINGS, 0L)),
          Formats.count(byKind.getOrDefault(ProductKind.CERTIFICATE, 0L)), Formats.count(byKind.getOrDefault(ProductKind.CREDIT_CARD, 0L)),
          Formats.count(byKind.getOrDefault(ProductKind.INTERNAL, 0L)));
      out.printf("  Today:     %s journals posted in %s ms, %s refused%s, %s replayed%n", Formats.count(r.journalsPosted()),
          Formats.count(dayMs), Formats.count(r.refused()), r.refusals().isEmpty() ? "" : " (" + r.refusals().entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")", Formats.count(r.journalsReplayed()));
      out.printf("             cash deposits %s, withdrawals %s, card purchases %s%n", Formats.usd(r.depositsCents()),
          Formats.usd(r.withdrawalsCents()), Formats.usd(r.cardSpendCents()));
      out.printf("             card holds: %s placed, %s captured, %s released, %s still pending%n", Formats.count(r.holdsPlaced()),
          Formats.count(r.holdsCaptured()), Formats.count(r.holdsReleased()), Formats.count(r.holdsLeftPending()));
      out.printf("  ACH:       payroll file %s: %s in %s ms: %s credits posted (%s, available next business day), %s returned (%s)%n",
          payroll.file().getFileName(), payroll.status(), Formats.count(achMs), Formats.count(payroll.count("POSTED")),
          Formats.usd(payroll.postedCreditCents()), Formats.count(payroll.count("RETURNED")),
          payroll.returnsByReason().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
      payroll.returnFile().ifPresent(f -> out.printf("             return file %s%n", f));
      out.printf("  Cards:     %s authorizations approved (%s declined); the network's settlement file: %s (%s)%n",
          Formats.count(cardsToday.approved()), Formats.count(cardsToday.declined()), cardsToday.settlement().status(),
          cardsToday.settlement().itemsByOutcome().entrySet().stream().map(e -> e.getKey().toLowerCase() + " " + e.getValue())
              .collect(Collectors.joining(", ")));
      out.printf("  Deposits:  %s held for customers (GL 2010-2030)%n", Formats.usd(app.bean(TrialBalance.class).totalDepositsCents()));
      CheckPrinter.print(check, out, "  ");
      out.printf("  ACH check: %s files, %s entry records, every one with its registered file: %s%n", Formats.count(achCheck.files()),
          Formats.count(achCheck.entryRecords()), achCheck.clean() ? "CLEAN" : Formats.count(achCheck.differencesFound()) + " DIFFERENCE(S)");
      achCheck.differences().forEach(d -> out.println("    - " + d));

      LocalDate next = app.bean(io.corebank.businessdate.BusinessCalendar.class).nextBusinessDay(day);
      // the nightly hold expiry, as of the next business day's start: authorizations never presented and Reg CC
      // float holds whose funds are now available give them back
      int expiredHolds = app.bean(io.corebank.ledger.LedgerService.class).expireHolds(
          next.atStartOfDay(java.time.ZoneId.of("America/New_York")).toInstant(), "demo");
      out.printf("  Nightly:   %s holds past their expiry released%n", Formats.count(expiredHolds));
      dates.open(next, "demo");
      out.printf("  Next:      business date is now %s%n", next);
      return check.clean() && achCheck.clean() ? ReturnCodes.OK : ReturnCodes.ERROR;
    }
  }
}
