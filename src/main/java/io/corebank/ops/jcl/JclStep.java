package io.corebank.ops.jcl;

import java.util.List;

/** An EXEC PGM= statement and its DD statements. {@code name} may be null (an unnamed step); {@code parm} too. */
public record JclStep(String name, int line, JclText program, JclText parm, JclCond cond, List<JclDd> dds) {
  public JclStep {
    dds = List.copyOf(dds);
  }

  /** The DD statement of that name, or null. */
  public JclDd dd(String ddName) {
    for (JclDd dd : dds) if (dd.name().equals(ddName)) return dd;
    return null;
  }

  /** The name as a log shows it: the step name, or {@code (line N)} for an unnamed step. */
  public String label() {
    return name != null ? name : "(line " + line + ")";
  }
}
