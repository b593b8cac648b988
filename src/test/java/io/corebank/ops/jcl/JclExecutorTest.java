package io.corebank.ops.jcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.corebank.ops.jcl.JclExecutor.Completion;
import io.corebank.ops.jcl.JclExecutor.Status;
import io.corebank.ops.jcl.JclExecutor.StepOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * COND as z/OS evaluates it (z/OS MVS JCL Reference, "Summary of COND parameters"), on streams whose
 * programs are fakes: program {@code RCnn} ends with return code nn, {@code ABEND} ends abnormally,
 * {@code THROW} throws.
 */
class JclExecutorTest {
  final List<String> ran = new ArrayList<>();

  List<StepOutcome> run(String... lines) {
    JclJob job = JclParser.parse(JclParserTest.jcl(lines));
    List<StepOutcome> heard = new ArrayList<>();
    List<StepOutcome> outcomes = JclExecutor.run(job, step -> {
      ran.add(step.label());
      String program = step.program().text();
      if (program.equals("ABEND")) return Completion.abend("U0999");
      if (program.equals("THROW")) throw new IllegalStateException("the database went away");
      return Completion.returnCode(Integer.parseInt(program.substring(2)));
    }, heard::add);
    assertEquals(outcomes, heard, "the listener hears of every step, in order");
    return outcomes;
  }

  static String summary(List<StepOutcome> outcomes) {
    return String.join(" ", outcomes.stream().map(o -> o.step().label() + "=" + switch (o.status()) {
      case EXECUTED -> String.valueOf(o.returnCode());
      case ABENDED -> "ABEND";
      case BYPASSED -> "BYPASSED";
      case FLUSHED -> "FLUSHED";
    }).toList());
  }

  @Test
  void withoutCondEveryStepRunsWhateverTheReturnCodes() {
    List<StepOutcome> outcomes = run("//J JOB", "//A EXEC PGM=RC12", "//B EXEC PGM=RC16", "//C EXEC PGM=RC0");
    assertEquals("A=12 B=16 C=0", summary(outcomes));
    assertEquals(16, JclExecutor.highestReturnCode(outcomes));
    assertThat(JclExecutor.abended(outcomes)).isFalse();
  }

  @Test
  void cond4LtBypassesAStepWhenAnEarlierReturnCodeIsAbove4() {
    assertEquals("A=4 B=0 C=8 D=BYPASSED E=BYPASSED", summary(run("//J JOB", "//A EXEC PGM=RC4",
        "//B EXEC PGM=RC0,COND=(4,LT)", "//C EXEC PGM=RC8,COND=(4,LT)", "//D EXEC PGM=RC0,COND=(4,LT)",
        "//E EXEC PGM=RC0,COND=(4,LT)")));
    assertEquals(List.of("A", "B", "C"), ran);
  }

  @Test
  void theReasonOfABypassNamesTheTestAndTheStep() {
    List<StepOutcome> outcomes = run("//J JOB", "//LOAD EXEC PGM=RC8", "//POST EXEC PGM=RC0,COND=(4,LT)");
    assertEquals("COND test (4,LT) is true: 4 LT 8, the return code of LOAD", outcomes.get(1).reason());
  }

  @Test
  void eachOperatorComparesCodeWithTheReturnCodeAsWritten() {
    // code operator RC, with code 4: true (bypass) for these RCs, false (run) for the others
    Map<String, List<Integer>> bypassedFor = Map.of("GT", List.of(0), "GE", List.of(0, 4), "EQ", List.of(4),
        "LT", List.of(8), "LE", List.of(4, 8), "NE", List.of(0, 8));
    for (Map.Entry<String, List<Integer>> e : bypassedFor.entrySet()) {
      for (int rc : List.of(0, 4, 8)) {
        List<StepOutcome> outcomes = run("//J JOB", "//A EXEC PGM=RC" + rc, "//B EXEC PGM=RC0,COND=(4," + e.getKey() + ")");
        Status expected = e.getValue().contains(rc) ? Status.BYPASSED : Status.EXECUTED;
        assertEquals(expected, outcomes.get(1).status(), "COND=(4," + e.getKey() + ") after RC " + rc);
        assertEquals(expected == Status.BYPASSED, JclCond.Operator.valueOf(e.getKey()).holds(4, rc));
      }
    }
  }

  @Test
  void aTestWithAStepNameLooksOnlyAtThatStep() {
    assertEquals("A=8 B=0 C=0 D=BYPASSED", summary(run("//J JOB", "//A EXEC PGM=RC8", "//B EXEC PGM=RC0",
        "//C EXEC PGM=RC0,COND=(0,NE,B)", "//D EXEC PGM=RC0,COND=(0,NE,A)")));
  }

  @Test
  void aTestOnAStepThatDidNotRunIsFalse() {
    // B is bypassed: it has no return code, so (0,EQ,B) cannot be true and C runs
    assertEquals("A=8 B=BYPASSED C=0", summary(run("//J JOB", "//A EXEC PGM=RC8", "//B EXEC PGM=RC0,COND=(4,LT)",
        "//C EXEC PGM=RC0,COND=(0,EQ,B)")));
    // nor do the tests without a step name see a bypassed step
    assertEquals("A=0 B=BYPASSED C=0", summary(run("//J JOB", "//A EXEC PGM=RC0", "//B EXEC PGM=RC8,COND=(0,EQ)",
        "//C EXEC PGM=RC0,COND=(4,LT)")));
  }

  @Test
  void anyTrueTestOfSeveralBypasses() {
    assertEquals("A=0 B=4 C=BYPASSED D=0", summary(run("//J JOB", "//A EXEC PGM=RC0", "//B EXEC PGM=RC4",
        "//C EXEC PGM=RC0,COND=((8,LT),(4,EQ,B))", "//D EXEC PGM=RC0,COND=((8,LT),(4,EQ,A))")));
  }

  @Test
  void afterAnAbendStepsAreFlushedUnlessEvenOrOnly() {
    List<StepOutcome> outcomes = run("//J JOB", "//A EXEC PGM=RC0", "//B EXEC PGM=ABEND", "//C EXEC PGM=RC0",
        "//D EXEC PGM=RC0,COND=(4,LT)", "//E EXEC PGM=RC4,COND=EVEN", "//F EXEC PGM=RC0,COND=ONLY",
        "//G EXEC PGM=RC0,COND=((0,NE),EVEN)", "//H EXEC PGM=RC0,COND=((8,LT),ONLY)");
    assertEquals("A=0 B=ABEND C=FLUSHED D=FLUSHED E=4 F=0 G=BYPASSED H=0", summary(outcomes));
    assertEquals("U0999", outcomes.get(1).reason());
    assertEquals("step B ended abnormally (only COND=EVEN or COND=ONLY runs a step after that)", outcomes.get(2).reason());
    assertEquals(List.of("A", "B", "E", "F", "H"), ran);
    assertEquals(4, JclExecutor.highestReturnCode(outcomes));
    assertThat(JclExecutor.abended(outcomes)).isTrue();
  }

  @Test
  void onlyRunsOnlyAfterAnAbendAndEvenRunsEitherWay() {
    List<StepOutcome> outcomes = run("//J JOB", "//A EXEC PGM=RC0", "//B EXEC PGM=RC0,COND=ONLY", "//C EXEC PGM=RC0,COND=EVEN",
        "//D EXEC PGM=RC0,COND=((0,EQ),EVEN)");
    assertEquals("A=0 B=BYPASSED C=0 D=BYPASSED", summary(outcomes));
    assertEquals("COND=ONLY and no earlier step ended abnormally", outcomes.get(1).reason());
  }

  @Test
  void anAbendedStepGivesNoReturnCodeToTest() {
    // (0,LE) is true for any return code, yet B runs: the abended A has no return code to test
    assertEquals("A=ABEND B=0", summary(run("//J JOB", "//A EXEC PGM=ABEND", "//B EXEC PGM=RC0,COND=((0,LE),EVEN)")));
  }

  @Test
  void aProgramThatThrowsEndsAbnormally() {
    List<StepOutcome> outcomes = run("//J JOB", "//A EXEC PGM=THROW", "//B EXEC PGM=RC0", "//C EXEC PGM=RC0,COND=EVEN");
    assertEquals("A=ABEND B=FLUSHED C=0", summary(outcomes));
    assertEquals("IllegalStateException: the database went away", outcomes.get(0).reason());
    assertEquals(0, JclExecutor.highestReturnCode(outcomes));
  }
}
