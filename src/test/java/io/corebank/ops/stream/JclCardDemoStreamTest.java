package io.corebank.ops.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.corebank.carddemo.CardDemoEncoding;
import io.corebank.carddemo.CardDemoRunRequest;
import io.corebank.ops.jcl.JclException;
import io.corebank.ops.jcl.JclParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CardDemo reading of a stream: programs to jobs, DDs to files, PARMs to the run request; no database. */
class JclCardDemoStreamTest {
  static final Path SAMPLE = Path.of("src/test/resources/carddemo/ascii");
  @TempDir Path temp;

  static CardDemoStream plan(String text, Map<String, String> sets) {
    return CardDemoStream.plan(JclParser.parse(text, sets));
  }

  static CardDemoStream plan(String... lines) {
    return plan(String.join("\n", lines) + "\n", Map.of());
  }

  static CardDemoStream carddemo(Map<String, String> sets) throws Exception {
    return plan(Files.readString(Path.of("jcl-equivalents/CARDDEMO.jcl")), sets);
  }

  static JclException error(Runnable plan, String rule, int line, int column, String detail) {
    JclException[] caught = new JclException[1];
    assertThatThrownBy(() -> {
      try {
        plan.run();
      } catch (JclException e) {
        caught[0] = e;
        throw e;
      }
    }).isInstanceOf(JclException.class);
    JclException e = caught[0];
    assertThat(e.detail()).contains(detail);
    assertEquals(rule, e.rule(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    return e;
  }

  /** A load step naming every input in {@code dir}. */
  static List<String> load(String dir, String parm) {
    String exec = "//LOAD EXEC PGM=IDCAMS" + (parm == null ? "" : ",PARM='" + parm + "'");
    return List.of(exec, "//ACCTDATA DD PATH='" + dir + "'", "//CARDDATA DD PATH='" + dir + "'", "//CUSTDATA DD PATH='" + dir + "'",
        "//CARDXREF DD PATH='" + dir + "'", "//TCATBALF DD PATH='" + dir + "'", "//DISCGRP DD PATH='" + dir + "'",
        "//TRANTYPE DD PATH='" + dir + "'", "//TRANCATG DD PATH='" + dir + "'");
  }

  static String[] stream(List<String> head, String... rest) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("//J JOB");
    lines.addAll(head);
    lines.addAll(List.of(rest));
    return lines.toArray(String[]::new);
  }

  @Test
  void theCardDemoStreamIsTheNightlyWithTheDefaultsOfCarddemoRun() throws Exception {
    Path out = temp.resolve("out");
    CardDemoStream stream = carddemo(Map.of("INPUT", SAMPLE.toString(), "OUTPUT", out.toString()));
    CardDemoRunRequest request = stream.request();
    assertEquals(new CardDemoRunRequest(SAMPLE.toAbsolutePath().normalize(), CardDemoEncoding.ASCII,
        "2022-07-18-10.30.00.000000", "2022071800", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), request);
    assertEquals(List.of("CDIMPORT", "POSTTRAN", "INTCALC", "COMBTRAN", "CREASTMT", "TRANREPT", "-", "-"),
        stream.steps().stream().map(s -> s.program().job() == null ? "-" : s.program().job()).toList());
    CardDemoStream.Step load = stream.steps().get(0);
    assertEquals(List.of("ACCTDATA", "CARDDATA", "CUSTDATA", "CARDXREF", "TCATBALF", "DISCGRP", "TRANTYPE", "TRANCATG"),
        load.dataSets().stream().map(CardDemoStream.DataSet::ddName).toList());
    assertEquals(SAMPLE.resolve("acctdata.txt"), load.dataSets().get(0).path());
    assertThat(load.dataSets()).allMatch(d -> d.input() && Files.isRegularFile(d.path()));
    assertEquals(List.of("SYSPRINT"), load.unused().stream().map(d -> d.name()).toList());
    assertNull(load.outputDir());
    CardDemoStream.Step posttran = stream.steps().get(1);
    assertEquals(SAMPLE.resolve("dailytran.txt"), posttran.dataSets().get(0).path());
    Path outDir = out.toAbsolutePath().normalize();
    assertEquals(outDir, stream.steps().get(4).outputDir());
    assertEquals(List.of("STATEMNT.PS", "STATEMNT.HTML"), stream.steps().get(4).dataSets().stream()
        .map(CardDemoStream.DataSet::fileName).toList());
    assertEquals(outDir, stream.steps().get(5).outputDir());
    CardDemoStream.Step unload = stream.steps().get(6);
    assertEquals(outDir, unload.outputDir());
    assertEquals(List.of("DALYREJS.seq", "TRANSACT.after-post.seq", "TCAT.after-post.seq", "ACCT.after-post.seq",
        "SYSTRAN.seq", "ACCT.after-intcalc.seq"), unload.dataSets().stream().map(CardDemoStream.DataSet::fileName).toList());
  }

  @Test
  void symbolsChangeTheEncodingAndTheParameters() throws Exception {
    CardDemoStream stream = carddemo(Map.of("INPUT", "/in", "OUTPUT", "/out", "ENCODING", "ebcdic",
        "RUNTS", "2023-01-31-23.59.59.123456", "INTPARM", "2023013100", "RPTFROM", "2023-01-01", "RPTTO", "2023-01-31"));
    assertEquals(new CardDemoRunRequest(Path.of("/in"), CardDemoEncoding.EBCDIC, "2023-01-31-23.59.59.123456", "2023013100",
        LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31)), stream.request());
    assertEquals(Path.of("/in/AWS.M2.CARDDEMO.ACCTDATA.PS"), stream.steps().get(0).dataSets().get(0).path());
    assertEquals(Path.of("/in/AWS.M2.CARDDEMO.DALYTRAN.PS"), stream.steps().get(1).dataSets().get(0).path());
  }

  @Test
  void aPathMayNameTheFileUnderItsStandardName() {
    CardDemoStream stream = plan(stream(load(SAMPLE.toString(), null),
        "//POST EXEC PGM=CBTRN02C", "//DALYTRAN DD PATH='" + SAMPLE.resolve("dailytran.txt") + "'",
        "//REPT EXEC PGM=CBTRN03C", "//TRANREPT DD PATH='" + temp.resolve("TRANREPT.seq") + "'"));
    assertEquals(SAMPLE.resolve("dailytran.txt"), stream.steps().get(1).dataSets().get(0).path());
    assertEquals(temp.toAbsolutePath().normalize(), stream.steps().get(2).outputDir());
  }

  @Test
  void theReportRangeMayComeFromAnInStreamDateparmRecordAsTheOriginalReadsIt() {
    CardDemoStream stream = plan(stream(load("/in", null), "//REPT EXEC PGM=CBTRN03C", "//TRANREPT DD PATH='/out'",
        "//DATEPARM DD *", "2022-03-01 2022-03-31", "/*"));
    assertEquals(LocalDate.of(2022, 3, 1), stream.request().reportFrom());
    assertEquals(LocalDate.of(2022, 3, 31), stream.request().reportTo());
    assertThat(stream.steps().get(1).unused()).isEmpty();
    // or from a PARM of the same layout, any separator in column 11
    CardDemoStream parm = plan(stream(load("/in", null), "//REPT EXEC PGM=CBTRN03C,PARM='2022-03-01,2022-03-31'",
        "//TRANREPT DD PATH='/out'"));
    assertEquals(LocalDate.of(2022, 3, 31), parm.request().reportTo());
  }

  @Test
  void dateparmFromAFile() throws Exception {
    Path file = Files.writeString(temp.resolve("dateparm.txt"), "2022-05-01 2022-05-31\n");
    CardDemoStream stream = plan(stream(load("/in", null), "//REPT EXEC PGM=CBTRN03C", "//TRANREPT DD PATH='/out'",
        "//DATEPARM DD PATH='" + file + "'"));
    assertEquals(LocalDate.of(2022, 5, 1), stream.request().reportFrom());
  }

  @Test
  void unknownProgramsAndProgramsOutOfTheNightlysOrderAreErrors() {
    error(() -> plan(stream(load("/in", null), "//S EXEC PGM=IEFBR14")), "PROGRAM", 11, 14,
        "program IEFBR14 is not a program of the CardDemo stream");
    error(() -> plan(stream(load("/in", null), "//I EXEC PGM=CBACT04C", "//P EXEC PGM=CBTRN02C", "//DALYTRAN DD PATH='/in'")),
        "PROGRAM", 12, 14, "PGM=CBTRN02C (post the daily transactions) cannot run after step I (PGM=CBACT04C)");
    error(() -> plan(stream(List.of("//U EXEC PGM=CDUNLOAD"), load("/in", null).toArray(String[]::new))),
        "PROGRAM", 3, 17, "PGM=IDCAMS (load the master files) cannot run after step U (PGM=CDUNLOAD)");
  }

  @Test
  void ddMappingErrors() throws Exception {
    error(() -> plan("//J JOB", "//L EXEC PGM=IDCAMS", "//ACCTDATA DD PATH='/in'"), "DD-MAPPING", 2, 14,
        "step L (PGM=IDCAMS) needs DD CARDDATA: the file carddata.txt");
    List<String> twoDirs = new java.util.ArrayList<>(load("/in", null));
    twoDirs.set(3, "//CUSTDATA DD PATH='/elsewhere'");
    error(() -> plan(stream(twoDirs)), "DD-MAPPING", 5, 20,
        "DD CUSTDATA is in /elsewhere but DD ACCTDATA is in /in: the inputs of a run lie in one directory");
    error(() -> plan(stream(load("/in", null), "//P EXEC PGM=CBTRN02C", "//DALYTRAN DD PATH='/other'")), "DD-MAPPING", 12, 20,
        "DD DALYTRAN is in /other but DD ACCTDATA is in /in");
    error(() -> plan(stream(load("/in", null), "//P EXEC PGM=CBTRN02C", "//DALYTRAN DD DSN=AWS.M2.CARDDEMO.DALYTRAN.PS")),
        "DD-MAPPING", 12, 19, "DSN=AWS.M2.CARDDEMO.DALYTRAN.PS names a cataloged data set, and there is no catalog");
    error(() -> plan(stream(load("/in", null), "//P EXEC PGM=CBTRN02C", "//DALYTRAN DD SYSOUT=*")), "DD-MAPPING", 12, 0,
        "DD DALYTRAN is SYSOUT=*, but the program reads the file dailytran.txt");
    Path wrong = Files.writeString(temp.resolve("daily.txt"), "");
    error(() -> plan(stream(load(temp.toString(), null), "//P EXEC PGM=CBTRN02C", "//DALYTRAN DD PATH='" + wrong + "'")),
        "DD-MAPPING", 12, 20, "DD DALYTRAN names the file daily.txt, but the program reads dailytran.txt");
    error(() -> plan(stream(load("/in", null), "//C EXEC PGM=CBSTM03A", "//STMTFILE DD PATH='/a'", "//HTMLFILE DD PATH='/b'")),
        "DD-MAPPING", 13, 20, "the outputs of a step lie in one directory");
    error(() -> plan("//J JOB", "//I EXEC PGM=CBACT04C,PARM='2022071800'"), "DD-MAPPING", 1, 0,
        "job J names no input file");
  }

  @Test
  void parmErrors() {
    error(() -> plan(stream(load("/in", "utf8"))), "PARM-MAPPING", 2, 29, "unknown encoding 'utf8'");
    error(() -> plan(stream(load("/in", null), "//P EXEC PGM=CBTRN02C,PARM='2022-07-18'", "//DALYTRAN DD PATH='/in'")),
        "PARM-MAPPING", 11, 28, "run timestamp '2022-07-18' is not of the form YYYY-MM-DD-HH.MM.SS.NNNNNN");
    error(() -> plan(stream(load("/in", null), "//I EXEC PGM=CBACT04C,PARM='20220718'")), "PARM-MAPPING", 11, 28,
        "INTCALC parameter '20220718' must be 10 characters");
    error(() -> plan(stream(load("/in", null), "//R EXEC PGM=CBTRN03C,PARM='2022-01-01'", "//TRANREPT DD PATH='/o'")),
        "PARM-MAPPING", 11, 28, "report range '2022-01-01' is not start date, one character, end date");
    error(() -> plan(stream(load("/in", null), "//R EXEC PGM=CBTRN03C,PARM='2022-12-31 2022-01-01'", "//TRANREPT DD PATH='/o'")),
        "PARM-MAPPING", 11, 28, "report range 2022-12-31 to 2022-01-01 ends before it starts");
    error(() -> plan(stream(load("/in", null), "//R EXEC PGM=CBTRN03C,PARM='2022-01-01 2022-12-31'", "//TRANREPT DD PATH='/o'",
        "//DATEPARM DD *", "2022-01-01 2022-12-31")), "PARM-MAPPING", 11, 28, "given both by PARM and by DD DATEPARM (line 13)");
    error(() -> plan(stream(load("/in", null), "//R EXEC PGM=CBTRN03C", "//TRANREPT DD PATH='/o'", "//DATEPARM DD DUMMY")),
        "PARM-MAPPING", 13, 0, "DD DATEPARM must be in-stream data (DD *) or PATH='file'");
    error(() -> plan(stream(load("/in", null), "//I EXEC PGM=CBACT04C,PARM='2022071800'", "//J EXEC PGM=CBACT04C,PARM='2022071900'")),
        "PARM-MAPPING", 12, 28, "INTCALC's PARM is given twice: '2022071800' on line 11 and '2022071900' here (one stream is one run)");
    error(() -> plan(stream(load("/in", null), "//S EXEC PGM=SORT,PARM='X'")), "PARM-MAPPING", 11, 24, "PGM=SORT takes no PARM");
  }

  @Test
  void parametersNotGivenTakeTheDefaultsOfCarddemoRun() {
    CardDemoStream stream = plan(stream(load("/in", null)));
    assertEquals(new CardDemoRunRequest(Path.of("/in"), CardDemoEncoding.ASCII, "2022-07-18-10.30.00.000000", "2022071800",
        LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), stream.request());
  }
}
