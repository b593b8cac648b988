package io.corebank.ops.jcl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Parses a job stream written in the JCL subset of this package (see {@link JclRule} for every rule it
 * checks). Symbols are substituted as z/OS does, in the operand field, quoted text included, before the
 * operands are read; {@code --set} overrides win over the stream's SET statements. Every error is a
 * {@link JclException} naming line, column and rule. Column 72 and sequence numbers in 73-80 have no
 * special meaning: a statement may run longer (paths do), and a sequence number after a blank is part of
 * the comment field.
 */
public final class JclParser {
  private static final int MAX_STEPS = 255;
  private static final int MAX_PARM = 100;
  private static final int MAX_TESTS = 8;
  private static final Set<String> EXEC_IGNORED = Set.of("REGION", "TIME", "ACCT", "ADDRSPC", "DYNAMNBR", "PERFORM",
      "RD", "MEMLIMIT", "CCSID");
  private static final Set<String> DD_IGNORED = Set.of("UNIT", "SPACE", "DCB", "RECFM", "LRECL", "BLKSIZE", "VOL",
      "VOLUME", "LABEL", "PATHOPTS", "PATHMODE", "PATHDISP", "FILEDATA", "LIKE", "DSORG", "AVGREC", "STORCLAS",
      "MGMTCLAS", "DATACLAS", "FREE", "HOLD", "OUTLIM", "COPIES", "DEST", "RETPD", "EXPDT", "BUFNO", "RLS");
  private static final Set<String> JOB_UNSUPPORTED = Set.of("COND", "RESTART", "TYPRUN");
  private static final Set<String> UNSUPPORTED_OPERATIONS = Set.of("PROC", "PEND", "IF", "THEN", "ELSE", "ENDIF",
      "INCLUDE", "JCLLIB", "OUTPUT", "CNTL", "ENDCNTL", "EXPORT", "XMIT", "COMMAND", "SCHEDULE", "JOBGROUP");
  private static final Set<String> DISP_STATUS = Set.of("NEW", "OLD", "SHR", "MOD");
  private static final Set<String> DISP_NORMAL = Set.of("DELETE", "KEEP", "PASS", "CATLG", "UNCATLG");
  private static final Set<String> DISP_ABNORMAL = Set.of("DELETE", "KEEP", "CATLG", "UNCATLG");
  private static final Pattern DSN = Pattern.compile("[A-Z@#$][A-Z0-9@#$-]{0,7}(\\.[A-Z@#$][A-Z0-9@#$-]{0,7})*");
  private static final Pattern DSN_MEMBER = Pattern.compile("\\(([A-Z@#$][A-Z0-9@#$]{0,7}|[+-]?[0-9]{1,3})\\)");

  /** A character of an operand field, where it was written, and the symbol it came from (null: the source). */
  private record Ch(char c, int line, int column, String symbol) {}

  private record Statement(int line, String name, String operation, int operationColumn, List<Ch> operands) {}

  private record Operand(String keyword, Value value, int line, int column) {}

  private sealed interface Value permits Word, Quoted, ListValue, Empty {
    int line();

    int column();
  }

  private record Word(String text, int line, int column) implements Value {}

  private record Quoted(String text, int line, int column) implements Value {}

  private record ListValue(List<Operand> items, String raw, int line, int column) implements Value {}

  private record Empty(int line, int column) implements Value {}

  private static final class StepBuilder {
    final String name;
    final int line;
    final JclText program;
    final JclText parm;
    final JclCond cond;
    final List<JclDd> dds = new ArrayList<>();

    StepBuilder(String name, int line, JclText program, JclText parm, JclCond cond) {
      this.name = name;
      this.line = line;
      this.program = program;
      this.parm = parm;
      this.cond = cond;
    }

    JclStep build() {
      return new JclStep(name, line, program, parm, cond, dds);
    }
  }

  private final List<String> lines;
  private final int end;
  private final Map<String, String> overrides;
  private final Map<String, String> systemSymbols;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> shown = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<StepBuilder> steps = new ArrayList<>();
  private final Set<String> stepNames = new HashSet<>();
  private String jobName;
  private int jobLine;
  private int next;
  private boolean instreamData;

  private JclParser(String text, Map<String, String> overrides, Map<String, String> systemSymbols) {
    this.lines = text.lines().toList();
    int last = lines.size();
    while (last > 0 && lines.get(last - 1).isBlank()) last--;
    this.end = last;
    this.overrides = overrides;
    this.systemSymbols = systemSymbols;
  }

  /** Parses a stream with no overrides. */
  public static JclJob parse(String text) {
    return parse(text, Map.of(), Map.of());
  }

  /** Parses a stream; {@code overrides} are the {@code --set} values, which win over its SET statements. */
  public static JclJob parse(String text, Map<String, String> overrides) {
    return parse(text, overrides, Map.of());
  }

  /**
   * Parses a stream. {@code systemSymbols} (such as {@code SYSUID}) may be referred to but not SET;
   * {@code overrides} must each be set or referred to by the stream.
   */
  public static JclJob parse(String text, Map<String, String> overrides, Map<String, String> systemSymbols) {
    for (String name : overrides.keySet()) {
      String problem = symbolNameProblem(name);
      if (problem != null) throw new JclException(0, 0, JclRule.SYMBOL, "--set " + name + ": " + problem);
    }
    return new JclParser(text, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides)), Map.copyOf(systemSymbols)).parse();
  }

  private JclJob parse() {
    int i = 0;
    while (i < end) {
      String text = lines.get(i);
      int lineNo = i + 1;
      if (text.isBlank()) {
        throw new JclException(lineNo, 1, JclRule.STATEMENT, "blank line: write //* for a line of space");
      }
      checkTabs(text, lineNo);
      if (text.startsWith("//*")) {
        i++;
        continue;
      }
      if (text.startsWith("/*")) {
        throw new JclException(lineNo, 1, JclRule.INSTREAM, "/* ends in-stream data, but no DD * or DD DATA is open here");
      }
      if (!text.startsWith("//")) {
        throw new JclException(lineNo, 1, JclRule.STATEMENT, "not a JCL statement: '" + abbreviate(text) + "'");
      }
      if (text.substring(2).isBlank()) {
        nullStatement(lineNo, i + 1);
        break;
      }
      Statement st = readStatement(i);
      i = next;
      JclDd dd = statement(st);
      if (dd != null && dd.kind() == JclDd.Kind.INSTREAM) i = readInstream(i);
    }
    if (jobName == null) throw new JclException(1, 1, JclRule.ORDER, "the stream has no JOB statement");
    if (steps.isEmpty()) throw new JclException(jobLine, 1, JclRule.ORDER, "job " + jobName + " has no EXEC statement");
    for (String name : overrides.keySet()) {
      if (!used.contains(name)) {
        Set<String> known = new TreeSet<>(shown.keySet());
        known.addAll(used);
        throw new JclException(0, 0, JclRule.SYMBOL, "--set " + name + ": the stream neither sets nor refers to symbol "
            + name + " (its symbols: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
      }
      shown.putIfAbsent(name, overrides.get(name));
    }
    return new JclJob(jobName, jobLine, steps.stream().map(StepBuilder::build).toList(), shown, warnings);
  }

  private void nullStatement(int lineNo, int from) {
    int first = 0;
    int last = 0;
    for (int k = from; k < end; k++) {
      if (!lines.get(k).isBlank()) {
        if (first == 0) first = k + 1;
        last = k + 1;
      }
    }
    if (first != 0) {
      warnings.add((first == last ? "line " + first : "lines " + first + " to " + last) + " follow the null statement on line "
          + lineNo + ", which ends the job: ignored");
    }
  }

  // ---------------------------------------------------------------- statements, fields, continuation

  private Statement readStatement(int index) {
    String text = lines.get(index);
    int lineNo = index + 1;
    int pos = 2;
    String name = null;
    if (text.charAt(pos) != ' ') {
      int nameEnd = blankAt(text, pos);
      name = text.substring(pos, nameEnd);
      pos = nameEnd;
    }
    pos = skipBlanks(text, pos);
    if (pos >= text.length()) {
      throw new JclException(lineNo, text.length() + 1, JclRule.OPERATION,
          name == null ? "a statement with no operation" : "no operation after the name " + name);
    }
    int opEnd = blankAt(text, pos);
    String operation = text.substring(pos, opEnd);
    int operationColumn = pos + 1;
    List<Ch> operands = new ArrayList<>();
    readField(text, lineNo, skipBlanks(text, opEnd), operands);
    int continued = index;
    while (!operands.isEmpty() && operands.get(operands.size() - 1).c() == ',') {
      Ch comma = operands.get(operands.size() - 1);
      int k = continued + 1;
      while (k < end && lines.get(k).startsWith("//*")) k++;
      if (k >= end) {
        throw new JclException(comma.line(), comma.column(), JclRule.CONTINUATION,
            "the operand field ends with a comma, but no line continues it");
      }
      String nextText = lines.get(k);
      int nextNo = k + 1;
      checkTabs(nextText, nextNo);
      if (!nextText.startsWith("//") || nextText.startsWith("/*")) {
        throw new JclException(nextNo, 1, JclRule.CONTINUATION, "line " + comma.line()
            + " ends with a comma, so line " + nextNo + " must continue it, starting with //");
      }
      if (nextText.length() > 2 && nextText.charAt(2) != ' ') {
        throw new JclException(nextNo, 3, JclRule.CONTINUATION, "line " + comma.line() + " ends with a comma, so line "
            + nextNo + " continues it and needs a blank in column 3 (a name there starts a new statement)");
      }
      int start = skipBlanks(nextText, 2);
      if (start >= nextText.length()) {
        throw new JclException(nextNo, 1, JclRule.CONTINUATION, "line " + comma.line()
            + " ends with a comma, but line " + nextNo + " is the null statement");
      }
      if (start + 1 > 16) {
        throw new JclException(nextNo, start + 1, JclRule.CONTINUATION,
            "the continued operands start in column " + (start + 1) + ", after column 16");
      }
      readField(nextText, nextNo, start, operands);
      continued = k;
    }
    next = continued + 1;
    return new Statement(lineNo, name, operation, operationColumn, operands);
  }

  /** Appends the operand field starting at {@code pos} (up to the first blank outside apostrophes). */
  private static void readField(String text, int lineNo, int pos, List<Ch> out) {
    boolean quoted = false;
    int quoteColumn = 0;
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        if (quoted) quoteColumn = i + 1;
      } else if (c == ' ' && !quoted) {
        break;
      }
      out.add(new Ch(c, lineNo, i + 1, null));
    }
    if (quoted) {
      throw new JclException(lineNo, quoteColumn, JclRule.QUOTED, "the quoted text opened here is not closed on its line");
    }
  }

  private int readInstream(int index) {
    boolean dataMode = instreamData;
    List<String> data = new ArrayList<>();
    int k = index;
    while (k < lines.size()) {
      String text = lines.get(k);
      if (text.startsWith("/*")) {
        k++;
        break;
      }
      if (!dataMode && text.startsWith("//")) break;
      data.add(text);
      k++;
    }
    StepBuilder step = steps.get(steps.size() - 1);
    JclDd dd = step.dds.remove(step.dds.size() - 1);
    step.dds.add(new JclDd(dd.name(), dd.line(), dd.kind(), dd.value(), dd.disp(), data));
    return k;
  }

  private JclDd statement(Statement st) {
    String op = st.operation();
    if (!Set.of("JOB", "EXEC", "DD", "SET").contains(op)) {
      if (UNSUPPORTED_OPERATIONS.contains(op)) {
        throw new JclException(st.line(), st.operationColumn(), JclRule.OPERATION, op + " statements are not supported");
      }
      if (st.name() == null && (op.contains("=") || op.contains(","))) {
        throw new JclException(st.line(), st.operationColumn(), JclRule.OPERATION, "'" + abbreviate(op)
            + "' is not an operation; if this line continues the statement above, end that statement's operands with a comma");
      }
      throw new JclException(st.line(), st.operationColumn(), JclRule.OPERATION, "unknown operation '" + abbreviate(op) + "'");
    }
    if (st.name() != null) checkName(st.name(), st.line(), 3, JclRule.NAME);
    if (jobName == null && !op.equals("JOB")) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.ORDER, "the first statement must be the JOB statement");
    }
    List<Operand> operands = new OperandReader(substitute(st.operands()), st).all();
    switch (op) {
      case "JOB" -> job(st, operands);
      case "SET" -> set(st, operands);
      case "EXEC" -> exec(st, operands);
      default -> {
        return dd(st, operands);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- JOB, SET, EXEC, DD

  private void job(Statement st, List<Operand> operands) {
    if (jobName != null) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.ORDER,
          "a second JOB statement (job " + jobName + " began on line " + jobLine + "): one job per stream");
    }
    if (st.name() == null) {
      throw new JclException(st.line(), 3, JclRule.NAME, "the JOB statement needs a job name in column 3");
    }
    Set<String> seen = new HashSet<>();
    boolean keywords = false;
    for (Operand o : operands) {
      if (o.keyword() == null) {
        if (keywords) throw positionalAfterKeyword(o);
        continue;
      }
      keywords = true;
      if (!seen.add(o.keyword())) throw twice(o);
      if (JOB_UNSUPPORTED.contains(o.keyword())) {
        throw new JclException(o.line(), o.column(), JclRule.JOB, o.keyword() + " on the JOB statement is not supported");
      }
    }
    jobName = st.name();
    jobLine = st.line();
  }

  private void set(Statement st, List<Operand> operands) {
    if (operands.isEmpty()) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.SET, "SET needs NAME=value");
    }
    for (Operand o : operands) {
      if (o.keyword() == null) {
        throw new JclException(o.line(), o.column(), JclRule.SET, "SET takes NAME=value, not a positional value");
      }
      String name = o.keyword();
      String problem = symbolNameProblem(name);
      if (problem != null) throw new JclException(o.line(), o.column(), JclRule.SYMBOL, problem);
      if (systemSymbols.containsKey(name)) {
        throw new JclException(o.line(), o.column(), JclRule.SET, name + " is a system symbol: it cannot be SET");
      }
      if (o.value() instanceof ListValue l) {
        throw new JclException(l.line(), l.column(), JclRule.SET, "the value of " + name + " is a list: write it in apostrophes");
      }
      String value = scalar(o.value());
      used.add(name);
      if (!overrides.containsKey(name)) values.put(name, value);
      shown.put(name, overrides.getOrDefault(name, value));
    }
  }

  private void exec(Statement st, List<Operand> operands) {
    String name = st.name();
    if (name != null && stepNames.contains(name)) {
      throw new JclException(st.line(), 3, JclRule.ORDER, "a second step named " + name);
    }
    if (steps.size() == MAX_STEPS) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.ORDER, "more than " + MAX_STEPS + " steps");
    }
    if (operands.isEmpty()) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.EXEC, "EXEC needs PGM=program");
    }
    Operand first = operands.get(0);
    if (first.keyword() == null) {
      throw new JclException(first.line(), first.column(), JclRule.EXEC,
          "EXEC " + scalar(first.value()) + " calls a procedure; procedures are not supported: write EXEC PGM=program");
    }
    JclText program = null;
    JclText parm = null;
    JclCond cond = JclCond.NONE;
    Set<String> seen = new HashSet<>();
    for (Operand o : operands) {
      if (o.keyword() == null) throw positionalAfterKeyword(o);
      if (!seen.add(o.keyword())) throw twice(o);
      switch (o.keyword()) {
        case "PGM" -> program = program(o);
        case "PARM" -> parm = parm(o);
        case "COND" -> cond = cond(o.value());
        case "PROC" -> throw new JclException(o.line(), o.column(), JclRule.EXEC, "procedures are not supported");
        default -> {
          if (!EXEC_IGNORED.contains(o.keyword())) {
            throw new JclException(o.line(), o.column(), JclRule.EXEC, "unknown EXEC keyword " + o.keyword());
          }
        }
      }
    }
    if (program == null) throw new JclException(st.line(), st.operationColumn(), JclRule.EXEC, "EXEC needs PGM=program");
    if (name != null) stepNames.add(name);
    steps.add(new StepBuilder(name, st.line(), program, parm, cond));
  }

  private JclText program(Operand o) {
    if (!(o.value() instanceof Word w)) {
      throw new JclException(o.value().line(), o.value().column(), JclRule.EXEC, "PGM= needs a program name");
    }
    if (w.text().startsWith("*.")) {
      throw new JclException(w.line(), w.column(), JclRule.EXEC, "PGM=*.step.dd (a program from an earlier step) is not supported");
    }
    checkName(w.text(), w.line(), w.column(), JclRule.NAME);
    return new JclText(w.text(), w.line(), w.column());
  }

  private JclText parm(Operand o) {
    Value v = o.value();
    String text = v instanceof ListValue l ? l.raw().substring(1, l.raw().length() - 1) : scalar(v);
    if (text.length() > MAX_PARM) {
      throw new JclException(v.line(), v.column(), JclRule.PARM, "PARM is " + text.length() + " characters long");
    }
    return new JclText(text, v.line(), v.column());
  }

  private JclCond cond(Value v) {
    if (v instanceof Word w && (w.text().equals("EVEN") || w.text().equals("ONLY"))) {
      return new JclCond(List.of(), JclCond.Mode.valueOf(w.text()));
    }
    if (!(v instanceof ListValue list) || list.items().isEmpty()) {
      throw new JclException(v.line(), v.column(), JclRule.COND, "COND needs (code,operator), a list of tests, EVEN or ONLY");
    }
    List<Operand> items = list.items();
    if (items.get(0).value() instanceof Word w && !w.text().isEmpty() && Character.isDigit(w.text().charAt(0))) {
      return new JclCond(List.of(test(list)), JclCond.Mode.NONE);
    }
    List<JclCond.Test> tests = new ArrayList<>();
    JclCond.Mode mode = JclCond.Mode.NONE;
    for (Operand item : items) {
      if (item.keyword() != null) {
        throw new JclException(item.line(), item.column(), JclRule.COND, "a COND test is not KEYWORD=value");
      }
      Value value = item.value();
      if (value instanceof Word w && (w.text().equals("EVEN") || w.text().equals("ONLY"))) {
        if (mode != JclCond.Mode.NONE) {
          throw new JclException(w.line(), w.column(), JclRule.COND, "EVEN or ONLY is given twice");
        }
        mode = JclCond.Mode.valueOf(w.text());
      } else if (value instanceof ListValue test) {
        if (tests.size() == MAX_TESTS) {
          throw new JclException(test.line(), test.column(), JclRule.COND, "more than " + MAX_TESTS + " tests");
        }
        tests.add(test(test));
      } else {
        throw new JclException(value.line(), value.column(), JclRule.COND,
            "'" + scalar(value) + "' is neither a test (code,operator[,stepname]) nor EVEN or ONLY");
      }
    }
    return new JclCond(tests, mode);
  }

  private JclCond.Test test(ListValue test) {
    List<Operand> items = test.items();
    if (items.size() < 2 || items.size() > 3) {
      throw new JclException(test.line(), test.column(), JclRule.COND,
          "a test is (code,operator) or (code,operator,stepname), not " + test.raw());
    }
    for (Operand item : items) {
      if (item.keyword() != null || !(item.value() instanceof Word)) {
        throw new JclException(item.line(), item.column(), JclRule.COND, "a test is (code,operator[,stepname]), not " + test.raw());
      }
    }
    Word code = (Word) items.get(0).value();
    if (!code.text().matches("[0-9]{1,4}") || Integer.parseInt(code.text()) > 4095) {
      throw new JclException(code.line(), code.column(), JclRule.COND, "code '" + code.text() + "' is not a number from 0 to 4095");
    }
    Word operator = (Word) items.get(1).value();
    JclCond.Operator op;
    try {
      op = JclCond.Operator.valueOf(operator.text());
    } catch (IllegalArgumentException e) {
      throw new JclException(operator.line(), operator.column(), JclRule.COND,
          "operator '" + operator.text() + "' is not GT, GE, EQ, LT, LE or NE");
    }
    String step = null;
    if (items.size() == 3) {
      Word s = (Word) items.get(2).value();
      if (s.text().contains(".")) {
        throw new JclException(s.line(), s.column(), JclRule.COND, "stepname.procstepname: procedures are not supported");
      }
      if (!stepNames.contains(s.text())) {
        throw new JclException(s.line(), s.column(), JclRule.COND, "COND refers to step " + s.text()
            + ", which is not an earlier step of the job");
      }
      step = s.text();
    }
    return new JclCond.Test(Integer.parseInt(code.text()), op, step);
  }

  private JclDd dd(Statement st, List<Operand> operands) {
    if (steps.isEmpty()) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.ORDER, "a DD statement before the first EXEC");
    }
    if (st.name() == null) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.DD,
          "a DD statement without a name concatenates a data set to the one above; concatenation is not supported");
    }
    StepBuilder step = steps.get(steps.size() - 1);
    for (JclDd other : step.dds) {
      if (other.name().equals(st.name())) {
        throw new JclException(st.line(), 3, JclRule.ORDER, "a second DD " + st.name() + " in step "
            + (step.name == null ? "on line " + step.line : step.name) + " (the first is on line " + other.line() + ")");
      }
    }
    if (operands.isEmpty()) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.DD, "DD needs PATH=, DSN=, SYSOUT=, DUMMY, * or DATA");
    }
    JclDd.Kind kind = null;
    JclText value = null;
    JclDd.Disp disp = JclDd.Disp.NONE;
    boolean dummy = false;
    Set<String> seen = new HashSet<>();
    List<String> sources = new ArrayList<>();
    boolean keywords = false;
    for (Operand o : operands) {
      if (o.keyword() == null) {
        if (keywords) throw positionalAfterKeyword(o);
        String word = o.value() instanceof Word w ? w.text() : null;
        if ("*".equals(word) || "DATA".equals(word)) {
          kind = JclDd.Kind.INSTREAM;
          instreamData = word.equals("DATA");
          sources.add(word);
        } else if ("DUMMY".equals(word)) {
          dummy = true;
        } else {
          throw new JclException(o.line(), o.column(), JclRule.DD, "unknown DD positional operand '" + scalar(o.value()) + "'");
        }
        continue;
      }
      keywords = true;
      String keyword = o.keyword().equals("DSNAME") ? "DSN" : o.keyword();
      if (!seen.add(keyword)) throw twice(o);
      Value v = o.value();
      switch (keyword) {
        case "PATH" -> {
          if (!(v instanceof Word || v instanceof Quoted) || scalar(v).isEmpty()) {
            throw new JclException(v.line(), v.column(), JclRule.DD, "PATH needs a file or directory: PATH='/data/file'");
          }
          kind = JclDd.Kind.PATH;
          value = new JclText(scalar(v), v.line(), v.column());
          sources.add("PATH");
        }
        case "DSN" -> {
          value = new JclText(dsn(v), v.line(), v.column());
          if (value.text().equals("NULLFILE")) {
            dummy = true;
          } else {
            kind = JclDd.Kind.DSN;
            sources.add("DSN");
          }
        }
        case "SYSOUT" -> {
          String text = v instanceof ListValue l ? l.raw() : scalar(v);
          if (text.isEmpty()) throw new JclException(v.line(), v.column(), JclRule.DD, "SYSOUT needs a class: SYSOUT=*");
          kind = JclDd.Kind.SYSOUT;
          value = new JclText(text, v.line(), v.column());
          sources.add("SYSOUT");
        }
        case "DISP" -> disp = disp(v);
        case "DLM" -> throw new JclException(o.line(), o.column(), JclRule.INSTREAM, "DLM= is not supported: data ends at /*");
        default -> {
          if (!DD_IGNORED.contains(keyword)) {
            throw new JclException(o.line(), o.column(), JclRule.DD, "unknown DD keyword " + o.keyword());
          }
        }
      }
    }
    if (dummy) {
      if (!sources.isEmpty() && !(sources.size() == 1 && sources.get(0).equals("DSN"))) {
        throw new JclException(st.line(), st.operationColumn(), JclRule.DD, "DUMMY with " + sources.get(0));
      }
      kind = JclDd.Kind.DUMMY;
      value = null;
    } else if (sources.isEmpty()) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.DD, "DD needs PATH=, DSN=, SYSOUT=, DUMMY, * or DATA");
    } else if (sources.size() > 1) {
      throw new JclException(st.line(), st.operationColumn(), JclRule.DD,
          "a DD names one thing, not " + String.join(" and ", sources));
    }
    JclDd dd = new JclDd(st.name(), st.line(), kind, value, disp, List.of());
    step.dds.add(dd);
    return dd;
  }

  private static String dsn(Value v) {
    if (!(v instanceof Word || v instanceof Quoted)) {
      throw new JclException(v.line(), v.column(), JclRule.DSN, "DSN needs a data-set name");
    }
    String name = scalar(v);
    if (name.startsWith("&")) {
      throw new JclException(v.line(), v.column(), JclRule.DSN, "temporary data sets (&&name) are not supported");
    }
    int paren = name.indexOf('(');
    String base = paren < 0 ? name : name.substring(0, paren);
    if (base.length() > 44 || !DSN.matcher(base).matches()
        || (paren >= 0 && !DSN_MEMBER.matcher(name.substring(paren)).matches())) {
      throw new JclException(v.line(), v.column(), JclRule.DSN, "'" + name + "' is not a data-set name");
    }
    return name;
  }

  private static JclDd.Disp disp(Value v) {
    List<Value> parts = new ArrayList<>();
    if (v instanceof ListValue l) {
      for (Operand item : l.items()) {
        if (item.keyword() != null) throw new JclException(item.line(), item.column(), JclRule.DISP, "not KEYWORD=value");
        parts.add(item.value());
      }
    } else {
      parts.add(v);
    }
    if (parts.size() > 3) throw new JclException(v.line(), v.column(), JclRule.DISP, "DISP has at most three subparameters");
    List<Set<String>> allowed = List.of(DISP_STATUS, DISP_NORMAL, DISP_ABNORMAL);
    List<String> names = List.of("a status", "a normal disposition", "an abnormal disposition");
    String[] out = new String[3];
    for (int k = 0; k < parts.size(); k++) {
      Value part = parts.get(k);
      if (part instanceof Empty) continue;
      String text = part instanceof Word w ? w.text() : null;
      if (text == null || !allowed.get(k).contains(text)) {
        throw new JclException(part.line(), part.column(), JclRule.DISP,
            "'" + scalar(part) + "' is not " + names.get(k) + " (" + String.join(", ", new TreeSet<>(allowed.get(k))) + ")");
      }
      out[k] = text;
    }
    return new JclDd.Disp(out[0], out[1], out[2]);
  }

  // ---------------------------------------------------------------- symbols

  private List<Ch> substitute(List<Ch> in) {
    List<Ch> out = new ArrayList<>(in.size());
    boolean quoted = false;
    for (int i = 0; i < in.size(); i++) {
      Ch ch = in.get(i);
      if (ch.c() == '\'') {
        quoted = !quoted;
        out.add(ch);
        continue;
      }
      if (ch.c() != '&') {
        out.add(ch);
        continue;
      }
      if (i + 1 < in.size() && in.get(i + 1).c() == '&') {
        out.add(ch);
        i++;
        continue;
      }
      int j = i + 1;
      StringBuilder name = new StringBuilder();
      while (j < in.size() && isNameChar(in.get(j).c())) name.append(in.get(j++).c());
      if (name.isEmpty()) {
        boolean lower = j < in.size() && Character.isLowerCase(in.get(j).c());
        throw new JclException(ch.line(), ch.column(), JclRule.SYMBOL, lower
            ? "symbol names are upper case" : "& is not followed by a symbol name (write && for an &)");
      }
      String problem = symbolNameProblem(name.toString());
      if (problem != null) throw new JclException(ch.line(), ch.column(), JclRule.SYMBOL, problem);
      if (j < in.size() && in.get(j).c() == '.') j++;
      String value = lookup(name.toString(), ch);
      for (char v : value.toCharArray()) {
        Ch c = new Ch(v, ch.line(), ch.column(), name.toString());
        out.add(c);
        if (quoted && v == '\'') out.add(c);
      }
      i = j - 1;
    }
    return out;
  }

  private String lookup(String name, Ch at) {
    used.add(name);
    String value = overrides.get(name);
    if (value == null) value = values.get(name);
    if (value == null) value = systemSymbols.get(name);
    if (value == null) {
      throw new JclException(at.line(), at.column(), JclRule.SYMBOL, "symbol &" + name
          + " is not defined here: SET it on an earlier line or give --set " + name + "=value");
    }
    return value;
  }

  /** Why {@code name} is not a symbol name, or null when it is one. */
  static String symbolNameProblem(String name) {
    if (name.isEmpty() || name.length() > 8) return "symbol name '" + name + "' is not 1 to 8 characters long";
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (!isNameChar(c)) return "symbol name '" + name + "' has '" + c + "' (upper-case letters, digits, @ # $)";
    }
    if (Character.isDigit(name.charAt(0))) return "symbol name '" + name + "' starts with a digit";
    return null;
  }

  // ---------------------------------------------------------------- operands

  private final class OperandReader {
    private final List<Ch> chars;
    private final Statement statement;
    private int i;

    OperandReader(List<Ch> chars, Statement statement) {
      this.chars = chars;
      this.statement = statement;
    }

    List<Operand> all() {
      List<Operand> out = new ArrayList<>();
      if (chars.isEmpty()) return out;
      while (true) {
        out.add(operand());
        if (i >= chars.size()) return out;
        Ch c = chars.get(i++);
        if (c.c() != ',') throw unexpected(c);
        if (i >= chars.size()) throw new JclException(c.line(), c.column(), JclRule.OPERAND, "the operands end with a comma");
      }
    }

    private Operand operand() {
      int j = i;
      while (j < chars.size() && isNameChar(chars.get(j).c())) j++;
      if (j > i && j < chars.size() && chars.get(j).c() == '=') {
        Ch start = chars.get(i);
        String keyword = text(i, j);
        i = j + 1;
        return new Operand(keyword, value(), start.line(), start.column());
      }
      Value v = value();
      return new Operand(null, v, v.line(), v.column());
    }

    private Value value() {
      if (i >= chars.size()) {
        Ch last = chars.isEmpty() ? null : chars.get(chars.size() - 1);
        return last == null ? new Empty(statement.line(), statement.operationColumn()) : new Empty(last.line(), last.column() + 1);
      }
      Ch c = chars.get(i);
      if (c.c() == ',' || c.c() == ')') return new Empty(c.line(), c.column());
      if (c.c() == '\'') return quoted();
      if (c.c() == '(') return list();
      return word();
    }

    private Quoted quoted() {
      Ch start = chars.get(i++);
      StringBuilder text = new StringBuilder();
      while (true) {
        if (i >= chars.size()) throw new JclException(start.line(), start.column(), JclRule.QUOTED, "the quoted text is not closed");
        Ch c = chars.get(i++);
        if (c.c() == '\'') {
          if (i < chars.size() && chars.get(i).c() == '\'') {
            text.append('\'');
            i++;
            continue;
          }
          break;
        }
        text.append(c.c());
      }
      endOfValue();
      return new Quoted(text.toString(), start.line(), start.column());
    }

    private ListValue list() {
      Ch open = chars.get(i);
      int rawStart = i++;
      List<Operand> items = new ArrayList<>();
      if (i < chars.size() && chars.get(i).c() == ')') {
        i++;
      } else {
        while (true) {
          items.add(operand());
          if (i >= chars.size()) {
            throw new JclException(open.line(), open.column(), JclRule.OPERAND, "the list opened here is not closed with )");
          }
          Ch c = chars.get(i++);
          if (c.c() == ')') break;
          if (c.c() != ',') throw unexpected(c);
        }
      }
      String raw = text(rawStart, i);
      endOfValue();
      return new ListValue(items, raw, open.line(), open.column());
    }

    private Word word() {
      Ch start = chars.get(i);
      int s = i;
      while (i < chars.size()) {
        Ch c = chars.get(i);
        if (c.c() == ',' || c.c() == ')') break;
        if (c.c() == '(') { // a member or a generation: DSN=A.B(MEMBER), DSN=A.B(+1)
          int close = i;
          while (close < chars.size() && chars.get(close).c() != ')') close++;
          if (close >= chars.size()) {
            throw new JclException(c.line(), c.column(), JclRule.OPERAND, "the ( opened here is not closed");
          }
          i = close + 1;
          break;
        }
        if (c.c() == '\'') {
          throw new JclException(c.line(), c.column(), JclRule.OPERAND, "an apostrophe inside a word: quote the whole value");
        }
        if (c.c() == '=') {
          String before = text(s, i);
          if (!before.isEmpty() && before.chars().allMatch(Character::isLetter) && !before.equals(before.toUpperCase())) {
            throw new JclException(start.line(), start.column(), JclRule.OPERAND,
                "keyword '" + before + "' must be upper case (" + before.toUpperCase() + ")");
          }
          throw new JclException(c.line(), c.column(), JclRule.OPERAND, "'=' inside a value: write the value in apostrophes");
        }
        if (c.c() == ' ') {
          throw new JclException(c.line(), c.column(), JclRule.OPERAND, c.symbol() != null
              ? "the value of symbol &" + c.symbol() + " has a blank: write the reference in apostrophes ('&" + c.symbol() + "')"
              : "a blank inside the operands");
        }
        i++;
      }
      endOfValue();
      return new Word(text(s, i), start.line(), start.column());
    }

    private void endOfValue() {
      if (i < chars.size() && chars.get(i).c() != ',' && chars.get(i).c() != ')') throw unexpected(chars.get(i));
    }

    private JclException unexpected(Ch c) {
      return new JclException(c.line(), c.column(), JclRule.OPERAND, "unexpected '" + c.c() + "'"
          + (c.symbol() != null ? " (from the value of symbol &" + c.symbol() + ")" : ""));
    }

    private String text(int from, int to) {
      StringBuilder b = new StringBuilder(to - from);
      for (int k = from; k < to; k++) b.append(chars.get(k).c());
      return b.toString();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String scalar(Value v) {
    if (v instanceof Word w) return w.text();
    if (v instanceof Quoted q) return q.text();
    if (v instanceof ListValue l) return l.raw();
    return "";
  }

  private static JclException positionalAfterKeyword(Operand o) {
    return new JclException(o.line(), o.column(), JclRule.OPERAND, "a positional operand after keyword operands");
  }

  private static JclException twice(Operand o) {
    return new JclException(o.line(), o.column(), JclRule.OPERAND, o.keyword() + " is given twice");
  }

  private static void checkName(String name, int line, int column, JclRule rule) {
    String problem = null;
    if (name.length() > 8) problem = "is longer than 8 characters";
    else if (Character.isDigit(name.charAt(0))) problem = "starts with a digit";
    else {
      for (int k = 0; k < name.length() && problem == null; k++) {
        if (!isNameChar(name.charAt(k))) problem = "has '" + name.charAt(k) + "'";
      }
    }
    if (problem != null) throw new JclException(line, column, rule, "name '" + name + "' " + problem);
  }

  private static boolean isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '@' || c == '#' || c == '$';
  }

  private static void checkTabs(String text, int lineNo) {
    int tab = text.indexOf('\t');
    if (tab >= 0) throw new JclException(lineNo, tab + 1, JclRule.STATEMENT, "a tab character: JCL columns need blanks");
  }

  private static int blankAt(String text, int from) {
    int k = text.indexOf(' ', from);
    return k < 0 ? text.length() : k;
  }

  private static int skipBlanks(String text, int from) {
    int k = from;
    while (k < text.length() && text.charAt(k) == ' ') k++;
    return k;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
