package io.corebank.cli;

import io.corebank.ach.AchInbound;
import io.corebank.ach.AchOrigination;
import io.corebank.nacha.Violation;
import io.corebank.platform.Money;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The `ach` subcommands that touch the books: ingest, pay and originate. */
final class AchBookCommands {
  private AchBookCommands() {}

  @Command(name = "ingest", mixinStandardHelpOptions = true, description = {
      "Process a received NACHA file once as the receiving bank: validate it whole, refuse a duplicate, post its entries "
          + "through the ledger, hold OFAC matches, place Reg CC holds on credits, write the return file.",
      "Run it again after a crash: it resumes the file where its last commit left it. "
          + "Exit 0 processed, 4 processed with returns or held items, 8 rejected or duplicate, 12 could not run."})
  static class Ingest implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "The NACHA file (.gz read decompressed).") Path file;

    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("corebank: cannot read " + file + ": no such file");
        return ReturnCodes.SEVERE;
      }
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        long started = System.nanoTime();
        AchInbound.IngestReport r = app.bean(AchInbound.class).ingest(file);
        long ms = (System.nanoTime() - started) / 1_000_000;
        return print(r, ms, out);
      }
    }

    static int print(AchInbound.IngestReport r, long ms, PrintWriter out) {
      out.printf("%s: %s (ACH file %d) in %,d ms%n", r.file(), r.status(), r.fileId(), ms);
      if (r.rejected()) {
        out.println("  " + r.detail());
        for (Violation v : r.violations()) out.println("  " + v.message());
        return ReturnCodes.ERROR;
      }
      out.printf("  posted %d (credits %s, debits %s), returned %d, held for review %d, nothing to post %d, "
              + "returns/corrections of ours %d%n", r.count("POSTED"), Money.format(r.postedCreditCents()),
          Money.format(r.postedDebitCents()), r.count("RETURNED"), r.count("HELD"), r.count("NO_POSTING"),
          r.count("RETURN_IN") + r.count("NOC_IN"));
      if (!r.returnsByReason().isEmpty()) {
        out.println("  returns by reason: " + r.returnsByReason().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
      }
      r.returnFile().ifPresent(f -> out.println("  return file: " + f));
      return r.count("RETURNED") + r.count("HELD") > 0 ? ReturnCodes.WARNING : ReturnCodes.OK;
    }
  }

  @Command(name = "pay", mixinStandardHelpOptions = true, description = {
      "Queue a customer's outgoing ACH credit: the account is debited now (funds checked) and the payment goes out in "
          + "the next Fed window's file. The same --key returns the payment queued first."})
  static class Pay implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--from", required = true, description = "Our customer's account number.") String from;
    @Option(names = "--routing", required = true, description = "Receiving bank's routing number (9 digits).") String routing;
    @Option(names = "--account", required = true, description = "Receiver's account number at that bank.") String account;
    @Option(names = "--name", required = true, description = "Receiver's name (22 characters at most).") String name;
    @Option(names = "--amount", required = true, description = "Amount, e.g. 125.00.") String amount;
    @Option(names = "--sec", defaultValue = "PPD", description = "PPD, CCD or WEB (default: ${DEFAULT-VALUE}).") String sec;
    @Option(names = "--description", defaultValue = "PAYMENT", description = "Entry description (10 characters).") String description;
    @Option(names = "--key", required = true, description = "Idempotency key of the request.") String key;

    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      long cents;
      try {
        cents = Money.parse(amount);
      } catch (RuntimeException e) {
        spec.commandLine().getErr().println("corebank: --amount '" + amount + "' is not an amount like 125.00");
        return ReturnCodes.USAGE;
      }
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        AchOrigination.Queued q = app.bean(AchOrigination.class).queue(new AchOrigination.Payment(key, from, routing, account,
            name.length() > 22 ? name.substring(0, 22) : name, cents, sec, description.length() > 10 ? description.substring(0, 10) : description));
        out.printf("payment %d %s: %s from %s to %s/%s, journal %d%n", q.originationId(), q.replayed() ? "(already queued)" : "queued",
            Money.format(cents), from, routing, account, q.journalId());
        return ReturnCodes.OK;
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("corebank: " + e.getMessage());
        return ReturnCodes.ERROR;
      }
    }
  }

  @Command(name = "originate", mixinStandardHelpOptions = true, description = {
      "Send the queued payments now in the named Fed window's file (what `serve` does at the window's time): "
          + "effective date from the window and the holiday calendar (schedules/)."})
  static class Originate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--window", required = true, description = "OVERNIGHT, SAMEDAY1 or SAMEDAY2 (schedules/ach-windows.csv).") String window;
    @Option(names = "--at", description = "The window's moment (ISO date-time with zone; default now).") ZonedDateTime at;

    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        AchOrigination.WindowResult r = app.bean(AchOrigination.class).sendWindow(window,
            at != null ? at : ZonedDateTime.now(ZoneId.of("America/New_York")));
        if (r.file().isEmpty()) {
          out.printf("%s window: nothing queued%n", r.window());
        } else {
          out.printf("%s window: %d payments, %s, effective %s: %s%n", r.window(), r.entries(), Money.format(r.totalCents()),
              r.effectiveDate(), r.file().get());
        }
        return ReturnCodes.OK;
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("corebank: " + e.getMessage());
        return ReturnCodes.USAGE;
      }
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true, description = {
      "Prove the ACH records hold together: every entry record has its registered file. Exit 0 when clean, 8 on any"
          + " difference. The postings are proved by `ledger check`."})
  static class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        io.corebank.ach.AchCheck.Report r = app.bean(io.corebank.ach.AchCheck.class).run();
        out.printf("ACH check: %s files, %s entry records%n", Formats.count(r.files()), Formats.count(r.entryRecords()));
        out.println("  checked: every entry record has its registered file");
        CheckPrinter.printResult(r.differencesFound(), r.differences(), out, "");
        return r.clean() ? ReturnCodes.OK : ReturnCodes.ERROR;
      }
    }
  }
}
