package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.nacha.NachaValidator;
import io.corebank.nacha.ValidationOptions;
import io.corebank.nacha.ValidationReport;
import io.corebank.nacha.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ach validate} as an operator runs it: every file of the reference corpus gets the verdict and the
 * return code expectations.csv gives it, the two tolerance switches flip exactly the two files the corpus's
 * README names, the output's exact format, several files at once, unreadable and gzipped files, and proof in
 * a JVM of its own that no Spring class is loaded.
 */
class AchValidateCommandTest {
  private static final Path ACH = Path.of("src/test/resources/ach");
  private static final Path LARGE = ACH.resolve("test/testdata/large-files/PPD-200-batches-100000-entries.ach.gz");
  private static final String CUSTOM_RETURN_CODE = "test/testdata/return-PPD-custom-reason-code.ach";
  private static final String NON_ROUTING_DESTINATION = "test/issues/testdata/issue702.ach";

  @TempDir Path dir;

  record Run(int rc, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int rc = CorebankCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(rc, out.toString(), err.toString());
  }

  static Run validate(List<String> options, List<String> files) {
    List<String> args = new ArrayList<>(List.of("ach", "validate"));
    args.addAll(options);
    args.addAll(files);
    return run(args.toArray(String[]::new));
  }

  static List<CSVRecord> expectations() throws IOException {
    try (Reader reader = Files.newBufferedReader(ACH.resolve("expectations.csv"), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  static Stream<Arguments> corpus() throws IOException {
    return expectations().stream().map(row -> Arguments.of(row.get("file"), row.get("expected")));
  }

  static String path(String corpusFile) {
    return ACH.resolve(corpusFile).toString();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("corpus")
  void everyCorpusFileGetsItsExpectedVerdictAndReturnCode(String file, String expected) throws IOException {
    Run run = validate(List.of(), List.of(path(file)));
    ValidationReport report = NachaValidator.validate(ACH.resolve(file), ValidationOptions.defaults());
    assertThat(run.err()).isEmpty();
    if (expected.equals("accept")) {
      assertThat(run.rc()).as(run.out()).isEqualTo(ReturnCodes.OK);
      assertThat(run.lines()).containsExactly(path(file) + "  ACCEPT  " + String.format("%,d", report.entryCount())
          + (report.entryCount() == 1 ? " entry" : " entries"));
    } else {
      assertThat(run.rc()).as(run.out()).isEqualTo(ReturnCodes.ERROR);
      Violation first = report.firstViolation().orElseThrow();
      List<String> lines = run.lines();
      // the verdict line names the first rule broken with its line, then the full report lists every violation
      assertThat(lines.get(0)).startsWith(path(file) + "  REJECT  " + first.rule() + " at line " + first.lineNumber() + " ");
      assertThat(lines.get(1)).isEmpty();
      assertThat(lines.get(2)).startsWith("REJECT " + path(file) + ": " + report.violations().size() + " violation");
      assertThat(lines.get(3)).matches(" +line +pos +record +field +rule +value +detail");
      assertThat(lines).hasSize(4 + report.violations().size());
      for (int i = 0; i < report.violations().size(); i++) {
        Violation v = report.violations().get(i);
        assertThat(lines.get(4 + i)).matches(" +" + v.lineNumber() + " +" + v.position() + " +.*")
            .contains("  " + v.record() + "  ", "  " + v.field() + "  ", "  " + v.rule() + "  ")
            .endsWith("  " + v.detail());
      }
    }
  }

  @Test
  void theToleranceSwitchesFlipExactlyTheTwoFilesTheCorpusNames() throws IOException {
    List<String> files = expectations().stream().map(row -> path(row.get("file"))).toList();
    Map<String, String> strict = verdicts(validate(List.of(), files));
    Map<String, String> expected = new LinkedHashMap<>();
    expectations().forEach(row -> expected.put(path(row.get("file")), row.get("expected").equals("accept") ? "ACCEPT" : "REJECT"));
    assertThat(strict).isEqualTo(expected);

    assertThat(flipped(strict, validate(List.of("--allow-custom-return-codes"), files))).containsExactly(path(CUSTOM_RETURN_CODE));
    assertThat(flipped(strict, validate(List.of("--bypass-destination-validation"), files)))
        .containsExactly(path(NON_ROUTING_DESTINATION));
    Run both = validate(List.of("--allow-custom-return-codes", "--bypass-destination-validation"), files);
    assertThat(flipped(strict, both)).containsExactlyInAnyOrder(path(CUSTOM_RETURN_CODE), path(NON_ROUTING_DESTINATION));
    assertThat(both.rc()).isEqualTo(ReturnCodes.ERROR);

    Run custom = validate(List.of("--allow-custom-return-codes"), List.of(path(CUSTOM_RETURN_CODE)));
    assertThat(custom.rc()).isEqualTo(ReturnCodes.OK);
    assertThat(custom.out()).isEqualTo(path(CUSTOM_RETURN_CODE) + "  ACCEPT  1 entry\n");
    Run bypass = validate(List.of("--bypass-destination-validation"), List.of(path(NON_ROUTING_DESTINATION)));
    assertThat(bypass.rc()).isEqualTo(ReturnCodes.OK);
    assertThat(bypass.out()).isEqualTo(path(NON_ROUTING_DESTINATION) + "  ACCEPT  3 entries\n");
  }

  /** path -> ACCEPT or REJECT, from the verdict lines (the lines before the first empty one). */
  private static Map<String, String> verdicts(Run run) {
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (String line : run.lines()) {
      if (line.isEmpty()) {
        break;
      }
      String[] parts = line.split(" {2,}");
      verdicts.put(parts[0], parts[1]);
    }
    return verdicts;
  }

  private static List<String> flipped(Map<String, String> strict, Run run) {
    Map<String, String> tolerant = verdicts(run);
    assertThat(tolerant.keySet()).containsExactlyElementsOf(strict.keySet());
    return strict.keySet().stream().filter(f -> !strict.get(f).equals(tolerant.get(f))).toList();
  }

  @Test
  void anAcceptedFileIsOneLine() {
    Run run = run("ach", "validate", path("test/testdata/web-debit.ach"));
    assertThat(run.rc()).isZero();
    assertThat(run.out()).isEqualTo("src/test/resources/ach/test/testdata/web-debit.ach  ACCEPT  6 entries\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aRejectedFileIsItsVerdictLineThenEveryViolation() {
    Run run = run("ach", "validate", path("test/testdata/cor-example.ach"));
    assertThat(run.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(run.out()).isEqualTo("""
        src/test/resources/ach/test/testdata/cor-example.ach  REJECT  DATE at line 2 (batch header 5) field EffectiveEntryDate: '000000' is not a YYMMDD date (2 violations)

        REJECT src/test/resources/ach/test/testdata/cor-example.ach: 2 violations, 1 entry read
          line  pos  record          field               rule           value              detail
             2   70  batch header 5  EffectiveEntryDate  DATE           '000000'           '000000' is not a YYMMDD date
             4   80  addenda 98      TraceNumber         ADDENDA_TRACE  '091012980000088'  trace number 091012980000088 differs from its entry's trace number 121042880000001
        """);
  }

  @Test
  void badValuesShowCharactersOutsidePrintableAsciiAsHex() {
    Run run = run("ach", "validate", path("test/testdata/pos-invalidEntryDetail.ach"));
    assertThat(run.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(run.lines().get(4)).isEqualTo("     3   55  entry detail 6  IndividualName  PRINTABLE_ASCII"
        + "  'Receive\\x1A Account Name '  character 0x1A at position 62 is not printable ASCII");
  }

  @Test
  void severalFilesGetOneAlignedLineEachThenTheReportsOfTheRejectedOnes() {
    String ppd = path("test/testdata/ppd-debit.ach");
    String checkDigit = path("test/testdata/ppd-debit-invalid-entryDetail-checkDigit.ach");
    String web = path("test/testdata/web-debit.ach");
    String formatCode = path("test/issues/testdata/issue1600/1qFormatCodeIncorrect.txt");
    Run run = run("ach", "validate", ppd, checkDigit, web, formatCode);
    assertThat(run.rc()).isEqualTo(ReturnCodes.ERROR);
    List<String> lines = run.lines();
    int width = checkDigit.length();
    assertThat(lines.subList(0, 5)).containsExactly(
        String.format("%-" + width + "s  ACCEPT  1 entry", ppd),
        checkDigit + "  REJECT  ROUTING_NUMBER at line 3 (entry detail 6) field RDFIIdentification: check digit 5 does not"
            + " match computed 4 (1 violation)",
        String.format("%-" + width + "s  ACCEPT  6 entries", web),
        String.format("%-" + width + "s  REJECT  FIXED_VALUE at line 1 (file header 1) field FormatCode: '9' must be '1'"
            + " (1 violation)", formatCode),
        "");
    assertThat(lines.stream().filter(l -> l.startsWith("REJECT "))).containsExactly(
        "REJECT " + checkDigit + ": 1 violation, 1 entry read", "REJECT " + formatCode + ": 1 violation, 4 entries read");
    assertThat(lines).hasSize(5 + 3 + 1 + 3);
  }

  @Test
  void aMissingFileIsReportedOnItsLineAndCannotRunWinsOverRejected() {
    Run alone = run("ach", "validate", "no/such.ach");
    assertThat(alone.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(alone.out()).isEqualTo("no/such.ach  UNREADABLE  no such file\n");
    assertThat(alone.err()).isEqualTo("corebank: cannot read no/such.ach: no such file\n");

    String ppd = path("test/testdata/ppd-debit.ach");
    Run withAccepted = run("ach", "validate", ppd, "no/such.ach");
    assertThat(withAccepted.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(withAccepted.lines()).containsExactly(ppd + "  ACCEPT  1 entry",
        String.format("%-" + ppd.length() + "s  UNREADABLE  no such file", "no/such.ach"));

    // the highest code wins: a file that could not be read (12) outranks a rejected one (8), whose report still follows
    String rejected = path("test/testdata/20110805A.ach");
    Run withRejected = run("ach", "validate", "no/such.ach", rejected);
    assertThat(withRejected.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(withRejected.lines().get(1)).startsWith(rejected + "  REJECT  CONTROL_TOTAL at line 93");
    assertThat(withRejected.out()).contains("REJECT " + rejected + ": 1 violation, 48 entries read");

    Run directory = run("ach", "validate", ACH.toString());
    assertThat(directory.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(directory.out()).isEqualTo(ACH + "  UNREADABLE  is a directory\n");
  }

  @Test
  void gzippedFilesAreReadDecompressed() throws IOException {
    Path accepted = gzip("test/testdata/web-debit.ach");
    Path rejected = gzip("test/testdata/cor-example.ach");
    Run run = run("ach", "validate", accepted.toString(), rejected.toString());
    assertThat(run.rc()).isEqualTo(ReturnCodes.ERROR);
    int width = rejected.toString().length();
    assertThat(run.lines().subList(0, 2)).containsExactly(
        String.format("%-" + width + "s  ACCEPT  6 entries", accepted),
        rejected + "  REJECT  DATE at line 2 (batch header 5) field EffectiveEntryDate: '000000' is not a YYMMDD date (2 violations)");

    Run large = run("ach", "validate", LARGE.toString());
    assertThat(large.rc()).as(large.out()).isZero();
    assertThat(large.out()).isEqualTo(LARGE + "  ACCEPT  100,199 entries\n");

    // a file named .gz that is not gzip cannot be read; it is not judged as a NACHA file
    Path notGzip = dir.resolve("plain.ach.gz");
    Files.copy(ACH.resolve("test/testdata/web-debit.ach"), notGzip);
    Run bad = run("ach", "validate", notGzip.toString());
    assertThat(bad.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(bad.out()).isEqualTo(notGzip + "  UNREADABLE  Not in GZIP format\n");
  }

  private Path gzip(String corpusFile) throws IOException {
    Path gz = dir.resolve(Path.of(corpusFile).getFileName() + ".gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(ACH.resolve(corpusFile)));
    }
    return gz;
  }

  @Test
  void malformedCommandLinesAreUsageErrors() {
    Run noFile = run("ach", "validate");
    assertThat(noFile.rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(noFile.err()).contains("Missing required parameter: 'FILE'", "Try './corebank ach validate --help'.");
    assertThat(run("ach").rc()).isEqualTo(ReturnCodes.USAGE);
    Run unknown = run("ach", "validate", "--allow-everything", path("test/testdata/web-debit.ach"));
    assertThat(unknown.rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(unknown.err()).contains("Unknown option: '--allow-everything'");
  }

  @Test
  void helpNamesTheSwitchesAndTheReturnCodes() {
    Run help = run("ach", "validate", "--help");
    assertThat(help.rc()).isZero();
    assertThat(help.out()).contains("--allow-custom-return-codes", "--bypass-destination-validation", "Exit 0 when every file",
        "12 when any could");
  }

  /**
   * The command in a JVM of its own, with class loading logged: no Spring class is ever loaded, so no context
   * can have started. (The test JVM cannot tell: other tests start Spring in it.)
   */
  @Test
  void validateStartsNoSpringContext() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("classes.log");
    Process process = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
        CorebankCli.class.getName(), "ach", "validate", LARGE.toString(), path("test/testdata/cor-example.ach"))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String loaded = Files.readString(log);
    List<String> printed = loaded.lines().filter(l -> !l.contains("class,load")).toList();
    assertThat(process.exitValue()).as(printed.toString()).isEqualTo(ReturnCodes.ERROR);
    assertThat(printed).contains(String.format("%-" + path("test/testdata/cor-example.ach").length() + "s  ACCEPT  100,199 entries",
        LARGE));
    assertThat(loaded).contains("io.corebank.nacha.AchFileValidator", "io.corebank.cli.AchCommand")
        .doesNotContain("org.springframework.", "io.corebank.cli.AppSession", "io.corebank.platform.");
  }
}
