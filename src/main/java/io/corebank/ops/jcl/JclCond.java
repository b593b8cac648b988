package io.corebank.ops.jcl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The COND parameter of an EXEC statement: return-code tests, each bypassing the step when true, and
 * EVEN or ONLY for what happens after an abnormal end. See {@link JclExecutor#decide} for the semantics.
 */
public record JclCond(List<Test> tests, Mode mode) {
  public static final JclCond NONE = new JclCond(List.of(), Mode.NONE);

  public JclCond {
    tests = List.copyOf(tests);
  }

  /** Whether the step runs after an earlier step ended abnormally. */
  public enum Mode {
    /** not after an abend (the default) */
    NONE,
    /** after an abend as well */
    EVEN,
    /** only after an abend */
    ONLY
  }

  /** A comparison {@code code operator RC}: true bypasses the step. */
  public enum Operator {
    GT, GE, EQ, LT, LE, NE;

    public boolean holds(int code, int returnCode) {
      return switch (this) {
        case GT -> code > returnCode;
        case GE -> code >= returnCode;
        case EQ -> code == returnCode;
        case LT -> code < returnCode;
        case LE -> code <= returnCode;
        case NE -> code != returnCode;
      };
    }
  }

  /** One test; {@code step} null tests every earlier step that ran. */
  public record Test(int code, Operator operator, String step) {
    public String text() {
      return "(" + code + "," + operator + (step == null ? "" : "," + step) + ")";
    }
  }

  public boolean isNone() {
    return tests.isEmpty() && mode == Mode.NONE;
  }

  /** As it would be written, e.g. {@code COND=(4,LT)} or {@code COND=((4,LT),(0,NE,LOAD),EVEN)}; empty for none. */
  public String text() {
    if (isNone()) return "";
    if (tests.isEmpty()) return "COND=" + mode;
    if (tests.size() == 1 && mode == Mode.NONE) return "COND=" + tests.get(0).text();
    String items = tests.stream().map(Test::text).collect(Collectors.joining(","));
    return "COND=(" + items + (mode == Mode.NONE ? "" : "," + mode) + ")";
  }
}
