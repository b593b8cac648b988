package io.corebank.cli;

import io.corebank.carddemo.CardDemoRunRequest;
import io.corebank.ops.jcl.JclDd;
import io.corebank.ops.jcl.JclException;
import io.corebank.ops.jcl.JclExecutor;
import io.corebank.ops.jcl.JclJob;
import io.corebank.ops.jcl.JclParser;
import io.corebank.ops.stream.CardDemoStream;
import io.corebank.ops.stream.CardDemoStreamRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Job streams written as JCL (jcl-equivalents/): checked without a database, or run against it. */
@Command(name = "jcl", mixinStandardHelpOptions = true, description = "Job streams written as JCL (jcl-equivalents/): check or run them.",
    subcommands = {JclCommand.Run.class, JclCommand.Check.class})
class JclCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What both subcommands read: the stream and its symbol overrides. */
  abstract static class StreamCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "The JCL stream, e.g. jcl-equivalents/CARDDEMO.jcl.")
    Path file;
    @Option(names = "--set", paramLabel = "NAME=VALUE",
        description = "Give a symbol a value, over the stream's SET (repeatable): --set INPUT=dir --set OUTPUT=dir.")
    Map<String, String> sets = new LinkedHashMap<>();

    /** The stream read as the CardDemo nightly; null after printing the error (JCL ERROR, nothing run). */
    CardDemoStream load(PrintWriter out, PrintWriter err) {
      String text;
      try {
        text = Files.readString(file);
      } catch (IOException e) {
        err.println("jcl: cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        return null;
      }
      try {
        String user = System.getProperty("user.name", "COREBANK").toUpperCase(Locale.ROOT);
        JclJob job = JclParser.parse(text, sets, Map.of("SYSUID", user));
        for (String warning : job.warnings()) out.println("jcl: " + file + ": warning: " + warning);
        return CardDemoStream.plan(job);
      } catch (JclException e) {
        err.println("jcl: " + file + ": JCL ERROR, nothing run: " + e.getMessage());
        return null;
      }
    }

    static void describe(PrintWriter out, CardDemoStream stream) {
      JclJob job = stream.job();
      if (!job.symbols().isEmpty()) {
        out.println("  symbols: " + job.symbols().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ")));
      }
      CardDemoRunRequest r = stream.request();
      out.printf("  run: input %s (%s), run timestamp %s, INTCALC PARM %s, report %s to %s%n", r.inputDir(),
          r.encoding().name().toLowerCase(Locale.ROOT), r.runTimestamp(), r.intcalcParm(), r.reportFrom(), r.reportTo());
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true, description = {
      "Read a stream and print its steps as they would run: program, job, COND, PARM, and the file of each DD. "
          + "Touches no database.",
      "Return code 0, or 12 for a JCL error (its line, column and rule are printed)."})
  static class Check extends StreamCommand {
    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      CardDemoStream stream = load(out, spec.commandLine().getErr());
      if (stream == null) return ReturnCodes.SEVERE;
      out.printf("JOB %s (%s): %d steps, no JCL error%n", stream.job().name(), file, stream.steps().size());
      describe(out, stream);
      out.printf("  %-8s %-8s %-9s %-22s %s%n", "STEPNAME", "PROGRAM", "JOB", "COND", "PARM");
      for (CardDemoStream.Step step : stream.steps()) {
        out.println(String.format("  %-8s %-8s %-9s %-22s %s", step.jcl().label(), step.jcl().program().text(), job(step),
            step.jcl().cond().isNone() ? "-" : step.jcl().cond().text(),
            step.jcl().parm() == null ? "" : "'" + step.jcl().parm().text() + "'").stripTrailing());
        for (CardDemoStream.DataSet data : step.dataSets()) {
          boolean missing = data.input() && !Files.isRegularFile(data.path());
          out.printf("      %-8s %s %s%s%n", data.ddName(), data.input() ? "<" : ">", data.path(), missing ? "  (missing)" : "");
        }
        for (JclDd dd : step.unused()) {
          out.printf("      %-8s   %s  (not used: %s)%n", dd.name(), dd.text(), unusedReason(dd));
        }
      }
      return ReturnCodes.OK;
    }

    private static String unusedReason(JclDd dd) {
      return switch (dd.kind()) {
        case SYSOUT -> "messages go to the log";
        case DSN -> "the VSAM files are tables of the database";
        default -> "the program does not open it";
      };
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true, description = {
      "Run a stream against the database: each step in order under its COND, the CardDemo programs as the jobs of "
          + "`carddemo run`, with a job log (step, program, RC or BYPASSED / FLUSHED / ABEND, time, counts).",
      "Running it again resumes the run: completed jobs are skipped (the log says COMPLETED (before)).",
      "Return code: the highest of the steps that ran; 12 for a JCL error or an abnormal end."})
  static class Run extends StreamCommand {
    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      CardDemoStream stream = load(out, spec.commandLine().getErr());
      if (stream == null) return ReturnCodes.SEVERE;
      try (AppSession app = AppSession.open(CorebankCli.GLOBAL)) {
        out.printf("JOB %s (%s) on %s%n", stream.job().name(), file, app.databaseDescription());
        describe(out, stream);
        out.printf("  %-8s %-8s %-9s %-9s %9s%n", "STEPNAME", "PROGRAM", "JOB", "RESULT", "ELAPSED");
        CardDemoStreamRunner.Result result = app.bean(CardDemoStreamRunner.class).run(stream, report -> {
          print(out, report);
          out.flush();
        });
        int rc = result.abended() ? Math.max(result.highestReturnCode(), ReturnCodes.SEVERE) : result.highestReturnCode();
        String run = result.runId() == null ? "" : " (run " + result.runId() + ")";
        if (result.abended()) {
          String step = result.steps().stream().filter(s -> s.outcome().status() == JclExecutor.Status.ABENDED)
              .map(s -> s.step().jcl().label()).findFirst().orElse("?");
          out.printf("JOB %s%s ENDED ABNORMALLY IN STEP %s - return code %d%n", stream.job().name(), run, step, rc);
        } else {
          out.printf("JOB %s%s ENDED - HIGHEST RC %04d - return code %d%n", stream.job().name(), run,
              result.highestReturnCode(), rc);
        }
        return rc;
      }
    }

    private static void print(PrintWriter out, CardDemoStreamRunner.StepReport report) {
      JclExecutor.StepOutcome outcome = report.outcome();
      String result = switch (outcome.status()) {
        case EXECUTED -> String.format("RC=%04d", outcome.returnCode());
        case ABENDED -> "ABEND";
        case BYPASSED -> "BYPASSED";
        case FLUSHED -> "FLUSHED";
      };
      boolean ran = outcome.status() == JclExecutor.Status.EXECUTED || outcome.status() == JclExecutor.Status.ABENDED;
      String detail = "";
      if (report.jobStatus() != null) {
        detail = report.jobStatus().equals("COMPLETED (before)")
            ? "COMPLETED (before): skipped, an earlier run of the stream completed it" : report.jobStatus();
      }
      if (!report.counts().isEmpty()) {
        detail += (detail.isEmpty() ? "" : "  ") + report.counts().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
      }
      out.println(String.format("  %-8s %-8s %-9s %-9s %9s  %s", report.step().jcl().label(),
          report.step().jcl().program().text(), job(report.step()), result,
          ran ? String.format("%,d ms", report.durationMs()) : "", detail).stripTrailing());
      if (outcome.reason() != null) out.printf("  %28s %s%n", "", outcome.reason());
      if (report.failure() != null) out.printf("  %28s %s%n", "", report.failure());
    }
  }

  static String job(CardDemoStream.Step step) {
    return step.program().job() == null ? "-" : step.program().job();
  }
}
