package io.corebank.cli;

import io.corebank.carddemo.CardDemoDataException;
import io.corebank.carddemo.CardDemoEncoding;
import io.corebank.carddemo.CardDemoNightly;
import io.corebank.carddemo.CardDemoOutput;
import io.corebank.carddemo.CardDemoRunRequest;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerCheckReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The CardDemo parallel run: the original mainframe nightly, reproduced from the same inputs. */
@Command(name = "carddemo", description = "The CardDemo nightly batch as a parallel run.",
    subcommands = {CardDemoCommand.Run.class})
class CardDemoCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "run", description = {
      "Import a CardDemo data set, run POSTTRAN, INTCALC, COMBTRAN, CREASTMT and TRANREPT as Spring Batch jobs "
          + "against the database, and write the outputs as the original does.",
      "Rerunning the same inputs resumes the run: completed jobs are skipped, a failed one restarts."})
  static class Run implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--input", required = true, description = "Directory of the input files (ASCII .txt names or EBCDIC data-set names).")
    Path input;
    @Option(names = "--encoding", defaultValue = "ascii", description = "ascii, ebcdic (code page 037) or cp1047 (default: ${DEFAULT-VALUE}).")
    String encoding;
    @Option(names = "--output", required = true, description = "Directory for the outputs (DALYREJS.seq, ..., TRANREPT.seq).")
    Path output;
    @Option(names = "--run-timestamp", defaultValue = "2022-07-18-10.30.00.000000", description = "Run timestamp (default: ${DEFAULT-VALUE}).")
    String runTimestamp;
    @Option(names = "--parm", defaultValue = "2022071800", description = "INTCALC's PARM, prefix of interest transaction ids (default: ${DEFAULT-VALUE}).")
    String parm;
    @Option(names = "--report-from", defaultValue = "2022-01-01", description = "First processing date of TRANREPT (default: ${DEFAULT-VALUE}).")
    LocalDate reportFrom;
    @Option(names = "--report-to", defaultValue = "2022-12-31", description = "Last processing date of TRANREPT (default: ${DEFAULT-VALUE}).")
    LocalDate reportTo;

    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      CardDemoRunRequest request;
      try {
        request = new CardDemoRunRequest(input, CardDemoEncoding.parse(encoding), runTimestamp, parm, reportFrom, reportTo);
      } catch (IllegalArgumentException e) {
        err.println("carddemo run: " + e.getMessage());
        return ReturnCodes.USAGE;
      }
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        out.printf("CardDemo nightly: %s (%s) on %s%n", input, request.encoding().name().toLowerCase(), app.databaseDescription());
        CardDemoNightly.NightlyResult result = app.bean(CardDemoNightly.class).run(request, output);
        out.printf("  run %d%n", result.run().runId());
        for (CardDemoNightly.JobResult job : result.jobs()) {
          out.printf("  %-9s RC=%02d  %-20s %7d ms  %s%n", job.job(), job.returnCode(), job.status(), job.durationMs(),
              job.counts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
          if (job.failure() != null) out.printf("            %s%n", job.failure());
        }
        for (Map.Entry<CardDemoOutput, Long> e : result.exported().entrySet()) {
          out.printf("  wrote %-24s %,d records%n", e.getKey().fileName(), e.getValue());
        }
        if (!result.exported().isEmpty()) {
          out.printf("  wrote %s, %s and %s%n", CardDemoOutput.STATEMNT_PS.fileName(), CardDemoOutput.STATEMNT_HTML.fileName(),
              CardDemoOutput.TRANREPT.fileName());
        }
        LedgerCheckReport check = app.bean(LedgerCheck.class).run();
        out.printf("  ledger check: %s%n", check.clean() ? "balanced" : "DIFFERENCES (run `corebank ledger check`)");
        int rc = Math.max(result.returnCode(), check.clean() ? 0 : ReturnCodes.ERROR);
        out.printf("  return code %d%n", rc);
        return rc;
      } catch (CardDemoDataException e) {
        err.println("carddemo run: " + e.getMessage());
        return ReturnCodes.ERROR;
      }
    }
  }
}
