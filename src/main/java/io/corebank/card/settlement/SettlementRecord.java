package io.corebank.card.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A record of the settlement file: a view over its 250 characters. Fields are read from the characters on
 * demand, so parsing costs one object per record, and {@link #text()} gives back exactly what was read.
 * Typed accessors throw {@link SettlementDataException} for a field that is not a valid value; {@link #validate()}
 * lists every problem instead. Two records are equal when they are of the same type and hold the same characters
 * (the line number is where a record was read, not part of it).
 */
public abstract sealed class SettlementRecord
    permits SettlementHeader, SettlementDetail, SettlementTrailer, UnknownSettlementRecord {

  /** Bytes (and characters) of every record. */
  public static final int LENGTH = 250;

  /** The record type field, first byte of every record. */
  public static final SettlementField RECORD_TYPE = SettlementLayout.field("SETL-REC-TYPE");

  private static final String WHOLE_RECORD = "SETTLEMENT-RECORD";

  private final String text;
  private final long lineNumber;
  private final int originalLength;

  SettlementRecord(String text, long lineNumber, int originalLength) {
    this.text = fit(text);
    this.lineNumber = lineNumber;
    this.originalLength = originalLength;
  }

  /**
   * Parses one record by its first character; a record of another type is an {@link UnknownSettlementRecord}.
   * Text of another length than 250 is padded with spaces or cut, and reported by {@link #validate()}.
   */
  public static SettlementRecord parse(String text, long lineNumber) {
    return parse(text, lineNumber, text.length());
  }

  static SettlementRecord parse(String text, long lineNumber, int originalLength) {
    char type = text.isEmpty() ? ' ' : text.charAt(0);
    return switch (type) {
      case 'H' -> new SettlementHeader(text, lineNumber, originalLength);
      case 'D' -> new SettlementDetail(text, lineNumber, originalLength);
      case 'T' -> new SettlementTrailer(text, lineNumber, originalLength);
      default -> new UnknownSettlementRecord(text, lineNumber, originalLength);
    };
  }

  /** Parses one record from its bytes in a file of this encoding (250 bytes, or fewer or more to be reported). */
  public static SettlementRecord decode(byte[] bytes, SettlementEncoding encoding, long lineNumber) {
    return parse(encoding.decode(bytes, bytes.length), lineNumber);
  }

  /** How violations and messages name the record: {@code header}, {@code detail}, ... */
  public abstract String label();

  /** The fields of this record type in offset order, from SETL-REC-TYPE to the last FILLER: they cover 250 bytes. */
  public abstract List<SettlementField> fields();

  /** Rules beyond each field's characters and format: codes, dates, check digits, signs. */
  abstract void validateRules(RecordChecks checks);

  /** The record's 250 characters. */
  public final String text() {
    return text;
  }

  /** 1-based line (or record number) the record was read from; 0 for a record built in memory. */
  public final long lineNumber() {
    return lineNumber;
  }

  /** Length of the record in the file before it was padded or cut to 250. */
  public final int originalLength() {
    return originalLength;
  }

  /** The characters of one field, exactly as they stand. */
  public final String value(SettlementField field) {
    return field.raw(text);
  }

  /** The record's bytes in a file of this encoding (without a line terminator). */
  public final byte[] encode(SettlementEncoding encoding) {
    return encoding.encode(text);
  }

  /**
   * Every problem of this record on its own, ordered by position: length, characters, each field's format, then
   * the record's rules. A rule is checked only on fields that passed their format checks. Rules that need the
   * rest of the file (order, header agreement, controls) are the {@link SettlementFileValidator}'s.
   */
  public final List<Violation> validate() {
    List<Violation> out = new ArrayList<>(2);
    if (originalLength != LENGTH) {
      out.add(new Violation(lineNumber, Math.min(originalLength, LENGTH) + 1, label(), WHOLE_RECORD, Rule.RECORD_LENGTH,
          Integer.toString(originalLength), "record is " + originalLength + " bytes, not " + LENGTH));
    }
    RecordChecks checks = new RecordChecks(this, out);
    for (SettlementField field : fields()) {
      checks.format(field);
    }
    validateRules(checks);
    out.sort(Comparator.comparingInt(Violation::position));
    return out;
  }

  /** A violation of this record's field. */
  final Violation violation(SettlementField field, Rule rule, String detail) {
    return new Violation(lineNumber, field.position(), label(), field.name(), rule, value(field), detail);
  }

  /** For typed accessors: the field's characters, or an exception naming the field when its format is wrong. */
  final String checked(SettlementField field) {
    String raw = value(field);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new SettlementDataException(violation(field, Rule.PRINTABLE, RecordChecks.notPrintable(c, field, i)));
      }
    }
    if (field.isNumeric()) {
      String problem = field.numericProblem(raw);
      if (problem != null) {
        throw new SettlementDataException(violation(field, Rule.NUMERIC, problem));
      }
    }
    return raw;
  }

  final long number(SettlementField field) {
    return field.storedValue(checked(field));
  }

  final SettlementDataException invalid(SettlementField field, Rule rule, String detail) {
    return new SettlementDataException(violation(field, rule, detail));
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((SettlementRecord) other).text.equals(text);
  }

  @Override
  public final int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return label() + (lineNumber > 0 ? " at line " + lineNumber : "") + ": " + text.stripTrailing();
  }

  private static String fit(String text) {
    if (text.length() == LENGTH) {
      return text;
    }
    return text.length() > LENGTH ? text.substring(0, LENGTH) : text + " ".repeat(LENGTH - text.length());
  }
}
