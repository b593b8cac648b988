package io.corebank.carddemo;

import io.corebank.carddemo.CardDemoDataGenerator.Encoding;
import io.corebank.carddemo.CardDemoFiles.DontCare;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.TextEncoding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.corebank.carddemo.CardDemoFiles.assertSameRecords;
import static io.corebank.carddemo.CardDemoFiles.expected;
import static io.corebank.carddemo.CardDemoOracle.ACCOUNTS_AFTER_INTEREST;
import static io.corebank.carddemo.CardDemoOracle.ACCOUNTS_AFTER_POST;
import static io.corebank.carddemo.CardDemoOracle.CATEGORY_BALANCES;
import static io.corebank.carddemo.CardDemoOracle.COMBINED;
import static io.corebank.carddemo.CardDemoOracle.INTEREST;
import static io.corebank.carddemo.CardDemoOracle.POSTED;
import static io.corebank.carddemo.CardDemoOracle.REJECTS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The oracle on the reference sample, ASCII and EBCDIC, against the outputs of the original COBOL
 * programs (carddemo/expected), byte for byte, except exactly: defect 1 (account 50 after INTCALC,
 * asserted corrected), defect 4 (bytes the originals never set) and, for EBCDIC, the documented input
 * difference that reaches the outputs (account 49's zip field).
 */
class CardDemoOracleTest {
  private static final String ACCT = "CVACT01Y";
  private static final String TRAN = "CVTRA05Y";
  private static final String TCAT = "CVTRA01Y";
  private static final String REJECT = "CVTRA07Y";
  private static final int ACCOUNT_50 = 49;
  private static final int ACCOUNT_49 = 48;

  private static CardDemoOracle.Result ascii;
  private static CardDemoOracle.Result ebcdic;

  @BeforeAll
  static void runOracle() {
    ascii = CardDemoOracle.run(CardDemoFiles.resourceDirectory("carddemo/ascii"), Encoding.ASCII);
    ebcdic = CardDemoOracle.run(CardDemoFiles.resourceDirectory("carddemo/ebcdic"), Encoding.EBCDIC);
  }

  /** Defect 4: the tail of an interest description after "Int. for a/c " and the 11-digit account. */
  static DontCare interestDescriptionTail() {
    int description = CardDemoFiles.field(TRAN, "TRAN-DESC").offsetBytes();
    return DontCare.bytes(description + "Int. for a/c 00000000001".length(), description + 100);
  }

  /** Defect 4: the FILLER of category-balance rows POSTTRAN created (keys not in the input file). */
  static DontCare createdCategoryBalanceFiller(Set<String> inputKeys) {
    return DontCare.field(TCAT, "FILLER")
        .onlyWhere((index, record) -> !inputKeys.contains(new String(record, 0, 17, StandardCharsets.ISO_8859_1)));
  }

  /** Defect 1: account 50's balance and cycle fields after INTCALC. */
  static DontCare lastAccountInterestFields() {
    return DontCare.field(ACCT, "ACCT-CURR-BAL").or(DontCare.field(ACCT, "ACCT-CURR-CYC-CREDIT"))
        .or(DontCare.field(ACCT, "ACCT-CURR-CYC-DEBIT")).onlyInRecord(ACCOUNT_50);
  }

  private static Set<String> sampleCategoryKeys() {
    byte[] tcatbal = CardDemoFiles.concat(CardDemoFiles.readRecords(
        CardDemoFiles.resourceDirectory("carddemo/ascii").resolve("tcatbal.txt"), 50, true, (byte) ' '));
    return CardDemoFiles.records(tcatbal, 50).stream()
        .map(r -> new String(r, 0, 17, StandardCharsets.ISO_8859_1)).collect(Collectors.toSet());
  }

  private static void assertMatchesExpected(CardDemoOracle.Result result, boolean fromEbcdic, DontCare accountExtra) {
    Set<String> inputKeys = sampleCategoryKeys();
    assertEquals(4, result.posttranReturnCode(), "POSTTRAN rejected transactions: return code 4");
    assertSameRecords(REJECTS, REJECT, expected(REJECTS), asAscii(result, REJECTS, fromEbcdic), DontCare.nothing());
    assertSameRecords(POSTED, TRAN, expected(POSTED), asAscii(result, POSTED, fromEbcdic), DontCare.nothing());
    assertSameRecords(CATEGORY_BALANCES, TCAT, expected(CATEGORY_BALANCES), asAscii(result, CATEGORY_BALANCES, fromEbcdic),
        createdCategoryBalanceFiller(inputKeys));
    assertSameRecords(ACCOUNTS_AFTER_POST, ACCT, expected(ACCOUNTS_AFTER_POST), asAscii(result, ACCOUNTS_AFTER_POST, fromEbcdic),
        accountExtra);
    assertSameRecords(INTEREST, TRAN, expected(INTEREST), asAscii(result, INTEREST, fromEbcdic), interestDescriptionTail());
    assertSameRecords(ACCOUNTS_AFTER_INTEREST, ACCT, expected(ACCOUNTS_AFTER_INTEREST),
        asAscii(result, ACCOUNTS_AFTER_INTEREST, fromEbcdic), lastAccountInterestFields().or(accountExtra));
  }

  private static byte[] asAscii(CardDemoOracle.Result result, String file, boolean fromEbcdic) {
    return fromEbcdic ? CardDemoFiles.ebcdicToAscii(result.file(file)) : result.file(file);
  }

  @Test
  void asciiSampleGivesTheOriginalOutputs() {
    assertMatchesExpected(ascii, false, DontCare.nothing());
  }

  @Test
  void ebcdicSampleGivesTheOriginalOutputsButForAccount49sZip() {
    assertMatchesExpected(ebcdic, true, DontCare.field(ACCT, "ACCT-ADDR-ZIP").onlyInRecord(ACCOUNT_49));
  }

  /**
   * The two documented input differences: account 49's zip field is {@code ZEROAPR} in EBCDIC (the
   * group id sits in the zip field; ACCT-GROUP-ID is blank, so the lookup is DEFAULT either way) and
   * carries through to both account outputs; the DEFAULT 07/0001 rate (0.00 ASCII, 15.00 EBCDIC) is
   * never looked up, as no category balance has type 07. Every other output byte is the same.
   */
  @Test
  void ebcdicAndAsciiOutputsDifferOnlyInAccount49sZip() {
    assertEquals(ascii.posttranReturnCode(), ebcdic.posttranReturnCode());
    assertEquals(ascii.files().keySet(), ebcdic.files().keySet());
    for (String file : ascii.files().keySet()) {
      byte[] converted = CardDemoFiles.ebcdicToAscii(ebcdic.file(file));
      if (file.equals(ACCOUNTS_AFTER_POST) || file.equals(ACCOUNTS_AFTER_INTEREST)) {
        DecodedRecord asciiAccount = CardDemoFiles.decode(ACCT, ascii.file(file), TextEncoding.ascii()).get(ACCOUNT_49);
        DecodedRecord ebcdicAccount = CardDemoFiles.decode(ACCT, ebcdic.file(file), TextEncoding.ebcdic037()).get(ACCOUNT_49);
        assertEquals("A000000000", asciiAccount.text("ACCOUNT-RECORD.ACCT-ADDR-ZIP"), file);
        assertEquals("ZEROAPR   ", ebcdicAccount.text("ACCOUNT-RECORD.ACCT-ADDR-ZIP"), file);
        assertEquals("          ", ebcdicAccount.text("ACCOUNT-RECORD.ACCT-GROUP-ID"), file);
        assertSameRecords(file + " (EBCDIC vs ASCII)", ACCT, ascii.file(file), converted,
            DontCare.field(ACCT, "ACCT-ADDR-ZIP").onlyInRecord(ACCOUNT_49));
      } else {
        assertArrayEquals(ascii.file(file), converted, file);
      }
    }
    List<DecodedRecord> balances = CardDemoFiles.decode(TCAT, ascii.file(CATEGORY_BALANCES), TextEncoding.ascii());
    assertTrue(balances.stream().noneMatch(b -> b.text("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-TYPE-CD").equals("07")),
        "no category balance of type 07, so the DEFAULT 07/0001 rate is never used");
  }

  /** Defect 1 fixed: account 50 gets its 18.77 interest and its cycle fields cleared. */
  @Test
  void lastAccountGetsItsInterest() {
    for (CardDemoOracle.Result result : List.of(ascii, ebcdic)) {
      TextEncoding encoding = result == ascii ? TextEncoding.ascii() : TextEncoding.ebcdic037();
      DecodedRecord corrected = CardDemoFiles.decode(ACCT, result.file(ACCOUNTS_AFTER_INTEREST), encoding).get(ACCOUNT_50);
      assertEquals(new BigDecimal("50"), corrected.number("ACCOUNT-RECORD.ACCT-ID"));
      assertEquals(new BigDecimal("1964.64"), corrected.number("ACCOUNT-RECORD.ACCT-CURR-BAL"), "1,945.87 + 18.77");
      assertEquals(new BigDecimal("0.00"), corrected.number("ACCOUNT-RECORD.ACCT-CURR-CYC-CREDIT"));
      assertEquals(new BigDecimal("0.00"), corrected.number("ACCOUNT-RECORD.ACCT-CURR-CYC-DEBIT"));
      DecodedRecord interest = CardDemoFiles.decode(TRAN, result.file(INTEREST), encoding).get(49);
      assertEquals("Int. for a/c 00000000050", interest.text("TRAN-RECORD.TRAN-DESC").stripTrailing());
      assertEquals(new BigDecimal("18.77"), interest.number("TRAN-RECORD.TRAN-AMT"));
    }
    DecodedRecord original = CardDemoFiles.decode(ACCT, expected(ACCOUNTS_AFTER_INTEREST), TextEncoding.ascii()).get(ACCOUNT_50);
    DecodedRecord afterPost = CardDemoFiles.decode(ACCT, expected(ACCOUNTS_AFTER_POST), TextEncoding.ascii()).get(ACCOUNT_50);
    assertEquals(new BigDecimal("1945.87"), original.number("ACCOUNT-RECORD.ACCT-CURR-BAL"), "the original skipped it");
    assertEquals(afterPost, original, "the original left account 50 as POSTTRAN wrote it");
    assertEquals(new BigDecimal("1501.75"), original.number("ACCOUNT-RECORD.ACCT-CURR-CYC-CREDIT"));
    assertEquals(new BigDecimal("-47.88"), original.number("ACCOUNT-RECORD.ACCT-CURR-CYC-DEBIT"));
  }

  /** What sits in the never-set bytes of the original outputs (defect 4), and what the oracle writes. */
  @Test
  void bytesTheOriginalsNeverSet() {
    Set<String> inputKeys = sampleCategoryKeys();
    List<byte[]> expectedBalances = CardDemoFiles.records(expected(CATEGORY_BALANCES), 50);
    List<byte[]> oracleBalances = CardDemoFiles.records(ascii.file(CATEGORY_BALANCES), 50);
    int created = 0;
    for (int i = 0; i < expectedBalances.size(); i++) {
      String key = new String(expectedBalances.get(i), 0, 17, StandardCharsets.ISO_8859_1);
      String expectedFiller = new String(expectedBalances.get(i), 28, 22, StandardCharsets.ISO_8859_1);
      String oracleFiller = new String(oracleBalances.get(i), 28, 22, StandardCharsets.ISO_8859_1);
      assertEquals("0".repeat(22), expectedFiller, "the original's FILLER: zeros, like the input rows'");
      if (inputKeys.contains(key)) {
        assertEquals("0".repeat(22), oracleFiller, "an input row keeps its FILLER");
      } else {
        created++;
        assertEquals(" ".repeat(22), oracleFiller, "a created row's FILLER: spaces");
      }
    }
    assertEquals(50, created);
    for (byte[] record : CardDemoFiles.records(expected(INTEREST), 350)) {
      assertEquals(" ".repeat(76), new String(record, 56, 76, StandardCharsets.ISO_8859_1), "description tail");
      assertEquals(" ".repeat(20), new String(record, 330, 20, StandardCharsets.ISO_8859_1), "FILLER");
    }
    for (byte[] record : CardDemoFiles.records(ascii.file(INTEREST), 350)) {
      assertEquals(" ".repeat(76), new String(record, 56, 76, StandardCharsets.ISO_8859_1), "description tail");
    }
  }

  /**
   * The sample's evidence on INTCALC's granularity: one interest transaction per category row whose
   * rate is not zero, even when the interest is 0.00 (account 37's 01/0001 balance is 0.00 at 15%),
   * none for a zero rate (every 03/0001 row: DEFAULT 03/0001 is 0.00); the counter numbers the
   * transactions written (account n gets 2022071800 + n), not the rows read.
   */
  @Test
  void oneInterestTransactionPerRowWithARateEvenWhenZero() {
    List<DecodedRecord> interest = CardDemoFiles.decode(TRAN, expected(INTEREST), TextEncoding.ascii());
    assertEquals(50, interest.size(), "50 rows at 15%, none for the 50 rows at 0%");
    DecodedRecord account37 = interest.get(36);
    assertEquals("2022071800000037", account37.text("TRAN-RECORD.TRAN-ID"));
    assertEquals("Int. for a/c 00000000037", account37.text("TRAN-RECORD.TRAN-DESC").stripTrailing());
    assertEquals(new BigDecimal("0.00"), account37.number("TRAN-RECORD.TRAN-AMT"));
    assertEquals(new BigDecimal("1279.16"), interest.stream().map(t -> t.number("TRAN-RECORD.TRAN-AMT"))
        .reduce(BigDecimal.ZERO, BigDecimal::add), "README: total 1,279.16");
  }

  @Test
  void timestampsAndTheCombinedFile() {
    for (DecodedRecord posted : CardDemoFiles.decode(TRAN, ascii.file(POSTED), TextEncoding.ascii())) {
      assertEquals("2022-07-18-10.30.00.000000", posted.text("TRAN-RECORD.TRAN-PROC-TS"));
      assertEquals("2022-06-10 19:27:53.000000", posted.text("TRAN-RECORD.TRAN-ORIG-TS"), "kept from the daily record");
    }
    List<byte[]> combined = CardDemoFiles.records(ascii.file(COMBINED), 350);
    assertEquals(262 + 50, combined.size());
    for (int i = 1; i < combined.size(); i++) {
      assertTrue(Arrays.compareUnsigned(combined.get(i - 1), 0, 16, combined.get(i), 0, 16) < 0, "ascending ids");
    }
    assertArrayEquals(CardDemoFiles.concat(List.of(ascii.file(POSTED), ascii.file(INTEREST))), ascii.file(COMBINED),
        "posted ids (0000...) sort before interest ids (2022071800...)");
    // the hundredths of a second are kept, the rest of the fraction is zeros
    CardDemoOracle.Result later = CardDemoOracle.run(CardDemoFiles.resourceDirectory("carddemo/ascii"), Encoding.ASCII,
        "2022-07-18-23.59.58.987654", "2022071899");
    DecodedRecord posted = CardDemoFiles.decode(TRAN, later.file(POSTED), TextEncoding.ascii()).get(0);
    assertEquals("2022-07-18-23.59.58.980000", posted.text("TRAN-RECORD.TRAN-PROC-TS"));
    DecodedRecord interest = CardDemoFiles.decode(TRAN, later.file(INTEREST), TextEncoding.ascii()).get(0);
    assertEquals("2022071899000001", interest.text("TRAN-RECORD.TRAN-ID"));
    assertEquals("2022-07-18-23.59.58.980000", interest.text("TRAN-RECORD.TRAN-ORIG-TS"));
    assertEquals("2022-07-18-23.59.58.980000", interest.text("TRAN-RECORD.TRAN-PROC-TS"));
  }

  @Test
  void comparisonNamesTheFirstDifferingRecordAndField() {
    byte[] expectedAccounts = expected(ACCOUNTS_AFTER_INTEREST);
    byte[] actual = ascii.file(ACCOUNTS_AFTER_INTEREST);
    CardDemoFiles.Difference difference =
        CardDemoFiles.firstDifference(ACCT, expectedAccounts, actual, DontCare.nothing()).orElseThrow();
    assertEquals(50, difference.recordNumber());
    assertEquals("ACCOUNT-RECORD.ACCT-CURR-BAL", difference.field());
    assertEquals(20, difference.offset(), "the first differing byte: 1945 vs 1964");
    assertEquals("'00000019458G' (1945.87)", difference.expected());
    assertEquals("'00000019646D' (1964.64)", difference.actual());
    CardDemoFiles.Difference count = CardDemoFiles.firstDifference(ACCT, expectedAccounts,
        Arrays.copyOf(expectedAccounts, 300 * 49), DontCare.nothing()).orElseThrow();
    assertEquals("record 50, record count: expected 50 records but was 49 records", count.toString());
  }
}
