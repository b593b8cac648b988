package io.corebank.carddemo;

import io.corebank.carddemo.CardDemoDataGenerator.DataSet;
import io.corebank.carddemo.CardDemoDataGenerator.Encoding;
import io.corebank.carddemo.CardDemoDataGenerator.Parameters;
import io.corebank.carddemo.CardDemoDataGenerator.Summary;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.TextEncoding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.corebank.carddemo.CardDemoOracle.ACCOUNTS_AFTER_INTEREST;
import static io.corebank.carddemo.CardDemoOracle.ACCOUNTS_AFTER_POST;
import static io.corebank.carddemo.CardDemoOracle.CATEGORY_BALANCES;
import static io.corebank.carddemo.CardDemoOracle.INTEREST;
import static io.corebank.carddemo.CardDemoOracle.POSTED;
import static io.corebank.carddemo.CardDemoOracle.REJECTS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated data set (2,000 accounts, 20,000 daily transactions, fixed seed): valid records,
 * deterministic, the same in ASCII and EBCDIC, and through the oracle with the invariants of the
 * nightly rules holding and every case the rules distinguish present.
 */
class CardDemoGeneratedDataTest {
  private static final Parameters PARAMETERS = Parameters.of(2_000, 20_000, 20220718L);
  private static final String BAL = "ACCOUNT-RECORD.ACCT-CURR-BAL";
  private static final String CREDIT = "ACCOUNT-RECORD.ACCT-CURR-CYC-CREDIT";
  private static final String DEBIT = "ACCOUNT-RECORD.ACCT-CURR-CYC-DEBIT";
  private static final String TCAT_BAL = "TRAN-CAT-BAL-RECORD.TRAN-CAT-BAL";

  @TempDir
  static Path temp;
  private static Path ascii;
  private static Summary summary;
  private static CardDemoOracle.Result result;

  @BeforeAll
  static void generateAndRun() throws IOException {
    ascii = temp.resolve("ascii");
    summary = CardDemoDataGenerator.generate(PARAMETERS, ascii);
    result = CardDemoOracle.run(ascii, Encoding.ASCII);
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherData() throws IOException {
    Path again = temp.resolve("again");
    assertEquals(summary, CardDemoDataGenerator.generate(PARAMETERS, again));
    for (DataSet dataSet : DataSet.values()) {
      String name = dataSet.fileName(Encoding.ASCII);
      assertArrayEquals(Files.readAllBytes(ascii.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
    }
    Path other = temp.resolve("other");
    CardDemoDataGenerator.generate(new Parameters(2_000, 20_000, 7L, 85, Encoding.ASCII, true), other);
    assertFalse(Arrays.equals(Files.readAllBytes(ascii.resolve("dailytran.txt")), Files.readAllBytes(other.resolve("dailytran.txt"))));
  }

  @Test
  void everyRecordIsValidAndRoundTripsThroughTheCodec() throws IOException {
    for (DataSet dataSet : DataSet.values()) {
      int length = CardDemoFiles.recordLength(dataSet.copybook());
      byte[] file = Files.readAllBytes(ascii.resolve(dataSet.fileName(Encoding.ASCII)));
      assertEquals(0, file.length % (length + 1), dataSet + ": full-length lines ending in \\n");
      RecordCodec codec = CardDemoFiles.codec(dataSet.copybook(), TextEncoding.ascii());
      List<byte[]> records = CardDemoFiles.readRecords(ascii.resolve(dataSet.fileName(Encoding.ASCII)), length, true, (byte) ' ');
      assertEquals(summary.records().get(dataSet), (long) records.size(), dataSet.toString());
      for (byte[] record : records) {
        assertArrayEquals(record, codec.encode(codec.decode(record)), dataSet.toString());
      }
    }
    assertEquals(2_000L, summary.records().get(DataSet.ACCOUNTS));
    assertEquals(2_010L, summary.records().get(DataSet.CARD_XREF), "10 cross-reference rows of missing accounts");
    assertEquals(20_000L, summary.records().get(DataSet.DAILY_TRANSACTIONS));
  }

  @Test
  void keyedFilesAreInKeyOrderAndDailyIdsAscend() throws IOException {
    assertAscending(DataSet.DAILY_TRANSACTIONS, 16);
    assertAscending(DataSet.ACCOUNTS, 11);
    assertAscending(DataSet.CARD_XREF, 16);
    assertAscending(DataSet.CARDS, 16);
    assertAscending(DataSet.CUSTOMERS, 9);
    assertAscending(DataSet.CATEGORY_BALANCES, 17);
    assertAscending(DataSet.DISCLOSURE_GROUPS, 16);
  }

  @Test
  void typesAndCategoriesAreTheSamples() throws IOException {
    Path sample = CardDemoFiles.resourceDirectory("carddemo/ascii");
    for (DataSet dataSet : List.of(DataSet.TRANSACTION_TYPES, DataSet.TRANSACTION_CATEGORIES)) {
      int length = CardDemoFiles.recordLength(dataSet.copybook());
      String name = dataSet.fileName(Encoding.ASCII);
      assertArrayEquals(CardDemoFiles.concat(CardDemoFiles.readRecords(sample.resolve(name), length, true, (byte) ' ')),
          CardDemoFiles.concat(CardDemoFiles.readRecords(ascii.resolve(name), length, true, (byte) ' ')), name);
    }
  }

  @Test
  void ebcdicIsTheSameDataInCodePage037AndGivesTheSameOutputs() throws IOException {
    Path ebcdic = temp.resolve("ebcdic");
    assertEquals(summary, CardDemoDataGenerator.generate(PARAMETERS.withEncoding(Encoding.EBCDIC), ebcdic));
    for (DataSet dataSet : DataSet.values()) {
      byte[] asciiFile = Files.readAllBytes(ascii.resolve(dataSet.fileName(Encoding.ASCII)));
      byte[] withoutNewlines = CardDemoFiles.concat(CardDemoFiles.readRecords(ascii.resolve(dataSet.fileName(Encoding.ASCII)),
          CardDemoFiles.recordLength(dataSet.copybook()), true, (byte) ' '));
      assertEquals(asciiFile.length - summary.records().get(dataSet), withoutNewlines.length);
      assertArrayEquals(withoutNewlines, CardDemoFiles.ebcdicToAscii(Files.readAllBytes(ebcdic.resolve(dataSet.fileName(Encoding.EBCDIC)))),
          dataSet.toString());
    }
    CardDemoOracle.Result fromEbcdic = CardDemoOracle.run(ebcdic, Encoding.EBCDIC);
    assertEquals(result.posttranReturnCode(), fromEbcdic.posttranReturnCode());
    for (String file : result.files().keySet()) {
      assertArrayEquals(result.file(file), CardDemoFiles.ebcdicToAscii(fromEbcdic.file(file)), file);
    }
  }

  @Test
  void postingInvariants() throws IOException {
    List<DecodedRecord> rejects = decode("CVTRA07Y", result.file(REJECTS));
    List<DecodedRecord> posted = decode("CVTRA05Y", result.file(POSTED));
    assertEquals(4, result.posttranReturnCode());
    assertEquals(20_000, posted.size() + rejects.size(), "posted + rejected = input");
    assertEquals(summary.posted(), posted.size(), "the generator's steering predicted POSTTRAN");
    Map<Integer, Long> reasons = rejects.stream().collect(Collectors.groupingBy(
        r -> r.number("REJECT-RECORD.VALIDATION-TRAILER.WS-VALIDATION-FAIL-REASON").intValue(), TreeMap::new,
        Collectors.counting()));
    assertEquals(summary.rejectsByReason(), reasons);
    assertEquals(Set.of(100, 101, 102, 103), reasons.keySet(), "every reject reason");
    double postedShare = posted.size() / 20_000.0;
    assertTrue(postedShare > 0.83 && postedShare < 0.87, "about 85% posted: " + postedShare);

    BigDecimal postedSum = sum(posted, "TRAN-RECORD.TRAN-AMT");
    List<DecodedRecord> accountsBefore = input(DataSet.ACCOUNTS);
    List<DecodedRecord> accountsAfter = decode("CVACT01Y", result.file(ACCOUNTS_AFTER_POST));
    assertEquals(postedSum, sum(accountsAfter, BAL).subtract(sum(accountsBefore, BAL)), "balances moved by the postings");
    BigDecimal cycleMove = sum(accountsAfter, CREDIT).add(sum(accountsAfter, DEBIT))
        .subtract(sum(accountsBefore, CREDIT)).subtract(sum(accountsBefore, DEBIT));
    assertEquals(postedSum, cycleMove, "cycle credit + cycle debit moved by the postings");
    List<DecodedRecord> balancesBefore = input(DataSet.CATEGORY_BALANCES);
    List<DecodedRecord> balancesAfter = decode("CVTRA01Y", result.file(CATEGORY_BALANCES));
    assertEquals(postedSum, sum(balancesAfter, TCAT_BAL).subtract(sum(balancesBefore, TCAT_BAL)), "category balances too");
    assertTrue(balancesAfter.size() > balancesBefore.size() + 1_000, "postings created category rows");
    assertTrue(summary.postedOnExpiryDay() > 0 && summary.overLimitAndExpired() > 0
        && summary.negativeAmounts() > 0 && summary.zeroAmounts() > 0, summary.toString());
  }

  @Test
  void interestInvariantsAndCoverage() throws IOException {
    List<DecodedRecord> afterPost = decode("CVACT01Y", result.file(ACCOUNTS_AFTER_POST));
    List<DecodedRecord> afterInterest = decode("CVACT01Y", result.file(ACCOUNTS_AFTER_INTEREST));
    List<DecodedRecord> interest = decode("CVTRA05Y", result.file(INTEREST));
    assertEquals(sum(interest, "TRAN-RECORD.TRAN-AMT"), sum(afterInterest, BAL).subtract(sum(afterPost, BAL)),
        "balances moved by the interest");
    List<DecodedRecord> balances = decode("CVTRA01Y", result.file(CATEGORY_BALANCES));
    Set<BigDecimal> withRows = balances.stream()
        .map(b -> b.number("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-ACCT-ID")).collect(Collectors.toSet());
    for (int i = 0; i < afterInterest.size(); i++) {
      DecodedRecord account = afterInterest.get(i);
      if (withRows.contains(account.number("ACCOUNT-RECORD.ACCT-ID"))) {
        assertEquals(0, account.number(CREDIT).signum());
        assertEquals(0, account.number(DEBIT).signum());
      } else {
        assertEquals(afterPost.get(i), account, "an account without category rows is untouched");
      }
    }
    assertTrue(withRows.size() < afterInterest.size(), "some accounts have no category rows");

    // coverage of the rate lookup, from the input files (not the oracle's logic)
    Map<BigDecimal, String> groupOf = afterPost.stream().collect(Collectors.toMap(
        a -> a.number("ACCOUNT-RECORD.ACCT-ID"), a -> a.text("ACCOUNT-RECORD.ACCT-GROUP-ID")));
    Map<String, BigDecimal> rates = input(DataSet.DISCLOSURE_GROUPS).stream().collect(Collectors.toMap(
        g -> g.text("DIS-GROUP-RECORD.DIS-GROUP-KEY.DIS-ACCT-GROUP-ID") + g.text("DIS-GROUP-RECORD.DIS-GROUP-KEY.DIS-TRAN-TYPE-CD")
            + g.number("DIS-GROUP-RECORD.DIS-GROUP-KEY.DIS-TRAN-CAT-CD"), g -> g.number("DIS-GROUP-RECORD.DIS-INT-RATE")));
    Map<String, Integer> cases = new HashMap<>();
    for (DecodedRecord b : balances) {
      String typeAndCategory = b.text("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-TYPE-CD")
          + b.number("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-CD");
      String group = groupOf.get(b.number("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-ACCT-ID"));
      BigDecimal rate = rates.get(group + typeAndCategory);
      cases.merge(rate != null ? "group row" : group.isBlank() ? "blank group, DEFAULT" : "group lacks row, DEFAULT", 1, Integer::sum);
      rate = rate != null ? rate : rates.get("DEFAULT   " + typeAndCategory);
      BigDecimal balance = b.number(TCAT_BAL);
      if (rate.signum() == 0) {
        cases.merge("zero rate", 1, Integer::sum);
      } else if (balance.signum() < 0) {
        cases.merge("negative balance, rate not zero", 1, Integer::sum);
      }
      if (rate.signum() != 0 && balance.multiply(rate).remainder(new BigDecimal(12)).signum() != 0) {
        cases.merge("interest truncated", 1, Integer::sum);
      }
    }
    for (String expected : List.of("group row", "blank group, DEFAULT", "group lacks row, DEFAULT", "zero rate",
        "negative balance, rate not zero", "interest truncated")) {
      assertTrue(cases.getOrDefault(expected, 0) > 10, expected + ": " + cases);
    }
    assertTrue(interest.stream().anyMatch(t -> t.number("TRAN-RECORD.TRAN-AMT").signum() < 0), "negative interest");
  }

  @ParameterizedTest(name = "{0} accounts, {1} transactions, {2}% valid, orphans {3}")
  @CsvSource({"1, 40, 85, true", "3, 200, 0, false", "3, 200, 100, true", "50, 0, 85, true", "20, 500, 50, false"})
  void smallAndExtremeParametersRunThroughTheOracle(int accounts, int transactions, int validPercent, boolean orphans,
                                                    @TempDir Path directory) throws IOException {
    Summary small = CardDemoDataGenerator.generate(
        new Parameters(accounts, transactions, 99L, validPercent, Encoding.EBCDIC, orphans), directory);
    CardDemoOracle.Result run = CardDemoOracle.run(directory, Encoding.EBCDIC);
    List<DecodedRecord> rejects = CardDemoFiles.decode("CVTRA07Y", run.file(REJECTS), TextEncoding.ebcdic037());
    assertEquals(small.rejected(), rejects.size());
    assertEquals(transactions, small.posted() + small.rejected());
    assertEquals(small.rejected() > 0 ? 4 : 0, run.posttranReturnCode());
    if (!orphans) {
      assertFalse(small.rejectsByReason().containsKey(101), "no 101 without orphan cross-reference rows");
    }
    if (validPercent == 0 && accounts > 2) {
      assertEquals(0, small.posted());
    }
  }

  @Test
  void refusesParametersOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> Parameters.of(0, 10, 1L));
    assertThrows(IllegalArgumentException.class, () -> Parameters.of(10, -1, 1L));
    assertThrows(IllegalArgumentException.class, () -> Parameters.of(10, 10, 1L).withValidPercent(101));
  }

  /** The scale the generator is for; run with -Dcarddemo.big=true (writes about 450 MB). */
  @Test
  @EnabledIfSystemProperty(named = "carddemo.big", matches = "true")
  void writesAMillionTransactionsInSeconds(@TempDir Path big) throws IOException {
    long start = System.nanoTime();
    Summary large = CardDemoDataGenerator.generate(Parameters.of(100_000, 1_000_000, 1L), big);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(1_000_000L, large.records().get(DataSet.DAILY_TRANSACTIONS));
    assertTrue(millis < 15_000, "took " + millis + " ms");
    System.out.println("generated 1,000,000 daily transactions over 100,000 accounts in " + millis + " ms: " + large);
  }

  private static void assertAscending(DataSet dataSet, int keyLength) throws IOException {
    List<byte[]> records = CardDemoFiles.readRecords(ascii.resolve(dataSet.fileName(Encoding.ASCII)),
        CardDemoFiles.recordLength(dataSet.copybook()), true, (byte) ' ');
    for (int i = 1; i < records.size(); i++) {
      assertTrue(Arrays.compareUnsigned(records.get(i - 1), 0, keyLength, records.get(i), 0, keyLength) < 0,
          dataSet + " record " + (i + 1));
    }
  }

  private static List<DecodedRecord> input(DataSet dataSet) {
    return CardDemoFiles.readRecords(ascii.resolve(dataSet.fileName(Encoding.ASCII)), CardDemoFiles.recordLength(dataSet.copybook()),
        true, (byte) ' ').stream().map(CardDemoFiles.codec(dataSet.copybook(), TextEncoding.ascii())::decode).toList();
  }

  private static List<DecodedRecord> decode(String copybook, byte[] file) {
    return CardDemoFiles.decode(copybook, file, TextEncoding.ascii());
  }

  private static BigDecimal sum(List<DecodedRecord> records, String item) {
    return records.stream().map(r -> r.number(item)).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
