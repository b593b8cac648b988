package io.corebank.ops.jcl;

/**
 * A JCL error: where (line and column, 1-based; line 0 for a {@code --set} override) and which rule was
 * broken, stated in full so the reader needs no manual.
 */
public class JclException extends RuntimeException {
  private final int line;
  private final int column;
  private final String rule;
  private final String ruleText;
  private final String detail;

  public JclException(int line, int column, String rule, String ruleText, String detail) {
    super(format(line, column, rule, ruleText, detail));
    this.line = line;
    this.column = column;
    this.rule = rule;
    this.ruleText = ruleText;
    this.detail = detail;
  }

  JclException(int line, int column, JclRule rule, String detail) {
    this(line, column, rule.name(), rule.text(), detail);
  }

  private static String format(int line, int column, String rule, String ruleText, String detail) {
    String where = line == 0 ? "--set" : "line " + line + (column > 0 ? ", column " + column : "");
    return where + ": " + detail + " [" + rule + ": " + ruleText + "]";
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The rule's short name, e.g. {@code COND} or {@code CONTINUATION}. */
  public String rule() {
    return rule;
  }

  public String ruleText() {
    return ruleText;
  }

  /** What is wrong, without position and rule. */
  public String detail() {
    return detail;
  }
}
