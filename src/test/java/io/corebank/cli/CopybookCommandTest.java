package io.corebank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code copybook layout|decode|encode} as an operator runs them: every CardDemo reference data set
 * decoded to CSV and to JSON and encoded back byte for byte, exact values of display, COMP and COMP-3
 * fields, the unhappy paths with their return codes, and proof that no Spring context is started.
 */
class CopybookCommandTest {
  private static final Path DATA = Path.of("src/test/resources/carddemo");

  @TempDir Path dir;

  record Run(int rc, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int rc = CorebankCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(rc, out.toString(), err.toString());
  }

  static Stream<Arguments> ebcdicDataSets() {
    return Stream.of(
        Arguments.of("CVACT01Y.cpy", "AWS.M2.CARDDEMO.ACCTDATA.PS", 50),
        Arguments.of("CVACT01Y.cpy", "AWS.M2.CARDDEMO.ACCDATA.PS", 50),
        Arguments.of("CVACT02Y.cpy", "AWS.M2.CARDDEMO.CARDDATA.PS", 50),
        Arguments.of("CVCUS01Y.cpy", "AWS.M2.CARDDEMO.CUSTDATA.PS", 50),
        Arguments.of("CVACT03Y.cpy", "AWS.M2.CARDDEMO.CARDXREF.PS", 50),
        Arguments.of("CVTRA06Y.cpy", "AWS.M2.CARDDEMO.DALYTRAN.PS", 300),
        Arguments.of("CVTRA02Y.cpy", "AWS.M2.CARDDEMO.DISCGRP.PS", 51),
        Arguments.of("CVTRA01Y.cpy", "AWS.M2.CARDDEMO.TCATBALF.PS", 50),
        Arguments.of("CVTRA04Y.cpy", "AWS.M2.CARDDEMO.TRANCATG.PS", 18),
        Arguments.of("CVTRA03Y.cpy", "AWS.M2.CARDDEMO.TRANTYPE.PS", 7),
        Arguments.of("CVEXPORT.cpy", "AWS.M2.CARDDEMO.EXPORT.DATA.PS", 500),
        Arguments.of("CSUSR01Y.cpy", "AWS.M2.CARDDEMO.USRSEC.PS", 10))
        .flatMap(a -> Stream.of("csv", "json").map(format -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], format)));
  }

  @ParameterizedTest(name = "{1} to {3} and back")
  @MethodSource("ebcdicDataSets")
  void everyEbcdicDataSetDecodesAndEncodesBackByteForByte(String copybook, String dataSet, int records, String format)
      throws IOException {
    Path original = DATA.resolve("ebcdic").resolve(dataSet);
    Path text = dir.resolve("records." + format);
    Path back = dir.resolve("back.dat");

    Run decode = run("copybook", "decode", "--copybook", "copybooks/" + copybook, "--format", format,
        "--output", text.toString(), original.toString());
    assertThat(decode.rc()).as(decode.err()).isZero();
    assertThat(decode.err()).contains(records + " records decoded");
    assertThat(rows(text, format)).isEqualTo(records);

    Run encode = run("copybook", "encode", "--copybook", "copybooks/" + copybook, "--format", format,
        "--output", back.toString(), text.toString());
    assertThat(encode.rc()).as(encode.err()).isZero();
    assertThat(encode.err()).contains(records + " records encoded");
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(original));
  }

  static Stream<Arguments> asciiFiles() {
    return Stream.of(
        Arguments.of("CVACT01Y.cpy", "acctdata.txt", 50),
        Arguments.of("CVACT02Y.cpy", "carddata.txt", 50),
        Arguments.of("CVCUS01Y.cpy", "custdata.txt", 50),
        // lines shortened to 36 of 50 bytes
        Arguments.of("CVACT03Y.cpy", "cardxref.txt", 50),
        Arguments.of("CVTRA06Y.cpy", "dailytran.txt", 300),
        Arguments.of("CVTRA02Y.cpy", "discgrp.txt", 51),
        // CR LF lines, the last one LF
        Arguments.of("CVTRA01Y.cpy", "tcatbal.txt", 50),
        Arguments.of("CVTRA04Y.cpy", "trancatg.txt", 18),
        Arguments.of("CVTRA03Y.cpy", "trantype.txt", 7))
        .flatMap(a -> Stream.of("csv", "json").map(format -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], format)));
  }

  @ParameterizedTest(name = "{1} to {3} and back")
  @MethodSource("asciiFiles")
  void everyAsciiFileDecodesAndEncodesBackByteForByteWithItsLineFraming(String copybook, String file, int records,
      String format) throws IOException {
    Path original = DATA.resolve("ascii").resolve(file);
    Path text = dir.resolve("records." + format);
    Path back = dir.resolve("back.txt");

    Run decode = run("copybook", "decode", "--copybook", "copybooks/" + copybook, "--encoding", "ascii", "--format", format,
        "--keep-framing", "--output", text.toString(), original.toString());
    assertThat(decode.rc()).as(decode.err()).isZero();
    assertThat(rows(text, format)).isEqualTo(records);

    Run encode = run("copybook", "encode", "--copybook", "copybooks/" + copybook, "--encoding", "ascii", "--format", format,
        "--output", back.toString(), text.toString());
    assertThat(encode.rc()).as(encode.err()).isZero();
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(original));
  }

  @Test
  void withoutKeptFramingLinesAreWrittenWholeWithLf() throws IOException {
    Path csv = dir.resolve("xref.csv");
    Path back = dir.resolve("xref.txt");
    assertThat(run("copybook", "decode", "--copybook", "copybooks/CVACT03Y.cpy", "--encoding", "ascii",
        "--output", csv.toString(), DATA.resolve("ascii/cardxref.txt").toString()).rc()).isZero();
    assertThat(Files.readString(csv).lines().findFirst().orElseThrow()).doesNotContain("@length");
    assertThat(run("copybook", "encode", "--copybook", "copybooks/CVACT03Y.cpy", "--encoding", "ascii",
        "--output", back.toString(), csv.toString()).rc()).isZero();
    List<String> lines = Files.readAllLines(back, StandardCharsets.ISO_8859_1);
    List<String> original = Files.readAllLines(DATA.resolve("ascii/cardxref.txt"), StandardCharsets.ISO_8859_1);
    assertThat(lines).hasSize(50).allMatch(l -> l.length() == 50);
    assertThat(lines.get(0)).isEqualTo(original.get(0) + " ".repeat(14));
  }

  @Test
  void csvCarriesExactValuesOfDisplayFields() throws IOException {
    Run accounts = run("copybook", "decode", "--copybook", "copybooks/CVACT01Y.cpy", "--encoding", "ascii",
        DATA.resolve("ascii/acctdata.txt").toString());
    assertThat(accounts.rc()).as(accounts.err()).isZero();
    List<CSVRecord> rows = csv(accounts.out());
    assertThat(rows).hasSize(50);
    assertThat(rows.get(0).get("ACCOUNT-RECORD.ACCT-ID")).isEqualTo("1");
    assertThat(rows.get(0).get("ACCOUNT-RECORD.ACCT-CURR-BAL")).isEqualTo("194.00");
    assertThat(rows.get(0).get("ACCOUNT-RECORD.ACCT-CREDIT-LIMIT")).isEqualTo("2020.00");
    assertThat(rows.get(0).get("ACCOUNT-RECORD.ACCT-OPEN-DATE")).isEqualTo("2014-11-20");
    assertThat(rows.get(0).get("ACCOUNT-RECORD.FILLER#1")).isEqualTo(" ".repeat(178));

    Run users = run("copybook", "decode", "--copybook", "copybooks/CSUSR01Y.cpy",
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.USRSEC.PS").toString());
    CSVRecord admin = csv(users.out()).get(0);
    assertThat(admin.get("SEC-USER-DATA.SEC-USR-ID")).isEqualTo("ADMIN001");
    assertThat(admin.get("SEC-USER-DATA.SEC-USR-FNAME")).isEqualTo("MARGARET            ");
    assertThat(admin.get("SEC-USER-DATA.SEC-USR-TYPE")).isEqualTo("A");

    Run balances = run("copybook", "decode", "--copybook", "copybooks/CVTRA01Y.cpy",
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.TCATBALF.PS").toString());
    CSVRecord third = csv(balances.out()).get(2);
    assertThat(third.get("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-ACCT-ID")).isEqualTo("3");
    assertThat(third.get("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-TYPE-CD")).isEqualTo("01");
    assertThat(third.get("TRAN-CAT-BAL-RECORD.TRAN-CAT-BAL")).isEqualTo("0.00");
  }

  @Test
  void exportFileDecodesByItsOwnRecordTypeDirectivesWithBinaryAndPackedValues() {
    Run export = run("copybook", "decode", "--copybook", "copybooks/CVEXPORT.cpy", "--format", "json",
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.EXPORT.DATA.PS").toString());
    assertThat(export.rc()).as(export.err()).isZero();
    List<String> lines = export.out().lines().toList();
    assertThat(lines).hasSize(500);
    // customer: COMP sequence number, COMP customer id, COMP-3 FICO score; only the customer view's fields
    assertThat(lines.get(0)).startsWith("{\"EXPORT-RECORD.EXPORT-REC-TYPE\":\"C\",")
        .contains("\"EXPORT-RECORD.EXPORT-SEQUENCE-NUM\":1,", "\"EXPORT-RECORD.EXPORT-CUSTOMER-DATA.EXP-CUST-ID\":1,",
            "\"EXPORT-RECORD.EXPORT-CUSTOMER-DATA.EXP-CUST-FIRST-NAME\":\"IMMANUEL                 \"",
            "\"EXPORT-RECORD.EXPORT-CUSTOMER-DATA.EXP-CUST-FICO-CREDIT-SCORE\":300,")
        .doesNotContain("EXPORT-ACCOUNT-DATA", "EXPORT-RECORD-DATA\"");
    // account: COMP-3 balance with its two decimals, zoned credit limit
    assertThat(lines.get(51)).contains("\"EXPORT-RECORD.EXPORT-SEQUENCE-NUM\":52,",
        "\"EXPORT-RECORD.EXPORT-ACCOUNT-DATA.EXP-ACCT-ID\":2,",
        "\"EXPORT-RECORD.EXPORT-ACCOUNT-DATA.EXP-ACCT-CURR-BAL\":158.00,");
    // transaction: COMP-3 amount, COMP merchant id
    assertThat(lines.get(150)).contains("\"EXPORT-RECORD.EXPORT-REC-TYPE\":\"T\"",
        "\"EXPORT-RECORD.EXPORT-TRANSACTION-DATA.EXP-TRAN-AMT\":504.77,",
        "\"EXPORT-RECORD.EXPORT-TRANSACTION-DATA.EXP-TRAN-MERCHANT-ID\":800000000,");
    // card: COMP account id and CVV
    assertThat(lines.get(450)).contains("\"EXPORT-RECORD.EXPORT-CARD-DATA.EXP-CARD-ACCT-ID\":50,",
        "\"EXPORT-RECORD.EXPORT-CARD-DATA.EXP-CARD-CVV-CD\":747,");

    Run explicit = run("copybook", "decode", "--copybook", "copybooks/CVEXPORT.cpy", "--format", "json",
        "--select", "EXPORT-REC-TYPE", "--when", "C=EXPORT-CUSTOMER-DATA", "--when", "A=EXPORT-ACCOUNT-DATA",
        "--when", "X=EXPORT-CARD-XREF-DATA", "--when", "T=EXPORT-TRANSACTION-DATA", "--when", "D=EXPORT-CARD-DATA",
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.EXPORT.DATA.PS").toString());
    assertThat(explicit.rc()).as(explicit.err()).isZero();
    assertThat(explicit.out()).isEqualTo(export.out());
  }

  @Test
  void exportCsvHasEveryAlternativesColumnsAndLeavesTheUnusedOnesEmpty() throws IOException {
    Run export = run("copybook", "decode", "--copybook", "copybooks/CVEXPORT.cpy",
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.EXPORT.DATA.PS").toString());
    List<CSVRecord> rows = csv(export.out());
    CSVRecord account = rows.get(51);
    assertThat(account.get("EXPORT-RECORD.EXPORT-REC-TYPE")).isEqualTo("A");
    assertThat(account.get("EXPORT-RECORD.EXPORT-ACCOUNT-DATA.EXP-ACCT-CURR-BAL")).isEqualTo("158.00");
    assertThat(account.get("EXPORT-RECORD.EXPORT-CUSTOMER-DATA.EXP-CUST-ID")).isEmpty();
    assertThat(account.get("EXPORT-RECORD.EXPORT-RECORD-DATA")).isEmpty();
  }

  @Test
  void encodeRefusesAValueInAColumnTheRecordDoesNotUse() throws IOException {
    Path csv = dir.resolve("export.csv");
    run("copybook", "decode", "--copybook", "copybooks/CVEXPORT.cpy", "--output", csv.toString(),
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.EXPORT.DATA.PS").toString());
    List<List<String>> rows = new ArrayList<>();
    List<String> header;
    try (Reader in = Files.newBufferedReader(csv)) {
      var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
      header = parser.getHeaderNames();
      parser.forEach(r -> rows.add(new ArrayList<>(r.toList())));
    }
    rows.get(0).set(header.indexOf("EXPORT-RECORD.EXPORT-ACCOUNT-DATA.EXP-ACCT-ID"), "7");
    try (var out = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).get()
        .print(csv, StandardCharsets.UTF_8)) {
      out.printRecords(rows);
    }
    Run encode = run("copybook", "encode", "--copybook", "copybooks/CVEXPORT.cpy", "--output",
        dir.resolve("x").toString(), csv.toString());
    assertThat(encode.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(encode.err()).contains("export.csv line 2: EXPORT-RECORD.EXPORT-ACCOUNT-DATA.EXP-ACCT-ID has a value but this"
        + " record does not use the field");
  }

  @Test
  void encodeNamesTheLineAndFieldOfANonNumericValueAndWritesNothing() throws IOException {
    Path csv = dir.resolve("acct.csv");
    Path out = dir.resolve("acct.txt");
    run("copybook", "decode", "--copybook", "copybooks/CVACT01Y.cpy", "--encoding", "ascii", "--output", csv.toString(),
        DATA.resolve("ascii/acctdata.txt").toString());
    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    lines.set(3, lines.get(3).replaceFirst("^(3,Y,)[^,]*,", "$1abc,"));
    Files.write(csv, lines);
    Run encode = run("copybook", "encode", "--copybook", "copybooks/CVACT01Y.cpy", "--encoding", "ascii",
        "--output", out.toString(), csv.toString());
    assertThat(encode.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(encode.err()).contains("acct.csv line 4: cannot encode ACCOUNT-RECORD.ACCT-CURR-BAL: 'abc' is not a number"
        + " (PIC S9(10)V99)");
    assertThat(out).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("acct.csv");
    }
  }

  @Test
  void encodeNamesAValueThatDoesNotFitItsPicture() throws IOException {
    Path json = dir.resolve("tcat.json");
    run("copybook", "decode", "--copybook", "copybooks/CVTRA01Y.cpy", "--format", "json", "--output", json.toString(),
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.TCATBALF.PS").toString());
    List<String> lines = new ArrayList<>(Files.readAllLines(json));
    lines.set(1, lines.get(1).replace("\"TRAN-CAT-BAL-RECORD.TRAN-CAT-BAL\":0.00", "\"TRAN-CAT-BAL-RECORD.TRAN-CAT-BAL\":0.125"));
    Files.write(json, lines);
    Run encode = run("copybook", "encode", "--copybook", "copybooks/CVTRA01Y.cpy", "--format", "json",
        "--output", dir.resolve("x").toString(), json.toString());
    assertThat(encode.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(encode.err()).contains("tcat.json line 2: cannot encode TRAN-CAT-BAL-RECORD.TRAN-CAT-BAL at offset 17: value 0.125"
        + " has more decimal places than PIC S9(09)V99 allows");
  }

  @Test
  void decodeNamesTheRecordOfAFileThatEndsInAPartialRecord() throws IOException {
    Path cut = dir.resolve("USRSEC.cut");
    byte[] users = Files.readAllBytes(DATA.resolve("ebcdic/AWS.M2.CARDDEMO.USRSEC.PS"));
    Files.write(cut, java.util.Arrays.copyOf(users, users.length - 30));
    Run decode = run("copybook", "decode", "--copybook", "copybooks/CSUSR01Y.cpy", "--output",
        dir.resolve("users.csv").toString(), cut.toString());
    assertThat(decode.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(decode.err()).contains("USRSEC.cut: record 10 is a partial record of 50 bytes; the record length is 80");
    assertThat(dir.resolve("users.csv")).doesNotExist();
  }

  @Test
  void decodeNamesTheRecordFieldAndRuleOfBadBytes() {
    Run decode = run("copybook", "decode", "--copybook", "copybooks/CVTRA06Y.cpy",
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.DALYTRAN.PS.INIT").toString());
    assertThat(decode.rc()).isEqualTo(ReturnCodes.ERROR);
    assertThat(decode.err()).contains("AWS.M2.CARDDEMO.DALYTRAN.PS.INIT record 1: cannot decode DALYTRAN-RECORD.DALYTRAN-CAT-CD"
        + " at offset 18: byte X'00' is not a digit");
  }

  @Test
  void wrongOptionValuesCannotRunLikeAWrongDatabaseName() {
    Run encoding = run("copybook", "decode", "--copybook", "copybooks/CVACT01Y.cpy", "--encoding", "utf8", "x");
    assertThat(encoding.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(encoding.err()).contains("--encoding must be ascii, ebcdic or cp1047, not 'utf8'");

    Run format = run("copybook", "encode", "--copybook", "copybooks/CVACT01Y.cpy", "--format", "xml", "x");
    assertThat(format.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(format.err()).contains("--format must be csv or json, not 'xml'");

    Run select = run("copybook", "decode", "--copybook", "copybooks/CVEXPORT.cpy", "--select", "EXPORT-REC-TYP",
        "--when", "C=EXPORT-CUSTOMER-DATA", DATA.resolve("ebcdic/AWS.M2.CARDDEMO.EXPORT.DATA.PS").toString());
    assertThat(select.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(select.err()).contains("no field EXPORT-REC-TYP in CVEXPORT.cpy");

    Run alternative = run("copybook", "decode", "--copybook", "copybooks/CVEXPORT.cpy", "--select", "EXPORT-REC-TYPE",
        "--when", "C=EXPORT-CUSTOMER", DATA.resolve("ebcdic/AWS.M2.CARDDEMO.EXPORT.DATA.PS").toString());
    assertThat(alternative.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(alternative.err()).contains("'EXPORT-CUSTOMER' is not a REDEFINES alternative of CVEXPORT.cpy");
  }

  @Test
  void malformedCommandLinesAreUsageErrors() {
    Run noCopybook = run("copybook", "decode", "data.txt");
    assertThat(noCopybook.rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(noCopybook.err()).contains("Missing required option: '--copybook=FILE.cpy'");

    Run whenAlone = run("copybook", "decode", "--copybook", "copybooks/CVEXPORT.cpy", "--when", "C=EXPORT-CUSTOMER-DATA",
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.EXPORT.DATA.PS").toString());
    assertThat(whenAlone.rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(whenAlone.err()).contains("--when needs --select");

    Run framing = run("copybook", "decode", "--copybook", "copybooks/CSUSR01Y.cpy", "--keep-framing",
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.USRSEC.PS").toString());
    assertThat(framing.rc()).isEqualTo(ReturnCodes.USAGE);
    assertThat(framing.err()).contains("--keep-framing applies to --framing lines only");
  }

  @Test
  void everyCopybookCommandHasHelp() {
    for (String command : List.of("layout", "decode", "encode")) {
      Run help = run("copybook", command, "--help");
      assertThat(help.rc()).isZero();
      assertThat(help.out()).startsWith("Usage: corebank copybook " + command);
    }
    assertThat(run("copybook", "--help").out()).contains("layout", "decode", "encode");
  }

  @Test
  void aMissingOrBadCopybookCannotRun() throws IOException {
    Run missing = run("copybook", "decode", "--copybook", "copybooks/NOPE.cpy",
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.USRSEC.PS").toString());
    assertThat(missing.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(missing.err()).contains("copybook copybooks/NOPE.cpy not found");

    Path bad = dir.resolve("BAD.cpy");
    Files.writeString(bad, "       01  R.\n           05  A  PIC X(02).\n           05  B  PIC Q(02).\n");
    Run broken = run("copybook", "layout", bad.toString());
    assertThat(broken.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(broken.err()).contains("bad copybook: BAD.cpy:3:");

    Path directive = dir.resolve("DIRECTIVE.cpy");
    Files.writeString(directive, "      * @select A\n      * @when 'C' NOWHERE\n       01  R.\n           05  A  PIC X(02).\n");
    Run wrongDirective = run("copybook", "decode", "--copybook", directive.toString(),
        DATA.resolve("ebcdic/AWS.M2.CARDDEMO.USRSEC.PS").toString());
    assertThat(wrongDirective.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(wrongDirective.err()).contains("bad copybook: DIRECTIVE.cpy:2:9: 'NOWHERE' is not a REDEFINES alternative");

    Run missingData = run("copybook", "decode", "--copybook", "copybooks/CSUSR01Y.cpy", dir.resolve("none.dat").toString());
    assertThat(missingData.rc()).isEqualTo(ReturnCodes.SEVERE);
    assertThat(missingData.err()).contains("data file", "none.dat not found");
  }

  @Test
  void layoutPrintsTheListingOrOneCsvRowPerItem() throws IOException {
    Run table = run("copybook", "layout", "copybooks/CVEXPORT.cpy");
    assertThat(table.rc()).as(table.err()).isZero();
    assertThat(table.out()).contains("Layout CVEXPORT.cpy: record length 500 bytes", "EXPORT-SEQUENCE-NUM", "9(09) COMP",
        "REDEFINES EXPORT-RECORD-DATA", "'C' -> EXPORT-CUSTOMER-DATA");

    Run csv = run("copybook", "layout", "--format", "csv", "copybooks/CVEXPORT.cpy");
    assertThat(csv.rc()).as(csv.err()).isZero();
    List<CSVRecord> rows = csv(csv.out());
    CSVRecord amount = rows.stream().filter(r -> r.get("path").endsWith(".EXP-TRAN-AMT")).findFirst().orElseThrow();
    assertThat(amount.toMap()).containsEntry("path", "EXPORT-RECORD.EXPORT-TRANSACTION-DATA.EXP-TRAN-AMT")
        .containsEntry("level", "10").containsEntry("offset", "173").containsEntry("length", "6")
        .containsEntry("type", "packed_decimal").containsEntry("usage", "COMP-3").containsEntry("digits", "11")
        .containsEntry("scale", "2").containsEntry("signed", "true");
    assertThat(rows.stream().filter(r -> r.get("path").equals("EXPORT-RECORD.EXPORT-CUSTOMER-DATA")).findFirst().orElseThrow()
        .get("redefines")).isEqualTo("EXPORT-RECORD.EXPORT-RECORD-DATA");
    assertThat(rows.stream().map(r -> r.get("path"))).contains("EXPORT-RECORD.EXPORT-CUSTOMER-DATA.EXP-CUST-ADDR-LINE(3)");
  }

  /**
   * The command in a JVM of its own, with class loading logged: no Spring class is ever loaded, so
   * no context can have started. (The test JVM cannot tell: other tests start Spring in it.)
   */
  @Test
  void copybookCommandsStartNoSpringContext() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("classes.log");
    Process process = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
        CorebankCli.class.getName(), "copybook", "decode", "--copybook", "copybooks/CVEXPORT.cpy", "--format", "json",
        "--output", dir.resolve("export.json").toString(), DATA.resolve("ebcdic/AWS.M2.CARDDEMO.EXPORT.DATA.PS").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String loaded = Files.readString(log);
    assertThat(process.exitValue()).as(loaded.lines().filter(l -> !l.contains("class,load")).toList().toString()).isZero();
    assertThat(loaded).contains("io.corebank.copybook.codec.RecordCodec", "tools.jackson.core.JsonGenerator")
        .doesNotContain("org.springframework.", "io.corebank.cli.AppSession", "io.corebank.platform.");
    assertThat(Files.readAllLines(dir.resolve("export.json"))).hasSize(500);
  }

  private static int rows(Path file, String format) throws IOException {
    if (format.equals("json")) {
      return (int) Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
    }
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords().size();
    }
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))
        .getRecords();
  }
}
