package io.corebank.ops.stream;

import io.corebank.carddemo.CardDemoDataException;
import io.corebank.carddemo.CardDemoExporter;
import io.corebank.carddemo.CardDemoNightly;
import io.corebank.carddemo.CardDemoOutput;
import io.corebank.carddemo.CardDemoRun;
import io.corebank.carddemo.CardDemoRuns;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerCheckReport;
import io.corebank.ops.jcl.JclExecutor;
import io.corebank.ops.jcl.JclStep;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Runs a {@link CardDemoStream}: registers the run its inputs and PARMs identify (at the first step that
 * needs it), then each step in order under its COND, each CardDemo program as its job of
 * {@link CardDemoNightly} (so a rerun skips the jobs that completed and restarts a failed one), CDUNLOAD
 * as the export of the record outputs and LEDGCHK as the ledger check. Every step is reported as it ends.
 */
@Service
public class CardDemoStreamRunner {
  private final CardDemoNightly nightly;
  private final CardDemoRuns runs;
  private final CardDemoExporter exporter;
  private final InternalAccounts internalAccounts;
  private final LedgerCheck ledgerCheck;

  public CardDemoStreamRunner(CardDemoNightly nightly, CardDemoRuns runs, CardDemoExporter exporter,
      InternalAccounts internalAccounts, LedgerCheck ledgerCheck) {
    this.nightly = nightly;
    this.runs = runs;
    this.exporter = exporter;
    this.internalAccounts = internalAccounts;
    this.ledgerCheck = ledgerCheck;
  }

  /**
   * A step as the job log shows it: how it ended (return code, BYPASSED, FLUSHED or ABENDED, with the
   * reason), how long it took, the job's own status ({@code COMPLETED (before)} when an earlier run of the
   * stream completed it and it was skipped), its counts and what failed. {@code runId} is the run, once registered.
   */
  public record StepReport(CardDemoStream.Step step, JclExecutor.StepOutcome outcome, long durationMs, String jobStatus,
      Map<String, Long> counts, String failure, Long runId) {}

  /** The whole job: every step, the highest return code of the steps that ran, and whether one ended abnormally. */
  public record Result(Long runId, List<StepReport> steps, int highestReturnCode, boolean abended) {}

  private record Detail(long durationMs, String jobStatus, Map<String, Long> counts, String failure) {}

  private static final class State {
    CardDemoRun run;
    final Map<JclStep, Detail> details = new IdentityHashMap<>();
  }

  public Result run(CardDemoStream stream, Consumer<StepReport> listener) {
    State state = new State();
    List<StepReport> reports = new ArrayList<>();
    List<JclExecutor.StepOutcome> outcomes = JclExecutor.run(stream.job(), jcl -> {
      long started = System.nanoTime();
      try {
        return execute(stream, stream.step(jcl), state, started);
      } catch (RuntimeException e) {
        state.details.put(jcl, new Detail(elapsed(started), "ABENDED", Map.of(), null));
        throw e;
      }
    }, outcome -> {
      Detail d = state.details.getOrDefault(outcome.step(), new Detail(0, null, Map.of(), null));
      StepReport report = new StepReport(stream.step(outcome.step()), outcome, d.durationMs(), d.jobStatus(), d.counts(),
          d.failure(), state.run == null ? null : state.run.runId());
      reports.add(report);
      listener.accept(report);
    });
    return new Result(state.run == null ? null : state.run.runId(), reports, JclExecutor.highestReturnCode(outcomes),
        JclExecutor.abended(outcomes));
  }

  private JclExecutor.Completion execute(CardDemoStream stream, CardDemoStream.Step step, State state, long started) {
    JclStep jcl = step.jcl();
    if (step.program() == CardDemoStream.Program.LEDGCHK) {
      LedgerCheckReport check = ledgerCheck.run();
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("accounts", check.accounts());
      counts.put("journals", check.journals());
      counts.put("entries", check.entries());
      counts.put("differences", check.differencesFound());
      state.details.put(jcl, new Detail(elapsed(started), check.clean() ? "BALANCED" : "DIFFERENCES", counts,
          check.clean() ? null : "the ledger check found differences: run `corebank ledger check`"));
      return JclExecutor.Completion.returnCode(check.clean() ? 0 : 8);
    }
    if (state.run == null) {
      try {
        internalAccounts.ensureOpen();
        state.run = runs.register(stream.request());
      } catch (CardDemoDataException | UncheckedIOException e) {
        // the run cannot be identified: an input is missing or unreadable
        state.details.put(jcl, new Detail(elapsed(started), "NOT STARTED", Map.of(), e.getMessage()));
        return JclExecutor.Completion.returnCode(e instanceof CardDemoDataException ? 8 : 12);
      }
    }
    CardDemoRun run = state.run;
    if (step.program() != CardDemoStream.Program.IDCAMS && !runs.isImported(run)) {
      state.details.put(jcl, new Detail(elapsed(started), "NOT STARTED", Map.of(), "run " + run.runId()
          + " has not been loaded: an IDCAMS step of this stream, with the same inputs and PARMs, must complete first"));
      return JclExecutor.Completion.returnCode(12);
    }
    if (step.program() == CardDemoStream.Program.CDUNLOAD) {
      Map<CardDemoOutput, Long> written = exporter.exportRecords(run, step.outputDir());
      Map<String, Long> counts = new LinkedHashMap<>();
      written.forEach((output, n) -> counts.put(output.fileName(), n));
      state.details.put(jcl, new Detail(elapsed(started), "WRITTEN", counts, null));
      return JclExecutor.Completion.returnCode(0);
    }
    CardDemoNightly.JobResult result = nightly.runJob(step.program().job(), run, step.outputDir());
    state.details.put(jcl, new Detail(result.durationMs(), result.status(), result.counts(), result.failure()));
    return JclExecutor.Completion.returnCode(result.returnCode());
  }

  private static long elapsed(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
