package io.corebank.ops.jcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each construct of the subset, read right, and each rule, broken once: the error names line, column and rule. */
class JclParserTest {
  static String jcl(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static JclException error(ThrowingCallable parse) {
    JclException[] caught = new JclException[1];
    assertThatThrownBy(() -> {
      try {
        parse.call();
      } catch (JclException e) {
        caught[0] = e;
        throw e;
      }
    }).isInstanceOf(JclException.class);
    return caught[0];
  }

  static void assertError(String text, int line, int column, JclRule rule, String detail) {
    assertError(text, Map.of(), line, column, rule, detail);
  }

  static void assertError(String text, Map<String, String> overrides, int line, int column, JclRule rule, String detail) {
    JclException e = error(() -> JclParser.parse(text, overrides));
    assertThat(e.detail()).contains(detail);
    assertEquals(rule.name(), e.rule(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertThat(e.getMessage()).startsWith(line == 0 ? "--set: " : "line " + line + ", column " + column + ": ")
        .endsWith("[" + rule.name() + ": " + rule.text() + "]");
  }

  // ------------------------------------------------------------------ what the subset reads

  @Test
  void readsJobStepsProgramsParmsAndDds() {
    JclJob job = JclParser.parse(jcl(
        "//NIGHTLY  JOB (ACCT),'OPERATIONS',CLASS=A,MSGCLASS=0,MSGLEVEL=(1,1)",
        "//STEP1    EXEC PGM=CBTRN02C,PARM='2022-07-18',REGION=0M",
        "//DALYTRAN DD PATH='/data/in',PATHOPTS=ORDONLY",
        "//SYSOUT   DD SYSOUT=*",
        "//STEP2    EXEC PGM=CBACT04C",
        "//TRANSACT DD DSN=AWS.M2.CARDDEMO.SYSTRAN(+1),DISP=(NEW,CATLG,DELETE),",
        "//            UNIT=SYSDA,DCB=(RECFM=F,LRECL=350,BLKSIZE=0),SPACE=(CYL,(1,1),RLSE)",
        "//EMPTY    DD DUMMY",
        "//NULL     DD DSN=NULLFILE"));
    assertEquals("NIGHTLY", job.name());
    assertEquals(1, job.line());
    assertEquals(2, job.steps().size());
    JclStep step1 = job.steps().get(0);
    assertEquals("STEP1", step1.name());
    assertEquals(2, step1.line());
    assertEquals("CBTRN02C", step1.program().text());
    assertEquals(new JclText("2022-07-18", 2, 35), step1.parm());
    assertThat(step1.cond().isNone()).isTrue();
    assertEquals(List.of("DALYTRAN", "SYSOUT"), step1.dds().stream().map(JclDd::name).toList());
    JclDd path = step1.dd("DALYTRAN");
    assertEquals(JclDd.Kind.PATH, path.kind());
    assertEquals(new JclText("/data/in", 3, 20), path.value());
    assertEquals(JclDd.Kind.SYSOUT, step1.dd("SYSOUT").kind());
    assertEquals("*", step1.dd("SYSOUT").value().text());

    JclStep step2 = job.steps().get(1);
    assertNull(step2.parm());
    JclDd dsn = step2.dd("TRANSACT");
    assertEquals(JclDd.Kind.DSN, dsn.kind());
    assertEquals("AWS.M2.CARDDEMO.SYSTRAN(+1)", dsn.value().text());
    assertEquals(new JclDd.Disp("NEW", "CATLG", "DELETE"), dsn.disp());
    assertEquals("DSN=AWS.M2.CARDDEMO.SYSTRAN(+1),DISP=(NEW,CATLG,DELETE)", dsn.text());
    assertEquals(JclDd.Kind.DUMMY, step2.dd("EMPTY").kind());
    assertEquals(JclDd.Kind.DUMMY, step2.dd("NULL").kind());
    assertNull(step2.dd("NOSUCH"));
    assertThat(job.warnings()).isEmpty();
  }

  @Test
  void readsParmAsQuotedTextWordOrList() {
    JclJob job = JclParser.parse(jcl(
        "//J JOB",
        "//A EXEC PGM=P,PARM='IT''S, A (TEST)'",
        "//B EXEC PGM=P,PARM=2022071800",
        "//C EXEC PGM=P,PARM=(A,'B C',D)",
        "//D EXEC PGM=P,PARM=''"));
    assertEquals("IT'S, A (TEST)", job.steps().get(0).parm().text());
    assertEquals("2022071800", job.steps().get(1).parm().text());
    assertEquals("A,'B C',D", job.steps().get(2).parm().text());
    assertEquals("", job.steps().get(3).parm().text());
  }

  @Test
  void unnamedStepsAreAllowedAndLabelledByLine() {
    JclJob job = JclParser.parse(jcl("//J JOB", "//  EXEC PGM=IEFBR14"));
    assertNull(job.steps().get(0).name());
    assertEquals("(line 2)", job.steps().get(0).label());
  }

  @Test
  void commentLinesAndCommentFieldsAreIgnoredEvenBetweenContinuationLines() {
    JclJob job = JclParser.parse(jcl(
        "//* a comment before the JOB statement",
        "//J        JOB 'X'        the comment field: anything after a blank        00010000",
        "//*",
        "//S1       EXEC PGM=P,    a comment after the continuation comma",
        "//* a comment statement between the continued lines",
        "//         PARM='A B'     the blank inside apostrophes does not end the field",
        "//DD1      DD PATH='/x'                                                    00050000"));
    JclStep step = job.steps().get(0);
    assertEquals("A B", step.parm().text());
    assertEquals("/x", step.dd("DD1").value().text());
  }

  @Test
  void continuationJoinsOperandsFromColumnsFourToSixteen() {
    JclJob job = JclParser.parse(jcl(
        "//J JOB",
        "//S1 EXEC PGM=P,",
        "//   PARM='X',",
        "//             COND=(4,LT)",
        "//D  DD DSN=A.B,",
        "//  DISP=SHR"));
    JclStep step = job.steps().get(0);
    assertEquals(new JclText("X", 3, 11), step.parm());
    assertEquals("COND=(4,LT)", step.cond().text());
    assertEquals("SHR", step.dd("D").disp().status());
    assertEquals("DISP=SHR", step.dd("D").disp().text());
  }

  @Test
  void symbolsAreSubstitutedWithAndWithoutTheirPeriod() {
    JclJob job = JclParser.parse(jcl(
        "//J JOB",
        "//         SET DIR='/data/in',HLQ=AWS.M2,GEN=+1",
        "//  SET EMPTY=,QUOTED='',AMP='A&&B'",
        "//S1 EXEC PGM=P,PARM='&DIR./x &HLQ..Y &DIR.&HLQ &AMP&EMPTY.'",
        "//D1 DD DSN=&HLQ..CARDDEMO.SYSTRAN(&GEN)",
        "//D2 DD PATH=&DIR",
        "//D3 DD PATH='&DIR/b'"));
    JclStep step = job.steps().get(0);
    assertEquals("/data/in/x AWS.M2.Y /data/inAWS.M2 A&B", step.parm().text());
    assertEquals("AWS.M2.CARDDEMO.SYSTRAN(+1)", step.dd("D1").value().text());
    assertEquals("/data/in", step.dd("D2").value().text());
    assertEquals("/data/in/b", step.dd("D3").value().text());
    assertEquals(Map.of("DIR", "/data/in", "HLQ", "AWS.M2", "GEN", "+1", "EMPTY", "", "QUOTED", "", "AMP", "A&B"),
        job.symbols());
  }

  @Test
  void aSetValueMayUseEarlierSymbolsAndASetChangesTheValueFromWhereItIs() {
    JclJob job = JclParser.parse(jcl(
        "//J JOB",
        "// SET A=ONE",
        "// SET B=&A.-TWO",
        "//S1 EXEC PGM=P,PARM='&A &B'",
        "// SET A=THREE",
        "//S2 EXEC PGM=P,PARM='&A &B'"));
    assertEquals("ONE ONE-TWO", job.steps().get(0).parm().text());
    assertEquals("THREE ONE-TWO", job.steps().get(1).parm().text());
  }

  @Test
  void overridesWinOverTheStreamsSetAndMayDefineSymbolsItOnlyRefersTo() {
    String text = jcl(
        "//J JOB",
        "// SET ENCODING=ascii",
        "//S1 EXEC PGM=P,PARM='&ENCODING'",
        "//D1 DD PATH='&INPUT'");
    JclJob job = JclParser.parse(text, Map.of("ENCODING", "ebcdic", "INPUT", "/in dir/it's"));
    assertEquals("ebcdic", job.steps().get(0).parm().text());
    assertEquals("/in dir/it's", job.steps().get(0).dd("D1").value().text(), "an apostrophe in a value is doubled inside quotes");
    assertEquals(Map.of("ENCODING", "ebcdic", "INPUT", "/in dir/it's"), job.symbols());
  }

  @Test
  void systemSymbolsMayBeReferredTo() {
    JclJob job = JclParser.parse(jcl("//J JOB 'X',NOTIFY=&SYSUID", "//S1 EXEC PGM=P,PARM=&SYSUID"), Map.of(),
        Map.of("SYSUID", "OPER1"));
    assertEquals("OPER1", job.steps().get(0).parm().text());
  }

  @Test
  void theNullStatementEndsTheJobAndWhatFollowsIsIgnoredWithAWarning() {
    JclJob job = JclParser.parse(jcl(
        "//J JOB",
        "//S1 EXEC PGM=P",
        "//",
        "//S2 EXEC PGM=Q",
        "anything at all"));
    assertEquals(1, job.steps().size());
    assertEquals(List.of("lines 4 to 5 follow the null statement on line 3, which ends the job: ignored"), job.warnings());
    assertThat(JclParser.parse(jcl("//J JOB", "//S1 EXEC PGM=P", "//   ")).warnings()).isEmpty();
  }

  @Test
  void trailingBlankLinesAndCrLfLineEndsAreAccepted() {
    JclJob job = JclParser.parse("//J JOB\r\n//S1 EXEC PGM=P\r\n\r\n   \r\n");
    assertEquals(1, job.steps().size());
  }

  @Test
  void condTakesEveryFormOfZos() {
    JclJob job = JclParser.parse(jcl(
        "//J JOB",
        "//S1 EXEC PGM=P",
        "//S2 EXEC PGM=P,COND=(4,LT)",
        "//S3 EXEC PGM=P,COND=(0,NE,S1)",
        "//S4 EXEC PGM=P,COND=((4,LT),(8,GE,S2),(12,EQ))",
        "//S5 EXEC PGM=P,COND=EVEN",
        "//S6 EXEC PGM=P,COND=ONLY",
        "//S7 EXEC PGM=P,COND=((4,LT),EVEN)",
        "//S8 EXEC PGM=P,COND=(ONLY,(0,LE,S1))",
        "//S9 EXEC PGM=P,COND=(4095,GT)"));
    List<JclCond> conds = job.steps().stream().map(JclStep::cond).toList();
    assertEquals(JclCond.NONE, conds.get(0));
    assertEquals(new JclCond(List.of(new JclCond.Test(4, JclCond.Operator.LT, null)), JclCond.Mode.NONE), conds.get(1));
    assertEquals(new JclCond(List.of(new JclCond.Test(0, JclCond.Operator.NE, "S1")), JclCond.Mode.NONE), conds.get(2));
    assertEquals(List.of(new JclCond.Test(4, JclCond.Operator.LT, null), new JclCond.Test(8, JclCond.Operator.GE, "S2"),
        new JclCond.Test(12, JclCond.Operator.EQ, null)), conds.get(3).tests());
    assertEquals(new JclCond(List.of(), JclCond.Mode.EVEN), conds.get(4));
    assertEquals(new JclCond(List.of(), JclCond.Mode.ONLY), conds.get(5));
    assertEquals(JclCond.Mode.EVEN, conds.get(6).mode());
    assertEquals(1, conds.get(6).tests().size());
    assertEquals(JclCond.Mode.ONLY, conds.get(7).mode());
    assertEquals(4095, conds.get(8).tests().get(0).code());
    assertEquals(List.of("", "COND=(4,LT)", "COND=(0,NE,S1)", "COND=((4,LT),(8,GE,S2),(12,EQ))", "COND=EVEN", "COND=ONLY",
        "COND=((4,LT),EVEN)", "COND=((0,LE,S1),ONLY)", "COND=(4095,GT)"), conds.stream().map(JclCond::text).toList());
  }

  @Test
  void inStreamDataEndsAtDelimiterOrAtTheNextStatement() {
    JclJob job = JclParser.parse(jcl(
        "//J JOB",
        "//S1 EXEC PGM=P",
        "//DATEPARM DD *",
        "2022-01-01 2022-12-31",
        "",
        "  &NOT.A.SYMBOL",
        "/*",
        "//SYSIN DD *",
        "LINE ONE",
        "//SYSUT1 DD DATA",
        "//NOT A STATEMENT",
        "/* the end",
        "//S2 EXEC PGM=Q"));
    JclStep step = job.steps().get(0);
    assertEquals(List.of("2022-01-01 2022-12-31", "", "  &NOT.A.SYMBOL"), step.dd("DATEPARM").data());
    assertEquals(JclDd.Kind.INSTREAM, step.dd("DATEPARM").kind());
    assertEquals(List.of("LINE ONE"), step.dd("SYSIN").data());
    assertEquals(List.of("//NOT A STATEMENT"), step.dd("SYSUT1").data());
    assertEquals(2, job.steps().size());
  }

  @Test
  void dispTakesOmittedSubparameters() {
    JclJob job = JclParser.parse(jcl("//J JOB", "//S EXEC PGM=P", "//D DD DSN=A.B,DISP=(,CATLG)", "//E DD DSN=A.C,DISP=(MOD,,KEEP)"));
    assertEquals(new JclDd.Disp(null, "CATLG", null), job.steps().get(0).dd("D").disp());
    assertEquals("DISP=(,CATLG)", job.steps().get(0).dd("D").disp().text());
    assertEquals(new JclDd.Disp("MOD", null, "KEEP"), job.steps().get(0).dd("E").disp());
  }

  @Test
  void theCardDemoStreamOfThisRepositoryParses() throws Exception {
    String text = Files.readString(Path.of("jcl-equivalents/CARDDEMO.jcl"));
    JclJob job = JclParser.parse(text, Map.of("INPUT", "/in", "OUTPUT", "/out"));
    assertEquals("CARDDEMO", job.name());
    assertEquals(List.of("LOAD", "POSTTRAN", "INTCALC", "COMBTRAN", "CREASTMT", "TRANREPT", "UNLOAD", "LEDGCHK"),
        job.steps().stream().map(JclStep::name).toList());
    assertEquals(List.of("IDCAMS", "CBTRN02C", "CBACT04C", "SORT", "CBSTM03A", "CBTRN03C", "CDUNLOAD", "LEDGCHK"),
        job.steps().stream().map(s -> s.program().text()).toList());
    assertEquals("2022-01-01 2022-12-31", job.steps().get(5).parm().text());
    assertEquals("COND=EVEN", job.steps().get(7).cond().text());
    assertThat(job.steps().subList(1, 7)).allMatch(s -> s.cond().text().equals("COND=(4,LT)"));
    assertThat(job.warnings()).isEmpty();
  }

  // ------------------------------------------------------------------ the rules, each broken

  @Test
  void statementRules() {
    assertError(jcl("//J JOB", "", "//S EXEC PGM=P"), 2, 1, JclRule.STATEMENT, "blank line");
    assertError(jcl("//J JOB", "//S EXEC\tPGM=P"), 2, 9, JclRule.STATEMENT, "tab");
    assertError(jcl("//J JOB", "S EXEC PGM=P"), 2, 1, JclRule.STATEMENT, "not a JCL statement");
    assertError(jcl("//J JOB", "//S EXEC PGM=P", "/*"), 3, 1, JclRule.INSTREAM, "no DD * or DD DATA is open");
  }

  @Test
  void orderRules() {
    assertError(jcl("//* only a comment"), 1, 1, JclRule.ORDER, "no JOB statement");
    assertError(jcl("//S EXEC PGM=P"), 1, 5, JclRule.ORDER, "the first statement must be the JOB statement");
    assertError(jcl("// SET A=1", "//J JOB"), 1, 4, JclRule.ORDER, "the first statement must be the JOB statement");
    assertError(jcl("//J JOB", "//K JOB"), 2, 5, JclRule.ORDER, "a second JOB statement (job J began on line 1)");
    assertError(jcl("//J JOB"), 1, 1, JclRule.ORDER, "job J has no EXEC statement");
    assertError(jcl("//J JOB", "//D DD DUMMY"), 2, 5, JclRule.ORDER, "a DD statement before the first EXEC");
    assertError(jcl("//J JOB", "//S EXEC PGM=P", "//S EXEC PGM=Q"), 3, 3, JclRule.ORDER, "a second step named S");
    assertError(jcl("//J JOB", "//S EXEC PGM=P", "//D DD DUMMY", "//D DD DUMMY"), 4, 3, JclRule.ORDER,
        "a second DD D in step S (the first is on line 3)");
    StringBuilder many = new StringBuilder("//J JOB\n");
    for (int k = 1; k <= 256; k++) many.append("//S").append(k).append(" EXEC PGM=P\n");
    assertError(many.toString(), 257, 8, JclRule.ORDER, "more than 255 steps");
  }

  @Test
  void nameRules() {
    assertError(jcl("//j JOB"), 1, 3, JclRule.NAME, "name 'j' has 'j'");
    assertError(jcl("//J JOB", "//STEPNUMBER1 EXEC PGM=P"), 2, 3, JclRule.NAME, "longer than 8");
    assertError(jcl("//J JOB", "//1STEP EXEC PGM=P"), 2, 3, JclRule.NAME, "starts with a digit");
    assertError(jcl("//J JOB", "//S EXEC PGM=P", "//S.DD DD DUMMY"), 3, 3, JclRule.NAME, "has '.'");
    assertError(jcl("//   JOB"), 1, 3, JclRule.NAME, "the JOB statement needs a job name");
    assertError(jcl("//J JOB", "//S EXEC PGM=p"), 2, 14, JclRule.NAME, "name 'p'");
  }

  @Test
  void operationRules() {
    assertError(jcl("//J JOB", "//S EXEK PGM=P"), 2, 5, JclRule.OPERATION, "unknown operation 'EXEK'");
    assertError(jcl("//J JOB", "//P PROC"), 2, 5, JclRule.OPERATION, "PROC statements are not supported");
    assertError(jcl("//J JOB", "// IF (S.RC = 0) THEN"), 2, 4, JclRule.OPERATION, "IF statements are not supported");
    assertError(jcl("//J JOB", "//S EXEC PGM=P", "//  PARM='X'"), 3, 5, JclRule.OPERATION,
        "if this line continues the statement above, end that statement's operands with a comma");
    assertError(jcl("//J JOB", "//S"), 2, 4, JclRule.OPERATION, "no operation after the name S");
  }

  @Test
  void continuationRules() {
    assertError(jcl("//J JOB", "//S EXEC PGM=P,", "//X  PARM='A'"), 3, 3, JclRule.CONTINUATION, "needs a blank in column 3");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,", "//               PARM='A'"), 3, 18, JclRule.CONTINUATION,
        "start in column 18, after column 16");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,"), 2, 15, JclRule.CONTINUATION, "no line continues it");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,", "PARM='A'"), 3, 1, JclRule.CONTINUATION, "must continue it, starting with //");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,", "//"), 3, 1, JclRule.CONTINUATION, "is the null statement");
    // column 16 is the last allowed
    assertEquals("A", JclParser.parse(jcl("//J JOB", "//S EXEC PGM=P,", "//             PARM='A'")).steps().get(0).parm().text());
  }

  @Test
  void operandAndQuotedTextRules() {
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM='OPEN"), 2, 21, JclRule.QUOTED, "not closed on its line");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM='A'B"), 2, 24, JclRule.OPERAND, "unexpected 'B'");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=(4,LT"), 2, 21, JclRule.OPERAND, "not closed with )");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,pgm=Q"), 2, 16, JclRule.OPERAND, "keyword 'pgm' must be upper case (PGM)");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM=A=B"), 2, 22, JclRule.OPERAND, "'=' inside a value");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PGM=Q"), 2, 16, JclRule.OPERAND, "PGM is given twice");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,X"), 2, 16, JclRule.OPERAND, "a positional operand after keyword operands");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM=A'B"), 2, 22, JclRule.QUOTED, "not closed on its line");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM=A&Q"), Map.of("Q", "'B'"), 2, 22, JclRule.OPERAND,
        "an apostrophe inside a word");
  }

  @Test
  void symbolRules() {
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM='&WHO'"), 2, 22, JclRule.SYMBOL,
        "symbol &WHO is not defined here: SET it on an earlier line or give --set WHO=value");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM='&WHO'", "// SET WHO=ME"), 2, 22, JclRule.SYMBOL, "&WHO is not defined");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM='&who'"), 2, 22, JclRule.SYMBOL, "symbol names are upper case");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM='A & B'"), 2, 24, JclRule.SYMBOL, "write && for an &");
    assertError(jcl("//J JOB", "// SET LONGERTHAN8=1"), 2, 8, JclRule.SYMBOL, "not 1 to 8 characters");
    assertError(jcl("//J JOB", "// SET 1A=1"), 2, 8, JclRule.SYMBOL, "symbol name '1A' starts with a digit");
    // a value with a blank outside apostrophes breaks the operand field, and the error says what to do
    assertError(jcl("//J JOB", "//S EXEC PGM=P", "//D DD PATH=&DIR"), Map.of("DIR", "/my dir"), 3, 13, JclRule.OPERAND,
        "the value of symbol &DIR has a blank: write the reference in apostrophes ('&DIR')");
    assertError(jcl("//J JOB", "//S EXEC PGM=P"), Map.of("INPT", "/x"), 0, 0, JclRule.SYMBOL,
        "--set INPT: the stream neither sets nor refers to symbol INPT (its symbols: none)");
    assertError(jcl("//J JOB", "//S EXEC PGM=P"), Map.of("in put", "/x"), 0, 0, JclRule.SYMBOL, "--set in put: symbol name");
  }

  @Test
  void setRules() {
    assertError(jcl("//J JOB", "// SET"), 2, 4, JclRule.SET, "SET needs NAME=value");
    assertError(jcl("//J JOB", "// SET VALUE"), 2, 8, JclRule.SET, "not a positional value");
    assertError(jcl("//J JOB", "// SET A=(1,2)"), 2, 10, JclRule.SET, "the value of A is a list");
    JclException e = error(() -> JclParser.parse(jcl("//J JOB", "// SET SYSUID=ME"), Map.of(), Map.of("SYSUID", "OPER1")));
    assertEquals(JclRule.SET.name(), e.rule());
    assertThat(e.detail()).contains("SYSUID is a system symbol");
  }

  @Test
  void jobAndExecRules() {
    assertError(jcl("//J JOB 'X',COND=(4,LT)", "//S EXEC PGM=P"), 1, 13, JclRule.JOB, "COND on the JOB statement is not supported");
    assertError(jcl("//J JOB RESTART=S2", "//S EXEC PGM=P"), 1, 9, JclRule.JOB, "RESTART on the JOB statement");
    assertError(jcl("//J JOB", "//S EXEC"), 2, 5, JclRule.EXEC, "EXEC needs PGM=program");
    assertError(jcl("//J JOB", "//S EXEC PARM='X'"), 2, 5, JclRule.EXEC, "EXEC needs PGM=program");
    assertError(jcl("//J JOB", "//S EXEC REPROC"), 2, 10, JclRule.EXEC, "EXEC REPROC calls a procedure");
    assertError(jcl("//J JOB", "//S EXEC PROC=REPROC"), 2, 10, JclRule.EXEC, "procedures are not supported");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PRAM='X'"), 2, 16, JclRule.EXEC, "unknown EXEC keyword PRAM");
    assertError(jcl("//J JOB", "//S EXEC PGM=*.S0.SYSLMOD"), 2, 14, JclRule.EXEC, "PGM=*.step.dd");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,PARM='" + "X".repeat(101) + "'"), 2, 21, JclRule.PARM, "PARM is 101 characters");
    JclParser.parse(jcl("//J JOB", "//S EXEC PGM=P,PARM='" + "X".repeat(100) + "'"));
  }

  @Test
  void condRules() {
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=(4,LX)"), 2, 24, JclRule.COND, "operator 'LX' is not GT, GE, EQ, LT, LE or NE");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=(4096,LT)"), 2, 22, JclRule.COND, "code '4096' is not a number from 0 to 4095");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=(4,LT,LATER)", "//LATER EXEC PGM=Q"), 2, 27, JclRule.COND,
        "COND refers to step LATER, which is not an earlier step of the job");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=(4,LT,S)"), 2, 27, JclRule.COND, "COND refers to step S");
    assertError(jcl("//J JOB", "//A EXEC PGM=P", "//S EXEC PGM=P,COND=(4,LT,A.B)"), 3, 27, JclRule.COND, "procedures");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=((4,LT),EVEN,ONLY)"), 3 - 1, 34, JclRule.COND, "EVEN or ONLY is given twice");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=(4,LT,S,X)"), 2, 21, JclRule.COND, "a test is (code,operator)");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=((4,LT),SOON)"), 2, 29, JclRule.COND, "'SOON' is neither a test");
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=4"), 2, 21, JclRule.COND, "COND needs (code,operator)");
    String nine = "(0,NE),".repeat(8) + "(0,NE)";
    assertError(jcl("//J JOB", "//S EXEC PGM=P,COND=(" + nine + ")"), 2, 21 + 1 + 8 * 7, JclRule.COND, "more than 8 tests");
  }

  @Test
  void ddRules() {
    String step = "//S EXEC PGM=P";
    assertError(jcl("//J JOB", step, "//D DD DUMMY", "//  DD DSN=A.B"), 4, 5, JclRule.DD, "concatenation is not supported");
    assertError(jcl("//J JOB", step, "//D DD PATH='/x',DSN=A.B"), 3, 5, JclRule.DD, "a DD names one thing, not PATH and DSN");
    assertError(jcl("//J JOB", step, "//D DD DISP=SHR"), 3, 5, JclRule.DD, "DD needs PATH=, DSN=, SYSOUT=, DUMMY, * or DATA");
    assertError(jcl("//J JOB", step, "//D DD"), 3, 5, JclRule.DD, "DD needs PATH=");
    assertError(jcl("//J JOB", step, "//D DD PATH='/x',COLOR=RED"), 3, 18, JclRule.DD, "unknown DD keyword COLOR");
    assertError(jcl("//J JOB", step, "//D DD SOMETHING"), 3, 8, JclRule.DD, "unknown DD positional operand 'SOMETHING'");
    assertError(jcl("//J JOB", step, "//D DD PATH=''"), 3, 13, JclRule.DD, "PATH needs a file or directory");
    assertError(jcl("//J JOB", step, "//D DD DUMMY,PATH='/x'"), 3, 5, JclRule.DD, "DUMMY with PATH");
    assertError(jcl("//J JOB", step, "//D DD *,DLM=$$"), 3, 10, JclRule.INSTREAM, "DLM= is not supported");
    assertError(jcl("//J JOB", step, "//D DD DSN=AWS..X"), 3, 12, JclRule.DSN, "'AWS..X' is not a data-set name");
    assertError(jcl("//J JOB", step, "//D DD DSN=QUALIFIER9.X"), 3, 12, JclRule.DSN, "is not a data-set name");
    assertError(jcl("//J JOB", step, "//D DD DSN=A.B(+1000)"), 3, 12, JclRule.DSN, "is not a data-set name");
    assertError(jcl("//J JOB", step, "//D DD DSN=&&TEMP"), 3, 12, JclRule.DSN, "temporary data sets");
    assertError(jcl("//J JOB", step, "//D DD DSN=A.B,DISP=(SHR,KEPT)"), 3, 26, JclRule.DISP, "'KEPT' is not a normal disposition");
    assertError(jcl("//J JOB", step, "//D DD DSN=A.B,DISP=(NEW,CATLG,PASS)"), 3, 32, JclRule.DISP, "'PASS' is not an abnormal disposition");
    assertError(jcl("//J JOB", step, "//D DD DSN=A.B,DISP=OPEN"), 3, 21, JclRule.DISP, "'OPEN' is not a status");
    assertError(jcl("//J JOB", step, "//D DD DSN=A.B,DISP=(OLD,KEEP,KEEP,KEEP)"), 3, 21, JclRule.DISP, "at most three");
  }
}
