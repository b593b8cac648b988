package io.corebank.nacha;

/**
 * One broken rule: where (line and record), which field, which rule, the offending value and a sentence
 * for the operator.
 *
 * @param lineNumber 1-based line of the record in the file (for a file without line breaks, each
 *                   94-character record counts as one line)
 * @param position   1-based position in the record where the offending field starts; orders
 *                   violations within a line
 * @param record     record label, e.g. {@code entry detail 6}
 * @param field      NACHA field name, e.g. {@code RDFIIdentification}
 * @param rule       the rule broken
 * @param badValue   the offending value exactly as it stands in the record
 * @param detail     what is wrong, e.g. {@code check digit 3 does not match computed 7}
 */
public record Violation(int lineNumber, int position, String record, String field, Rule rule, String badValue, String detail) {

  /** The operator message: {@code line 12 (entry detail 6) field RDFIIdentification: check digit 3 ...}. */
  public String message() {
    return "line " + lineNumber + " (" + record + ") field " + field + ": " + detail;
  }

  @Override
  public String toString() {
    return message() + " [" + rule + ", value '" + badValue + "']";
  }
}
