package io.corebank.card.settlement;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating a settlement file: accepted when nothing is wrong, otherwise rejected whole.
 *
 * @param violations     the violations in line order, at most the validator's limit
 * @param violationCount every violation found, including those beyond the limit
 * @param recordCount    records read
 * @param detailCount    detail records read
 */
public record ValidationReport(List<Violation> violations, long violationCount, long recordCount, long detailCount) {

  public ValidationReport {
    violations = List.copyOf(violations);
  }

  public boolean accepted() {
    return violationCount == 0;
  }

  public boolean rejected() {
    return violationCount > 0;
  }

  /** The first rule broken in line order; empty for an accepted file. */
  public Optional<Violation> firstViolation() {
    return violations.isEmpty() ? Optional.empty() : Optional.of(violations.get(0));
  }

  /** One operator message per line, e.g. for a rejection notice. */
  public String summary() {
    if (accepted()) {
      return "accepted: " + detailCount + " details";
    }
    StringBuilder text = new StringBuilder("rejected: ").append(violationCount).append(" violation(s)");
    for (Violation violation : violations) {
      text.append(System.lineSeparator()).append(violation.message());
    }
    if (violationCount > violations.size()) {
      text.append(System.lineSeparator()).append("... and ").append(violationCount - violations.size()).append(" more");
    }
    return text.toString();
  }
}
