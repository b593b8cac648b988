package io.corebank.ops.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the steps of a job in order with z/OS's COND semantics (the tables of the z/OS MVS JCL Reference,
 * "Summary of COND parameters"):
 * <ul>
 *   <li>a test {@code (code,operator)} is true when {@code code operator RC} holds for the return code of
 *       any earlier step that ran (or of the named step; a step that did not run, or ended abnormally, gives
 *       no return code and its test is false); any true test bypasses the step;</li>
 *   <li>after an abnormal end, a step without EVEN or ONLY is not run (flushed); with EVEN or ONLY its tests
 *       decide; a step with ONLY runs only after an abnormal end;</li>
 *   <li>a step without COND runs unless an earlier step ended abnormally.</li>
 * </ul>
 * What a program name means is the caller's: it runs each step and says how it ended.
 */
public final class JclExecutor {
  private JclExecutor() {}

  /** How a step ended, as the job log says it. */
  public enum Status {
    /** ran and gave a return code */
    EXECUTED,
    /** ran and ended abnormally */
    ABENDED,
    /** not run because a COND test was true (or ONLY without an earlier abend) */
    BYPASSED,
    /** not run because an earlier step ended abnormally */
    FLUSHED
  }

  /** What a program did: a return code, or an abnormal end with its reason. */
  public record Completion(boolean abended, int returnCode, String reason) {
    public static Completion returnCode(int rc) {
      return new Completion(false, rc, null);
    }

    public static Completion abend(String reason) {
      return new Completion(true, 0, reason);
    }
  }

  /** Runs one step's program. An exception it throws is an abnormal end. */
  @FunctionalInterface
  public interface Program {
    Completion run(JclStep step);
  }

  /** One step of the log: its status, its return code (EXECUTED only) and why (not run, or abend reason). */
  public record StepOutcome(JclStep step, Status status, int returnCode, String reason) {
    public boolean ran() {
      return status == Status.EXECUTED;
    }
  }

  /** Whether a step runs; when not, its status (BYPASSED or FLUSHED) and why. */
  public record Decision(boolean run, Status status, String reason) {
    static Decision runIt() {
      return new Decision(true, null, null);
    }
  }

  /** Runs the job's steps in order; {@code listener} hears of each step as it ends or is passed over. */
  public static List<StepOutcome> run(JclJob job, Program program, Consumer<StepOutcome> listener) {
    List<StepOutcome> outcomes = new ArrayList<>();
    for (JclStep step : job.steps()) {
      Decision decision = decide(step.cond(), outcomes);
      StepOutcome outcome;
      if (!decision.run()) {
        outcome = new StepOutcome(step, decision.status(), 0, decision.reason());
      } else {
        Completion completion;
        try {
          completion = program.run(step);
        } catch (RuntimeException e) {
          completion = Completion.abend(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        outcome = completion.abended()
            ? new StepOutcome(step, Status.ABENDED, 0, completion.reason())
            : new StepOutcome(step, Status.EXECUTED, completion.returnCode(), completion.reason());
      }
      outcomes.add(outcome);
      listener.accept(outcome);
    }
    return outcomes;
  }

  /** Whether a step with {@code cond} runs after the {@code earlier} steps. */
  public static Decision decide(JclCond cond, List<StepOutcome> earlier) {
    Optional<StepOutcome> abend = earlier.stream().filter(o -> o.status() == Status.ABENDED).findFirst();
    if (abend.isPresent() && cond.mode() == JclCond.Mode.NONE) {
      return new Decision(false, Status.FLUSHED, "step " + abend.get().step().label()
          + " ended abnormally (only COND=EVEN or COND=ONLY runs a step after that)");
    }
    if (abend.isEmpty() && cond.mode() == JclCond.Mode.ONLY) {
      return new Decision(false, Status.BYPASSED, "COND=ONLY and no earlier step ended abnormally");
    }
    for (JclCond.Test test : cond.tests()) {
      for (StepOutcome o : earlier) {
        if (!o.ran() || (test.step() != null && !test.step().equals(o.step().name()))) continue;
        if (test.operator().holds(test.code(), o.returnCode())) {
          return new Decision(false, Status.BYPASSED, "COND test " + test.text() + " is true: " + test.code() + " "
              + test.operator() + " " + o.returnCode() + ", the return code of " + o.step().label());
        }
      }
    }
    return Decision.runIt();
  }

  /** The highest return code of the steps that ran (0 when none did). */
  public static int highestReturnCode(List<StepOutcome> outcomes) {
    return outcomes.stream().filter(StepOutcome::ran).mapToInt(StepOutcome::returnCode).max().orElse(0);
  }

  /** Whether a step ended abnormally. */
  public static boolean abended(List<StepOutcome> outcomes) {
    return outcomes.stream().anyMatch(o -> o.status() == Status.ABENDED);
  }
}
