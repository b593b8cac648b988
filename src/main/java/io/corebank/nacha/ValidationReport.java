package io.corebank.nacha;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating a file: accepted when nothing is wrong, otherwise rejected whole with every
 * violation in line order.
 *
 * @param violations all violations, ordered by line, then by position within the line
 * @param entryCount entry detail records read
 */
public record ValidationReport(List<Violation> violations, long entryCount) {

  public ValidationReport {
    violations = List.copyOf(violations);
  }

  public boolean accepted() {
    return violations.isEmpty();
  }

  public boolean rejected() {
    return !violations.isEmpty();
  }

  /** The first rule broken in line order; empty for an accepted file. */
  public Optional<Violation> firstViolation() {
    return violations.isEmpty() ? Optional.empty() : Optional.of(violations.get(0));
  }

  /** One operator message per line, e.g. for a rejection notice. */
  public String summary() {
    if (accepted()) {
      return "accepted: " + entryCount + " entries";
    }
    StringBuilder text = new StringBuilder("rejected: ").append(violations.size()).append(" violation(s)");
    for (Violation violation : violations) {
      text.append(System.lineSeparator()).append(violation.message());
    }
    return text.toString();
  }
}
