package io.corebank.carddemo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corebank.ledger.LedgerCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The parallel run: the CardDemo sample through the whole nightly against the database, every output
 * compared byte for byte with the original's (src/test/resources/carddemo/expected), except exactly the
 * records the documented deviations change, each of which is asserted on its own. Runs on H2 and on
 * PostgreSQL (subclasses).
 */
@SpringBootTest(properties = "corebank.carddemo.posttran-chunk=64")
abstract class CardDemoNightlyContractTest {
  static final String RUN_TIMESTAMP = "2022-07-18-10.30.00.000000";

  @Autowired CardDemoNightly nightly;
  @Autowired JdbcTemplate jdbc;
  @Autowired LedgerCheck ledgerCheck;
  @Autowired CardDemoExporter exporter;
  @Autowired org.springframework.batch.core.repository.JobRepository jobRepository;
  @Autowired org.springframework.batch.core.launch.JobOperator jobOperator;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;
  @Autowired io.corebank.platform.SqlDialect dialect;
  @Autowired io.corebank.ledger.LedgerService ledger;
  @Autowired io.corebank.gl.InternalAccounts internalAccounts;
  @Autowired CardDemoRuns runs;
  @Autowired CardDemoImporter importer;
  @Autowired CardDemoReports reports;
  @TempDir Path temp;

  static CardDemoRunRequest request(Path input, CardDemoEncoding encoding) {
    return new CardDemoRunRequest(input, encoding, RUN_TIMESTAMP, "2022071800", LocalDate.of(2022, 1, 1),
        LocalDate.of(2022, 12, 31));
  }

  static Path sample(String dir) {
    return Path.of("src/test/resources/carddemo").resolve(dir);
  }

  static byte[] expected(String file) {
    try (InputStream in = CardDemoNightlyContractTest.class.getResourceAsStream("/carddemo/expected/" + file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The output as ASCII bytes: EBCDIC outputs are translated with the run's code page. */
  static byte[] actual(Path dir, String file, CardDemoEncoding encoding) {
    try {
      byte[] bytes = Files.readAllBytes(dir.resolve(file));
      if (encoding == CardDemoEncoding.ASCII) return bytes;
      return encoding.textEncoding().decode(bytes, 0, bytes.length).getBytes(StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> records(byte[] bytes, int length) {
    List<String> records = new ArrayList<>();
    for (int i = 0; i < bytes.length; i += length) {
      records.add(new String(bytes, i, Math.min(length, bytes.length - i), StandardCharsets.ISO_8859_1));
    }
    return records;
  }

  /** Compares record by record; {@code differing} are the 1-based records expected to differ (and that must). */
  static void assertSameRecordsExcept(String file, byte[] expected, byte[] actual, int length, int... differing) {
    List<String> e = records(expected, length);
    List<String> a = records(actual, length);
    assertEquals(e.size(), a.size(), file + ": record count");
    List<Integer> different = new ArrayList<>();
    for (int i = 0; i < e.size(); i++) if (!e.get(i).equals(a.get(i))) different.add(i + 1);
    assertEquals(Arrays.stream(differing).boxed().toList(), different, file + ": records that differ from the original");
  }

  CardDemoNightly.NightlyResult runSample(String dir, CardDemoEncoding encoding, Path output) {
    return nightly.run(request(sample(dir), encoding), output);
  }

  @Test
  void asciiSampleReproducesTheOriginalOutputs() {
    Path out = temp.resolve("ascii");
    CardDemoNightly.NightlyResult result = runSample("ascii", CardDemoEncoding.ASCII, out);
    assertEquals(4, result.returnCode(), "rejects give return code 4, as the original");
    assertParity(out, CardDemoEncoding.ASCII, new int[0]);
    assertTrue(ledgerCheck.run().clean());
  }

  @Test
  void ebcdicSampleReproducesTheOriginalOutputs() {
    Path out = temp.resolve("ebcdic");
    CardDemoNightly.NightlyResult result = runSample("ebcdic", CardDemoEncoding.EBCDIC, out);
    assertEquals(4, result.returnCode());
    // the EBCDIC input differs from the ASCII one in account 49's zip field (documented): that record differs
    assertParity(out, CardDemoEncoding.EBCDIC, new int[] {49});
    byte[] expectedAccounts = expected("ACCT.after-post.seq");
    byte[] actualAccounts = actual(out, "ACCT.after-post.seq", CardDemoEncoding.EBCDIC);
    String e49 = records(expectedAccounts, 300).get(48);
    String a49 = records(actualAccounts, 300).get(48);
    assertEquals(e49.substring(0, 102), a49.substring(0, 102));
    assertEquals(e49.substring(112), a49.substring(112));
  }

  private void assertParity(Path out, CardDemoEncoding encoding, int[] inputDifferences) {
    for (String file : List.of("DALYREJS.seq", "TRANSACT.after-post.seq", "TCAT.after-post.seq", "SYSTRAN.seq")) {
      assertArrayEquals(expected(file), actual(out, file, encoding), file);
    }
    assertSameRecordsExcept("ACCT.after-post.seq", expected("ACCT.after-post.seq"), actual(out, "ACCT.after-post.seq", encoding),
        300, inputDifferences);
    int[] intcalcDifferences = Arrays.copyOf(inputDifferences, inputDifferences.length + 1);
    intcalcDifferences[inputDifferences.length] = 50; // deviation 1: account 50's interest is applied
    assertSameRecordsExcept("ACCT.after-intcalc.seq", expected("ACCT.after-intcalc.seq"),
        actual(out, "ACCT.after-intcalc.seq", encoding), 300, intcalcDifferences);
    // account 50's statement is the first (its card sorts first): its balance line shows the interest
    assertSameRecordsExcept("STATEMNT.PS", expected("STATEMNT.PS"), actual(out, "STATEMNT.PS", encoding), 80, 10);
    assertSameRecordsExcept("STATEMNT.HTML", expected("STATEMNT.HTML"), actual(out, "STATEMNT.HTML", encoding), 100, 37);
    List<String> report = records(actual(out, "TRANREPT.seq", encoding), 133);
    List<String> original = records(expected("TRANREPT.seq"), 133);
    assertEquals(original.subList(0, 516), report.subList(0, 516), "TRANREPT up to the original's faulty end");
  }

  @Test
  void deviation1LastAccountGetsItsInterest() {
    Path out = temp.resolve("d1");
    runSample("ascii", CardDemoEncoding.ASCII, out);
    String account50 = records(actual(out, "ACCT.after-intcalc.seq", CardDemoEncoding.ASCII), 300).get(49);
    assertEquals("00000000050", account50.substring(0, 11));
    assertEquals("00000019646D", account50.substring(12, 24), "1,945.87 + 18.77 interest = 1,964.64");
    assertEquals("00000000000{", account50.substring(78, 90), "cycle credit cleared");
    assertEquals("00000000000{", account50.substring(90, 102), "cycle debit cleared");
    String original = records(expected("ACCT.after-intcalc.seq"), 300).get(49);
    assertEquals("00000019458G", original.substring(12, 24), "the original left 1,945.87");
    assertEquals(original.substring(102), account50.substring(102));
    List<String> statement = records(actual(out, "STATEMNT.PS", CardDemoEncoding.ASCII), 80);
    assertEquals(pad("Current Balance    :000001964.64 ", 80), statement.get(9));
    assertEquals(pad("<p>Current Balance    : 000001964.64 </p>", 100),
        records(actual(out, "STATEMNT.HTML", CardDemoEncoding.ASCII), 100).get(36));
  }

  @Test
  void deviation2ReportPrintsTheLastAccountTotalAndTheTrueGrandTotal() {
    Path out = temp.resolve("d2");
    runSample("ascii", CardDemoEncoding.ASCII, out);
    List<String> report = records(actual(out, "TRANREPT.seq", CardDemoEncoding.ASCII), 133);
    assertEquals(521, report.size(), "519 lines of the original plus the last account's total and its separator");
    List<String> tail = report.subList(516, 521).stream().map(String::stripTrailing).toList();
    assertEquals("Account Total" + ".".repeat(84) + "+      1,629.53", tail.get(0));
    assertTrue(tail.get(1).matches("-+"), tail.get(1));
    assertEquals("Page Total " + ".".repeat(86) + "+      1,644.09", tail.get(2));
    assertTrue(tail.get(3).matches("-+"), tail.get(3));
    assertEquals("Grand Total" + ".".repeat(86) + "+     79,233.86", tail.get(4));
    long sumCents = jdbc.queryForObject("SELECT SUM(AMOUNT) * 100 FROM CD_TRANSACTION t JOIN CD_RUN r ON r.RUN_ID = t.RUN_ID "
        + "WHERE r.RUN_ID = (SELECT MAX(RUN_ID) FROM CD_RUN WHERE ENCODING = 'ASCII')", java.math.BigDecimal.class).longValueExact();
    assertEquals(7_923_386L, sumCents, "the grand total is the sum of the reported transactions");
  }

  @Test
  void deviation4UndefinedBytesAreWrittenAsBlanksAndZeros() {
    Path out = temp.resolve("d4");
    runSample("ascii", CardDemoEncoding.ASCII, out);
    for (String interest : records(actual(out, "SYSTRAN.seq", CardDemoEncoding.ASCII), 350)) {
      assertEquals(" ".repeat(100 - 24), interest.substring(32 + 24, 132), "the description's tail is blank");
    }
    // a created category-balance row gets the FILLER the rows of the input carry (zeros), not garbage
    for (String row : records(actual(out, "TCAT.after-post.seq", CardDemoEncoding.ASCII), 50)) {
      assertEquals("0".repeat(22), row.substring(28));
    }
  }

  @Test
  void rerunOfTheSameInputsPostsNothingTwice() {
    Path out = temp.resolve("first");
    CardDemoNightly.NightlyResult first = runSample("ascii", CardDemoEncoding.ASCII, out);
    long journals = jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);
    Path again = temp.resolve("again");
    CardDemoNightly.NightlyResult second = runSample("ascii", CardDemoEncoding.ASCII, again);
    assertEquals(first.run().runId(), second.run().runId(), "the same inputs are the same run");
    assertEquals(journals, jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class), "nothing posted twice");
    for (CardDemoNightly.JobResult job : second.jobs()) {
      if (!job.job().equals("CREASTMT") && !job.job().equals("TRANREPT")) {
        assertEquals("COMPLETED (before)", job.status(), job.job());
      }
    }
    for (CardDemoOutput output : CardDemoOutput.values()) {
      assertArrayEquals(actual(out, output.fileName(), CardDemoEncoding.ASCII),
          actual(again, output.fileName(), CardDemoEncoding.ASCII), output.fileName());
    }
  }

  @Test
  void ledgerHoldsEveryCardDemoBalance() {
    Path out = temp.resolve("ledger");
    CardDemoNightly.NightlyResult result = runSample("ascii", CardDemoEncoding.ASCII, out);
    long runId = result.run().runId();
    // ACCT-CURR-BAL after INTCALC is minus the ledger balance of the account's ledger account, for every account
    List<Map<String, Object>> mismatches = jdbc.queryForList("SELECT s.ACCT_ID FROM CD_ACCOUNT_SNAPSHOT s "
        + "JOIN CD_ACCOUNT a ON a.RUN_ID = s.RUN_ID AND a.ACCT_ID = s.ACCT_ID "
        + "JOIN ACCOUNT_BALANCE b ON b.ACCOUNT_ID = a.LEDGER_ACCOUNT_ID "
        + "WHERE s.RUN_ID = ? AND s.STAGE = 'INTCALC' AND s.CURR_BAL <> 0 - b.CURRENT_BALANCE", runId);
    assertEquals(List.of(), mismatches);
    // every posted transaction with an amount has its journal, and the interest total is 1,279.16
    assertEquals(0L, jdbc.queryForObject("SELECT COUNT(*) FROM CD_TRANSACTION WHERE RUN_ID = ? AND AMOUNT <> 0 "
        + "AND JOURNAL_ID IS NULL", Long.class, runId));
    assertEquals(new java.math.BigDecimal("1279.16"), jdbc.queryForObject(
        "SELECT SUM(AMOUNT) FROM CD_SYSTEM_TRANSACTION WHERE RUN_ID = ?", java.math.BigDecimal.class, runId));
    assertTrue(ledgerCheck.run().clean());
  }

  @Test
  void badRecordStopsPosttranNamingRecordAndFieldAndARerunRestartsFromTheFailedChunk() throws IOException {
    Path input = copyOfSample(temp.resolve("bad-input"));
    Path daily = input.resolve("dailytran.txt");
    List<String> lines = Files.readAllLines(daily, StandardCharsets.ISO_8859_1);
    String good = lines.get(199);
    // record 200: a letter in the amount (offset 132)
    lines.set(199, good.substring(0, 133) + "X" + good.substring(134));
    Files.write(daily, lines, StandardCharsets.ISO_8859_1);
    long journalsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);

    CardDemoNightly.NightlyResult failed = nightly.run(request(input, CardDemoEncoding.ASCII), temp.resolve("out-bad"));
    CardDemoNightly.JobResult posttran = failed.jobs().get(1);
    assertEquals("POSTTRAN", posttran.job());
    assertEquals(8, failed.returnCode());
    assertTrue(posttran.failure().contains("record 200") && posttran.failure().contains("DALYTRAN-AMT"), posttran.failure());
    // the other partitions completed; in record 200's partition, chunks of 64 of its own records committed
    // up to the chunk holding record 200, which wrote nothing
    long postedSoFar = jdbc.queryForObject("SELECT COUNT(*) FROM CD_TRANSACTION WHERE RUN_ID = ?", Long.class, failed.run().runId())
        + jdbc.queryForObject("SELECT COUNT(*) FROM CD_DAILY_REJECT WHERE RUN_ID = ?", Long.class, failed.run().runId());
    int partitions = nightly.posttranPartitions(failed.run());
    assertEquals(2, partitions, "the default partition count");
    Map<String, Long> accountByCard = accountByCard(input);
    IntFunction<Integer> partitionOf = index -> {
      String card = lines.get(index).substring(262, 278);
      return PostTranPartition.of(accountByCard.get(card), card, partitions);
    };
    int failing = partitionOf.apply(199);
    long otherPartitions = 0;
    int ownBefore200 = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (partitionOf.apply(i) != failing) otherPartitions++;
      else if (i < 199) ownBefore200++;
    }
    assertTrue(otherPartitions > 0 && ownBefore200 >= 64, "the sample exercises both partitions and a committed chunk");
    assertEquals(otherPartitions + ownBefore200 / 64 * 64, postedSoFar);

    // the operator repairs the record in place and reruns, meanwhile configured for 3 partitions: the run
    // keeps the 2 it started with, and only the failed one restarts, at its failed chunk
    lines.set(199, good);
    Files.write(daily, lines, StandardCharsets.ISO_8859_1);
    CardDemoRun run = failed.run();
    CardDemoNightly reconfigured = new CardDemoNightly(jobRepository, jobOperator, transactionManager, jdbc, dialect, ledger,
        internalAccounts, runs, importer, exporter, reports, 64, 1000, 3);
    assertEquals(2, reconfigured.posttranPartitions(run));
    Path out = temp.resolve("out-fixed");
    for (String job : CardDemoNightly.JOBS) {
      CardDemoNightly.JobResult r = reconfigured.runJob(job, run, out);
      assertTrue(r.returnCode() <= 4, job + ": " + r.failure());
    }
    exporter.exportRecords(run, out);
    for (String file : List.of("DALYREJS.seq", "TRANSACT.after-post.seq", "TCAT.after-post.seq", "SYSTRAN.seq")) {
      assertArrayEquals(expected(file), actual(out, file, CardDemoEncoding.ASCII), file);
    }
    long journalsAfter = jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);
    // one journal per posted or interest transaction that moves money, and one per non-zero opening balance
    long expectedJournals = jdbc.queryForObject("SELECT COUNT(*) FROM CD_TRANSACTION WHERE RUN_ID = ? AND JOURNAL_ID IS NOT NULL",
        Long.class, run.runId())
        + jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL WHERE IDEMPOTENCY_KEY LIKE ?", Long.class,
            "carddemo:" + run.runId() + ":open:%");
    assertEquals(journalsBefore + expectedJournals, journalsAfter, "every journal once");
    assertTrue(ledgerCheck.run().clean());
  }

  @Test
  void aTransactionIdRepeatedInAnotherPartitionStopsPosttranNamingIt() throws IOException {
    Path input = copyOfSample(temp.resolve("repeated-id"));
    Map<String, Long> accountByCard = accountByCard(input);
    Path daily = input.resolve("dailytran.txt");
    List<String> lines = new ArrayList<>(Files.readAllLines(daily, StandardCharsets.ISO_8859_1));
    // the last record takes the id of the first record of the other partition that moves money
    String last = lines.get(lines.size() - 1);
    String lastCard = last.substring(262, 278);
    int lastPartition = PostTranPartition.of(accountByCard.get(lastCard), lastCard, 2);
    String repeatedId = null;
    for (String line : lines) {
      String card = line.substring(262, 278);
      if (accountByCard.containsKey(card) && PostTranPartition.of(accountByCard.get(card), card, 2) != lastPartition) {
        repeatedId = line.substring(0, 16);
        break;
      }
    }
    lines.set(lines.size() - 1, repeatedId + last.substring(16));
    Files.write(daily, lines, StandardCharsets.ISO_8859_1);

    CardDemoNightly.NightlyResult result = nightly.run(request(input, CardDemoEncoding.ASCII), temp.resolve("out-repeated"));
    CardDemoNightly.JobResult posttran = result.jobs().get(1);
    assertEquals(8, result.returnCode(), String.valueOf(posttran.failure()));
    assertTrue(posttran.failure().contains(repeatedId.strip()) && posttran.failure().contains("TRAN-ID"), posttran.failure());
    assertTrue(ledgerCheck.run().clean());
  }

  /** The ASCII sample copied into {@code dir}, to be changed by a test. */
  static Path copyOfSample(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (var files = Files.list(sample("ascii"))) {
      for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
    return dir;
  }

  /** Card number to account from the ASCII cross-reference (CVACT03Y: card X(16), customer 9(9), account 9(11)). */
  static Map<String, Long> accountByCard(Path input) throws IOException {
    Map<String, Long> accountByCard = new HashMap<>();
    for (String x : Files.readAllLines(input.resolve("cardxref.txt"), StandardCharsets.ISO_8859_1)) {
      accountByCard.put(x.substring(0, 16), Long.parseLong(x.substring(25, 36)));
    }
    return accountByCard;
  }

  static String pad(String s, int length) {
    return s + " ".repeat(length - s.length());
  }
}
