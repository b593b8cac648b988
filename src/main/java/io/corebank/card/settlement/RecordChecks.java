package io.corebank.card.settlement;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of one record: each field's characters and format first, then the record's rules, which are asked
 * only of fields that passed (one violation per problem, not a cascade).
 */
final class RecordChecks {
  private final SettlementRecord record;
  private final List<Violation> out;
  private final Set<SettlementField> failed = new HashSet<>();

  RecordChecks(SettlementRecord record, List<Violation> out) {
    this.record = record;
    this.out = out;
  }

  /** Printable characters, digits in numeric fields, spaces in FILLER. */
  void format(SettlementField field) {
    String raw = record.value(field);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        fail(field, Rule.PRINTABLE, notPrintable(c, field, i));
        return;
      }
    }
    if (field.isNumeric()) {
      String problem = field.numericProblem(raw);
      if (problem != null) {
        fail(field, Rule.NUMERIC, problem);
      }
    } else if (field.isFiller() && !raw.isBlank()) {
      fail(field, Rule.FILLER, "FILLER at position " + field.position() + " holds '" + raw.strip() + "', not spaces");
    }
  }

  static String notPrintable(char c, SettlementField field, int index) {
    return String.format("character 0x%02X at position %d is not printable", (int) c, field.position() + index);
  }

  /** True when none of the fields has a violation yet. */
  boolean ok(SettlementField... fields) {
    for (SettlementField field : fields) {
      if (failed.contains(field)) {
        return false;
      }
    }
    return true;
  }

  void fail(SettlementField field, Rule rule, String detail) {
    out.add(record.violation(field, rule, detail));
    failed.add(field);
  }

  String raw(SettlementField field) {
    return record.value(field);
  }

  long number(SettlementField field) {
    return field.storedValue(raw(field));
  }

  /**
   * Whether a well-formed field holds a value to check further: false when it is blank (or a zero date), which
   * is a {@link Rule#MANDATORY} violation when the field is required.
   */
  boolean present(SettlementField field, boolean required) {
    if (!ok(field)) {
      return false;
    }
    String raw = raw(field);
    boolean absent = field.isNumeric() ? field.storedValue(raw) == 0 : raw.isBlank();
    if (absent && required) {
      fail(field, Rule.MANDATORY, field.name() + " is " + (field.isNumeric() ? "zeros" : "blank")
          + (field.isNumeric() ? "; a date is required" : "; a value is required"));
    }
    return !absent;
  }

  /** Upper-case letters, digits, '-', '_', '.', left-justified, no embedded blanks. */
  void identifier(SettlementField field, boolean required) {
    if (!present(field, required)) {
      return;
    }
    String value = raw(field).stripTrailing();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')) {
        fail(field, Rule.IDENTIFIER, "'" + raw(field) + "' has '" + c + "' at position " + (field.position() + i)
            + "; identifiers are upper-case letters, digits, '-', '_' and '.', left-justified");
        return;
      }
    }
  }

  void currency(SettlementField field) {
    if (!present(field, true)) {
      return;
    }
    if (!isCurrency(raw(field))) {
      fail(field, Rule.CURRENCY, "'" + raw(field) + "' is not a currency code of three upper-case letters");
    }
  }

  static boolean isCurrency(String value) {
    if (value.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = value.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** A CCYYMMDD date; zeros are "no date", a violation when the date is required. */
  void date(SettlementField field, boolean required) {
    if (present(field, required) && date(raw(field)) == null) {
      fail(field, Rule.DATE, "'" + raw(field) + "' is not a real date CCYYMMDD");
    }
  }

  void timestamp(SettlementField field) {
    if (present(field, true) && timestamp(raw(field)) == null) {
      fail(field, Rule.DATE, "'" + raw(field) + "' is not a real time CCYYMMDDHHMMSS");
    }
  }

  /** The date of 8 digits CCYYMMDD, or null when it is not a real date (year 0001 to 9999). */
  static LocalDate date(String digits) {
    try {
      int year = Integer.parseInt(digits.substring(0, 4));
      if (year < 1) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** The time of 14 digits CCYYMMDDHHMMSS, or null when it is not a real one. */
  static LocalDateTime timestamp(String digits) {
    LocalDate date = date(digits.substring(0, 8));
    if (date == null) {
      return null;
    }
    try {
      return date.atTime(Integer.parseInt(digits.substring(8, 10)), Integer.parseInt(digits.substring(10, 12)),
          Integer.parseInt(digits.substring(12, 14)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  static long digits(LocalDate date) {
    return date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth();
  }

  static long digits(LocalDateTime time) {
    return digits(time.toLocalDate()) * 1_000_000L + time.getHour() * 10_000L + time.getMinute() * 100L
        + time.getSecond();
  }

  /** Cents as an amount for messages: {@code -12.34}. */
  static String amount(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  /** A text value for a record being built: not null, printable ASCII only (what both code pages hold). */
  static String text(SettlementField field, String value) {
    if (value == null) {
      throw new IllegalArgumentException(field.name() + " has no value");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new IllegalArgumentException(String.format("%s: character U+%04X is not printable ASCII", field.name(),
            (int) c));
      }
    }
    return value;
  }

  /** A value for a record being built: not null. */
  static <T> T required(T value, SettlementField field) {
    if (value == null) {
      throw new IllegalArgumentException(field.name() + " has no value");
    }
    return value;
  }
}
