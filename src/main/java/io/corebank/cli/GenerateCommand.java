package io.corebank.cli;

import io.corebank.demo.DemoBankGenerator;
import io.corebank.demo.GenerationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", description = "Create a deterministic demo bank in an empty database.")
class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Option(names = "--customers", required = true, description = "How many customers.") int customers;
  @Option(names = "--seed", defaultValue = "42", description = "Same seed, same bank (default: ${DEFAULT-VALUE}).") long seed;

  @Override public Integer call() {
    try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
      long started = System.nanoTime();
      GenerationReport r = app.bean(DemoBankGenerator.class).generate(customers, seed);
      print(r, spec.commandLine().getOut(), (System.nanoTime() - started) / 1_000_000);
      return ReturnCodes.OK;
    }
  }

  static void print(GenerationReport r, PrintWriter out, long elapsedMs) {
    out.printf("Generated %s customers with %s checking, %s savings, %s certificate-of-deposit and %s credit-card accounts%n",
        Formats.count(r.customers()), Formats.count(r.checking()), Formats.count(r.savings()), Formats.count(r.certificates()),
        Formats.count(r.cards()));
    out.printf("  %s opening journals posted through the ledger, %s deposited, in %s ms%n", Formats.count(r.openingJournals()),
        Formats.usd(r.openingDepositsCents()), Formats.count(elapsedMs));
  }
}
