package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.corebank.carddemo.CardDemoOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jcl check} and {@code jcl run} as an operator types them, on H2 in a fresh {@code --var-dir}:
 * jcl-equivalents/CARDDEMO.jcl reproduces {@code carddemo run} byte for byte, a rerun skips what completed,
 * a failing step bypasses the later steps as their COND says, and an abnormal end flushes all but COND=EVEN.
 */
class JclCommandTest {
  static final Path SAMPLE = Path.of("src/test/resources/carddemo/ascii");
  static final String STREAM = "jcl-equivalents/CARDDEMO.jcl";
  static final List<String> NIGHTLY_STEPS = List.of("POSTTRAN", "INTCALC", "COMBTRAN", "CREASTMT", "TRANREPT", "UNLOAD");

  @TempDir Path temp;

  record Run(int rc, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = CorebankCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(rc, out.toString(), err.toString());
  }

  Run jclRun(Path input, Path output, Path varDir) {
    return cli("jcl", "run", STREAM, "--set", "INPUT=" + input, "--set", "OUTPUT=" + output, "--var-dir", varDir.toString());
  }

  /** The log line of a step: name, program, job and result, as the job log prints them. */
  static String stepLine(String out, String step) {
    return out.lines().filter(l -> l.startsWith("  " + String.format("%-8s ", step))).findFirst()
        .orElseThrow(() -> new AssertionError("no log line for step " + step + " in:\n" + out));
  }

  /** The line after a step's line: the reason it did not run, or what failed. */
  static String reasonLine(String out, String step) {
    List<String> lines = out.lines().toList();
    return lines.get(lines.indexOf(stepLine(out, step)) + 1).strip();
  }

  Path copyOfSample(String name) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(name));
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
    return dir;
  }

  @Test
  void checkPrintsTheStepsAndTheirFilesWithoutADatabase() {
    Path varDir = temp.resolve("var");
    Run check = cli("jcl", "check", STREAM, "--set", "INPUT=" + SAMPLE, "--set", "OUTPUT=" + temp.resolve("out"),
        "--var-dir", varDir.toString());
    assertEquals(0, check.rc(), check.err());
    assertThat(check.out()).contains("JOB CARDDEMO (" + STREAM + "): 8 steps, no JCL error",
        "run: input " + SAMPLE.toAbsolutePath() + " (ascii), run timestamp 2022-07-18-10.30.00.000000, INTCALC PARM 2022071800, "
            + "report 2022-01-01 to 2022-12-31",
        "  LOAD     IDCAMS   CDIMPORT  -                      'ascii'",
        "      ACCTDATA < " + SAMPLE.resolve("acctdata.txt"),
        "      SYSPRINT   SYSOUT=*  (not used: messages go to the log)",
        "  POSTTRAN CBTRN02C POSTTRAN  COND=(4,LT)            '2022-07-18-10.30.00.000000'",
        "  TRANREPT CBTRN03C TRANREPT  COND=(4,LT)            '2022-01-01 2022-12-31'",
        "      TRANREPT > " + temp.resolve("out").resolve("TRANREPT.seq"),
        "  LEDGCHK  LEDGCHK  -         COND=EVEN");
    assertThat(check.out()).doesNotContain("(missing)");
    assertThat(varDir).doesNotExist();
  }

  @Test
  void checkAndRunRefuseAStreamWithAJclErrorNamingLineColumnAndRule() throws IOException {
    Path bad = Files.writeString(temp.resolve("BAD.jcl"), String.join("\n", "//BAD JOB", "//LOAD EXEC PGM=IDCAMS",
        "//POST EXEC PGM=CBTRN02C,COND=(4,LX)", ""));
    for (String command : List.of("check", "run")) {
      Run run = cli("jcl", command, bad.toString(), "--var-dir", temp.resolve("var").toString());
      assertEquals(ReturnCodes.SEVERE, run.rc());
      assertThat(run.err()).contains("jcl: " + bad + ": JCL ERROR, nothing run: line 3, column 34: "
          + "operator 'LX' is not GT, GE, EQ, LT, LE or NE [COND: ");
    }
    assertThat(temp.resolve("var")).doesNotExist();
    Run noInput = cli("jcl", "check", STREAM, "--set", "OUTPUT=/tmp/x");
    assertEquals(ReturnCodes.SEVERE, noInput.rc());
    assertThat(noInput.err()).contains("symbol &INPUT is not defined here: SET it on an earlier line or give --set INPUT=value");
    Run typo = cli("jcl", "check", STREAM, "--set", "INPUT=/x", "--set", "OUTPUT=/y", "--set", "INPT=/x");
    assertEquals(ReturnCodes.SEVERE, typo.rc());
    assertThat(typo.err()).contains("--set INPT: the stream neither sets nor refers to symbol INPT");
    Run usage = cli("jcl", "check", STREAM, "--set", "INPUT");
    assertEquals(ReturnCodes.USAGE, usage.rc());
    Run missing = cli("jcl", "check", temp.resolve("NONE.jcl").toString());
    assertEquals(ReturnCodes.SEVERE, missing.rc());
    assertThat(missing.err()).contains("cannot read");
  }

  @Test
  void theCardDemoStreamReproducesCarddemoRunByteForByte() throws IOException {
    Path jclOut = temp.resolve("jcl-out");
    Run jcl = jclRun(SAMPLE, jclOut, temp.resolve("var-jcl"));
    assertEquals(4, jcl.rc(), jcl.out() + jcl.err());
    assertThat(stepLine(jcl.out(), "LOAD")).startsWith("  LOAD     IDCAMS   CDIMPORT  RC=0000").contains("COMPLETED");
    assertThat(stepLine(jcl.out(), "POSTTRAN")).startsWith("  POSTTRAN CBTRN02C POSTTRAN  RC=0004")
        .contains("rejected 38", "posted 262");
    for (String step : List.of("INTCALC", "COMBTRAN", "CREASTMT", "TRANREPT")) {
      assertThat(stepLine(jcl.out(), step)).contains(" RC=0000 ").contains(" ms  COMPLETED");
    }
    assertThat(stepLine(jcl.out(), "UNLOAD")).contains("CDUNLOAD -         RC=0000", "DALYREJS.seq 38", "SYSTRAN.seq 50");
    assertThat(stepLine(jcl.out(), "LEDGCHK")).contains("RC=0000", "BALANCED", "differences 0");
    assertThat(jcl.out()).contains("JOB CARDDEMO (run 1) ENDED - HIGHEST RC 0004 - return code 4");

    assertSameOutputsAsCarddemoRun(SAMPLE, "ascii", jclOut);
  }

  @Test
  void withEncodingEbcdicTheStreamReproducesCarddemoRunOnTheDataSets() throws IOException {
    Path ebcdic = Path.of("src/test/resources/carddemo/ebcdic");
    Path jclOut = temp.resolve("jcl-out");
    Run jcl = cli("jcl", "run", STREAM, "--set", "INPUT=" + ebcdic, "--set", "OUTPUT=" + jclOut, "--set", "ENCODING=ebcdic",
        "--var-dir", temp.resolve("var-jcl").toString());
    assertEquals(4, jcl.rc(), jcl.out() + jcl.err());
    assertThat(jcl.out()).contains("(ebcdic)");
    assertSameOutputsAsCarddemoRun(ebcdic, "ebcdic", jclOut);
  }

  void assertSameOutputsAsCarddemoRun(Path input, String encoding, Path jclOut) throws IOException {
    Path cdOut = temp.resolve("carddemo-out");
    Run carddemo = cli("carddemo", "run", "--input", input.toString(), "--encoding", encoding, "--output", cdOut.toString(),
        "--run-timestamp", "2022-07-18-10.30.00.000000", "--parm", "2022071800", "--report-from", "2022-01-01",
        "--report-to", "2022-12-31", "--var-dir", temp.resolve("var-carddemo").toString());
    assertEquals(4, carddemo.rc(), carddemo.out() + carddemo.err());
    try (Stream<Path> files = Files.list(jclOut)) {
      assertEquals(CardDemoOutput.values().length, files.count(), "the nine outputs and nothing else");
    }
    for (CardDemoOutput output : CardDemoOutput.values()) {
      assertArrayEquals(Files.readAllBytes(cdOut.resolve(output.fileName())), Files.readAllBytes(jclOut.resolve(output.fileName())),
          output.fileName());
    }
  }

  @Test
  void aRerunOfTheStreamSkipsTheJobsThatCompletedAndSaysSo() throws IOException {
    Path out = temp.resolve("out");
    Path varDir = temp.resolve("var");
    Run first = jclRun(SAMPLE, out, varDir);
    assertEquals(4, first.rc(), first.out() + first.err());
    assertThat(first.out()).doesNotContain("COMPLETED (before)");
    byte[] report = Files.readAllBytes(out.resolve("TRANREPT.seq"));
    byte[] accounts = Files.readAllBytes(out.resolve("ACCT.after-intcalc.seq"));

    Run second = jclRun(SAMPLE, out, varDir);
    assertEquals(4, second.rc(), second.out() + second.err());
    for (String step : List.of("LOAD", "POSTTRAN", "INTCALC", "COMBTRAN", "CREASTMT", "TRANREPT")) {
      assertThat(stepLine(second.out(), step)).as(step)
          .contains("COMPLETED (before): skipped, an earlier run of the stream completed it");
    }
    assertThat(stepLine(second.out(), "POSTTRAN")).contains("RC=0004", "posted 262");
    assertThat(second.out()).contains("JOB CARDDEMO (run 1) ENDED - HIGHEST RC 0004");
    assertThat(stepLine(second.out(), "LEDGCHK")).contains("BALANCED");
    assertArrayEquals(report, Files.readAllBytes(out.resolve("TRANREPT.seq")));
    assertArrayEquals(accounts, Files.readAllBytes(out.resolve("ACCT.after-intcalc.seq")));
  }

  @Test
  void aMissingInputFailsTheLoadAndCondBypassesEveryStepAfterIt() throws IOException {
    Path input = copyOfSample("in");
    Files.delete(input.resolve("dailytran.txt"));
    Path out = temp.resolve("out");
    Run run = jclRun(input, out, temp.resolve("var"));
    assertEquals(ReturnCodes.ERROR, run.rc(), run.out() + run.err());
    assertThat(stepLine(run.out(), "LOAD")).startsWith("  LOAD     IDCAMS   CDIMPORT  RC=0008").contains("NOT STARTED");
    assertThat(reasonLine(run.out(), "LOAD")).startsWith("input file dailytran.txt (daily transactions, ascii) is missing in");
    for (String step : NIGHTLY_STEPS) {
      assertThat(stepLine(run.out(), step)).as(step).contains(" BYPASSED");
      assertEquals("COND test (4,LT) is true: 4 LT 8, the return code of LOAD", reasonLine(run.out(), step), step);
    }
    assertThat(stepLine(run.out(), "LEDGCHK")).contains("RC=0000", "BALANCED");
    assertThat(run.out()).contains("JOB CARDDEMO ENDED - HIGHEST RC 0008 - return code 8");
    assertThat(out).doesNotExist();
  }

  @Test
  void aFailingPosttranBypassesTheStepsAfterItButNotTheLoadBeforeIt() throws IOException {
    Path input = copyOfSample("in");
    Path daily = input.resolve("dailytran.txt");
    String first = Files.readAllLines(daily, StandardCharsets.ISO_8859_1).get(0);
    Files.writeString(daily, first + "\n", StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
    Run run = jclRun(input, temp.resolve("out"), temp.resolve("var"));
    assertEquals(ReturnCodes.ERROR, run.rc(), run.out() + run.err());
    assertThat(stepLine(run.out(), "LOAD")).contains("RC=0000");
    assertThat(stepLine(run.out(), "POSTTRAN")).contains("RC=0008", "FAILED");
    assertThat(reasonLine(run.out(), "POSTTRAN")).contains("0000000000683580");
    for (String step : NIGHTLY_STEPS.subList(1, NIGHTLY_STEPS.size())) {
      assertEquals("COND test (4,LT) is true: 4 LT 8, the return code of POSTTRAN", reasonLine(run.out(), step), step);
    }
  }

  @Test
  void anAbnormalEndFlushesTheStepsAfterItExceptCondEven() throws IOException {
    Path blocker = Files.writeString(temp.resolve("not-a-directory"), "x");
    Path stream = Files.writeString(temp.resolve("ABEND.jcl"), String.join("\n",
        "//ABEND    JOB 'OUTPUT UNDER A FILE'",
        "//LOAD     EXEC PGM=IDCAMS",
        "//ACCTDATA DD PATH='&INPUT'",
        "//CARDDATA DD PATH='&INPUT'",
        "//CUSTDATA DD PATH='&INPUT'",
        "//CARDXREF DD PATH='&INPUT'",
        "//TCATBALF DD PATH='&INPUT'",
        "//DISCGRP  DD PATH='&INPUT'",
        "//TRANTYPE DD PATH='&INPUT'",
        "//TRANCATG DD PATH='&INPUT'",
        "//POSTTRAN EXEC PGM=CBTRN02C,COND=(4,LT)",
        "//DALYTRAN DD PATH='&INPUT'",
        "//INTCALC  EXEC PGM=CBACT04C,PARM='2022071800',COND=(4,LT)",
        "//UNLOAD   EXEC PGM=CDUNLOAD",
        "//DALYREJS DD PATH='&OUTPUT'",
        "//TRANSACT DD PATH='&OUTPUT'",
        "//TCATBALF DD PATH='&OUTPUT'",
        "//ACCTPOST DD PATH='&OUTPUT'",
        "//SYSTRAN  DD PATH='&OUTPUT'",
        "//ACCTINT  DD PATH='&OUTPUT'",
        "//COMBTRAN EXEC PGM=SORT",
        "//LEDGCHK  EXEC PGM=LEDGCHK,COND=EVEN",
        ""));
    Run run = cli("jcl", "run", stream.toString(), "--set", "INPUT=" + SAMPLE, "--set", "OUTPUT=" + blocker.resolve("out"),
        "--var-dir", temp.resolve("var").toString());
    assertEquals(ReturnCodes.SEVERE, run.rc(), run.out() + run.err());
    assertThat(stepLine(run.out(), "INTCALC")).contains("RC=0000");
    assertThat(stepLine(run.out(), "UNLOAD")).contains(" ABEND ");
    assertThat(reasonLine(run.out(), "UNLOAD")).startsWith("UncheckedIOException: cannot write DALYREJS.seq in");
    assertThat(stepLine(run.out(), "COMBTRAN")).contains(" FLUSHED");
    assertEquals("step UNLOAD ended abnormally (only COND=EVEN or COND=ONLY runs a step after that)",
        reasonLine(run.out(), "COMBTRAN"));
    assertThat(stepLine(run.out(), "LEDGCHK")).contains("RC=0000", "BALANCED");
    assertThat(run.out()).contains("JOB ABEND (run 1) ENDED ABNORMALLY IN STEP UNLOAD - return code 12");
  }
}
