package io.corebank.card.settlement;

/**
 * One broken rule: where (line and record), which field, which rule, the offending value and a sentence for the
 * operator.
 *
 * @param lineNumber 1-based line of the record (in an EBCDIC file without line breaks, each 250-byte record
 *                   counts as one line)
 * @param position   1-based position in the record where the field starts; orders violations within a line
 * @param record     record label: {@code header}, {@code detail}, {@code trailer}, {@code record of unknown type},
 *                   or {@code end of file}
 * @param field      the copybook field name, e.g. {@code SETL-D-ARN}
 * @param rule       the rule broken
 * @param badValue   the offending value exactly as it stands in the record
 * @param detail     what is wrong, e.g. {@code check digit 3 does not match the computed 7}
 */
public record Violation(long lineNumber, int position, String record, String field, Rule rule, String badValue,
                        String detail) {

  /** The operator message: {@code line 12 (detail) field SETL-D-ARN: check digit 3 does not match ...}. */
  public String message() {
    return "line " + lineNumber + " (" + record + ") field " + field + ": " + detail;
  }

  @Override
  public String toString() {
    return message() + " [" + rule + ", value '" + badValue + "']";
  }
}
