package io.corebank.nacha;

import java.util.List;
import java.util.Set;

/**
 * The small set of validators every record composes its rules from. Each appends at most one
 * {@link Violation} and never throws.
 */
public final class FieldChecks {

  private FieldChecks() {
  }

  /** The field's format: digits for numeric fields, no lower case in codes, content in mandatory fields. */
  public static void format(AchRecord record, Field field, List<Violation> out) {
    String line = record.format();
    switch (field.format()) {
      case NUMERIC -> {
        if (!field.isDigits(line) && (field.mandatory() || !field.isBlank(line))) {
          out.add(record.violation(field, Rule.NUMERIC, "'" + field.raw(line) + "' is not numeric"));
        }
      }
      case UPPER_ALPHANUMERIC -> {
        if (field.mandatory() && field.isBlank(line)) {
          out.add(record.violation(field, Rule.MANDATORY, "code is blank"));
        } else if (field.hasLowerCase(line)) {
          out.add(record.violation(field, Rule.UPPER_CASE, "'" + field.raw(line) + "' must be upper case"));
        }
      }
      case ALPHANUMERIC -> {
        if (field.mandatory() && field.isBlankOrZeros(line)) {
          out.add(record.violation(field, Rule.MANDATORY, "mandatory field is blank or all zeros"));
        }
      }
    }
  }

  /** YYMMDD; a blank optional field passes, a non-numeric one was already reported by {@link #format}. */
  public static void yymmdd(AchRecord record, Field field, List<Violation> out) {
    String line = record.format();
    if (field.isDigits(line) && !Dates.isYymmdd(line, field.start() - 1)) {
      out.add(record.violation(field, Rule.DATE, "'" + field.raw(line) + "' is not a YYMMDD date"));
    }
  }

  public static void mmdd(AchRecord record, Field field, List<Violation> out) {
    String line = record.format();
    if (field.isDigits(line) && !Dates.isMmdd(line, field.start() - 1)) {
      out.add(record.violation(field, Rule.DATE, "'" + field.raw(line) + "' is not an MMDD date"));
    }
  }

  public static void mmyy(AchRecord record, Field field, List<Violation> out) {
    String line = record.format();
    if (!field.isDigits(line) || !Dates.isMmyy(line, field.start() - 1)) {
      out.add(record.violation(field, Rule.DATE, "'" + field.raw(line) + "' is not an MMYY date"));
    }
  }

  public static void hhmm(AchRecord record, Field field, List<Violation> out) {
    String line = record.format();
    if (field.isDigits(line) && !Dates.isHhmm(line, field.start() - 1)) {
      out.add(record.violation(field, Rule.DATE, "'" + field.raw(line) + "' is not an HHMM time"));
    }
  }

  /** The field holds exactly {@code expected}, e.g. record size {@code 094}. */
  public static void fixed(AchRecord record, Field field, String expected, List<Violation> out) {
    if (!field.equalsText(record.format(), expected)) {
      out.add(record.violation(field, Rule.FIXED_VALUE,
          "'" + field.raw(record.format()) + "' must be '" + expected + "'"));
    }
  }

  /** The trimmed field is one of {@code allowed}. */
  public static void oneOf(AchRecord record, Field field, Set<String> allowed, Rule rule, List<Violation> out) {
    String value = field.trimmed(record.format());
    if (!allowed.contains(value)) {
      out.add(record.violation(field, rule, "'" + value + "' is not a valid " + field.name()));
    }
  }

  /** An 8-digit institution identification followed by its 3-7-1 check digit in {@code checkDigit}. */
  public static void checkDigit(AchRecord record, Field institution, Field checkDigit, List<Violation> out) {
    String line = record.format();
    int computed = RoutingNumbers.checkDigit(line, institution.start() - 1);
    char actual = checkDigit.charAt(line, 0);
    if (computed >= 0 && actual >= '0' && actual <= '9' && computed != actual - '0') {
      out.add(new Violation(record.lineNumber(), institution.start(), record.label(), institution.name(), Rule.ROUTING_NUMBER,
          institution.raw(line) + actual, "check digit " + actual + " does not match computed " + computed));
    }
  }

  /**
   * A 10-character routing field as in the file header ({@code bTTTTAAAAC}): a leading blank or zero,
   * then 9 digits carrying their check digit.
   */
  public static void routingNumber(AchRecord record, Field field, List<Violation> out) {
    String value = field.raw(record.format());
    String digits = value.length() == 10 && (value.charAt(0) == ' ' || value.charAt(0) == '0')
        ? value.substring(1) : value.trim();
    if (digits.length() != 9 || digits.chars().anyMatch(c -> c < '0' || c > '9')) {
      out.add(record.violation(field, Rule.ROUTING_NUMBER, "'" + value + "' is not a 9-digit routing number"));
      return;
    }
    int computed = RoutingNumbers.checkDigit(digits, 0);
    if (computed != digits.charAt(8) - '0') {
      out.add(record.violation(field, Rule.ROUTING_NUMBER,
          "check digit " + digits.charAt(8) + " does not match computed " + computed));
    }
  }
}
