package io.corebank.cli;

import io.corebank.card.CardSettlement;
import io.corebank.card.settlement.SettlementEncoding;
import io.corebank.platform.Money;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Card operations: settle a network settlement file by hand (`serve` watches a directory for them). */
@Command(name = "card", mixinStandardHelpOptions = true, description = "Card network files.", subcommands = {CardCommand.Settle.class})
class CardCommand {

  @Command(name = "settle", mixinStandardHelpOptions = true, description = {
      "Process the network's settlement file once: validated whole (a trailer that does not reconcile rejects it, "
          + "nothing posts), presentments matched to their authorizations and captured, the rest force-posted or put "
          + "in suspense with an exceptions report. Run it again after a crash: it resumes.",
      "Exit 0 processed, 4 processed with items in suspense or force-posted, 8 rejected or duplicate."})
  static class Settle implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--encoding", defaultValue = "ASCII", description = "ASCII (lines) or EBCDIC (fixed 250-byte records).")
    SettlementEncoding encoding;

    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("corebank: cannot read " + file + ": no such file");
        return ReturnCodes.SEVERE;
      }
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        CardSettlement.Report r = app.bean(CardSettlement.class).process(file, encoding);
        out.printf("%s: %s (settlement file %d)%n", file, r.status(), r.fileId());
        if (!r.status().equals("PROCESSED")) {
          out.println("  " + r.detail());
          return ReturnCodes.ERROR;
        }
        out.printf("  %s; net to the network %s%n", r.itemsByOutcome().entrySet().stream()
            .map(e -> e.getKey().toLowerCase() + " " + e.getValue()).collect(Collectors.joining(", ")), Money.format(r.netSettlementCents()));
        r.exceptions().ifPresent(x -> out.println("  exceptions: " + x));
        return r.exceptions().isPresent() ? ReturnCodes.WARNING : ReturnCodes.OK;
      }
    }
  }
}
