package io.corebank.online.message.carddemo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the CardDemo request and reply share: splitting a message at its commas the way COBOL's
 * {@code UNSTRING ... DELIMITED BY ','} does (no quoting, no escaping, blanks kept), and NUMVAL-style amounts.
 */
final class CardDemoCsv {
  /** Commas only: a '"' is an ordinary character, as it is to UNSTRING. */
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuote(null).setIgnoreEmptyLines(true).get();

  /** NUMVAL's forms: blanks around, a sign before or after (+, -, or CR/DB after), digits with one decimal point. */
  private static final Pattern AMOUNT = Pattern.compile(
      " *(?:([+-]) *)?(\\d*)(?:\\.(\\d*))? *(?:([+-]|CR|DB) *)?");

  private CardDemoCsv() {
  }

  /** The fields of a one-line message. */
  static List<String> fields(String message, String what) {
    if (message == null) {
      throw new CardDemoFormatException(what, "is missing (null)");
    }
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(message, FORMAT)) {
      records = parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (records.isEmpty()) {
      throw new CardDemoFormatException(what, "is empty");
    }
    if (records.size() > 1) {
      throw new CardDemoFormatException(what, "holds " + records.size() + " lines; a message is one line");
    }
    return records.get(0).toList();
  }

  /**
   * An amount as NUMVAL reads it, in cents: at most {@code maxLength} characters, at most 10 integer digits and 2
   * decimals (the PIC +9(10).99 it is computed into), not negative.
   */
  static long amount(String text, int maxLength, FieldError error) {
    if (text.length() > maxLength) {
      throw error.of("'" + text + "' has " + text.length() + " characters, more than the " + maxLength + " of PIC X("
          + maxLength + ")");
    }
    Matcher m = AMOUNT.matcher(text);
    if (!m.matches() || (m.group(1) != null && m.group(4) != null)
        || ((m.group(2) == null || m.group(2).isEmpty()) && (m.group(3) == null || m.group(3).isEmpty()))) {
      throw error.of("'" + text + "' is not an amount like 12.34");
    }
    String integer = m.group(2) == null ? "" : m.group(2).replaceFirst("^0+(?=\\d)", "");
    String decimals = m.group(3) == null ? "" : m.group(3);
    if (integer.length() > 10) {
      throw error.of("'" + text + "' has more than 10 digits before the decimal point (PIC +9(10).99)");
    }
    if (decimals.length() > 2) {
      throw error.of("'" + text + "' has more than 2 decimal places (PIC +9(10).99)");
    }
    String sign = m.group(1) != null ? m.group(1) : m.group(4);
    long cents = Long.parseLong((integer.isEmpty() ? "0" : integer) + (decimals + "00").substring(0, 2));
    if (cents != 0 && sign != null && (sign.equals("-") || sign.equals("CR") || sign.equals("DB"))) {
      throw error.of("'" + text + "' is negative; an amount to authorize is not");
    }
    return cents;
  }

  /** Raises the error of one field. */
  @FunctionalInterface
  interface FieldError {
    CardDemoFormatException of(String rule);
  }
}
