package io.corebank.ops.jcl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed job: its name, its steps in order, the symbols as they stood at the end of the stream
 * (overrides included), and warnings (statements after the null statement, which are ignored).
 */
public record JclJob(String name, int line, List<JclStep> steps, Map<String, String> symbols, List<String> warnings) {
  public JclJob {
    steps = List.copyOf(steps);
    symbols = Collections.unmodifiableMap(new LinkedHashMap<>(symbols));
    warnings = List.copyOf(warnings);
  }
}
