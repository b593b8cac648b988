package io.corebank.carddemo;

import io.corebank.carddemo.CardDemoDataGenerator.DataSet;
import io.corebank.carddemo.CardDemoDataGenerator.Encoding;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.TextEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.corebank.carddemo.CardDemoOracle.ACCOUNTS_AFTER_INTEREST;
import static io.corebank.carddemo.CardDemoOracle.ACCOUNTS_AFTER_POST;
import static io.corebank.carddemo.CardDemoOracle.CATEGORY_BALANCES;
import static io.corebank.carddemo.CardDemoOracle.COMBINED;
import static io.corebank.carddemo.CardDemoOracle.INTEREST;
import static io.corebank.carddemo.CardDemoOracle.POSTED;
import static io.corebank.carddemo.CardDemoOracle.REJECTS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules on hand-written data ({@link CardDemoEdgeCases}), with every expected amount and record
 * worked out by hand below (not by the oracle); the oracle must agree, in ASCII and in EBCDIC.
 */
class CardDemoEdgeCasesTest {
  private static final String TS = "2022-07-18-10.30.00.000000";

  // POSTTRAN, by hand: rejects in file order (id, reason)
  private static final List<String> REJECTED = List.of(
      "0000000000000001 0100 INVALID CARD NUMBER FOUND",
      "0000000000000002 0101 ACCOUNT RECORD NOT FOUND",
      "0000000000000003 0103 TRANSACTION RECEIVED AFTER ACCT EXPIRATION",
      "0000000000000004 0102 OVERLIMIT TRANSACTION",
      "0000000000000005 0103 TRANSACTION RECEIVED AFTER ACCT EXPIRATION",
      "0000000000000007 0103 TRANSACTION RECEIVED AFTER ACCT EXPIRATION",
      "0000000000000010 0102 OVERLIMIT TRANSACTION");

  // posted, in transaction-id order (id, type/category, amount, card, processing timestamp)
  private static final List<String> POSTINGS = List.of(
      "0000000000000000 01/0002 100.05 4000000000000001 " + TS,
      "0000000000000006 01/0001 200.00 4000000000000003 " + TS,
      "0000000000000008 01/0001 50.00 4000000000000002 " + TS,
      "0000000000000009 02/0002 -30.00 4000000000000002 " + TS,
      "0000000000000011 01/0001 250.00 4000000000000001 " + TS,
      "0000000000000012 05/0001 -167.00 4000000000000001 " + TS);

  // category balances after POSTTRAN, key order
  private static final List<String> BALANCES = List.of(
      "00000000001 01/0001 167.00",    // -83.00 + 250.00
      "00000000001 01/0002 100.05",    // created
      "00000000001 05/0001 -167.00",   // created by a negative amount
      "00000000002 01/0001 1250.00",   // 1,200.00 + 50.00
      "00000000002 02/0002 -30.00",    // created
      "00000000003 01/0001 200.00",    // created, posted on the expiry day
      "00000000004 01/0001 -0.07");    // untouched

  // accounts after POSTTRAN: id, balance, cycle credit, cycle debit
  private static final List<String> ACCOUNTS_POSTED = List.of(
      "1 283.05 350.05 -167.00",        // 100.00 + 250.00 - 167.00 + 100.05; credit 250.00 + 100.05
      "2 320.00 450.00 -80.00",         // 300.00 + 50.00 - 30.00
      "3 200.00 200.00 0.00",
      "4 50.00 10.00 -5.00",            // only rejects
      "6 75.00 12.34 -5.67");

  // INTCALC: interest transactions (id, description, amount, card)
  private static final List<String> INTEREST_TRANSACTIONS = List.of(
      "2022071800000001 Int. for a/c 00000000001 2.08 4000000000000001",   // 167.00 x GOLD 15.00 / 1200 = 2.0875
      "2022071800000002 Int. for a/c 00000000001 2.08 4000000000000001",   // 100.05 x DEFAULT 25.00 / 1200 = 2.084375
      "2022071800000003 Int. for a/c 00000000001 -2.08 4000000000000001",  // -167.00 x GOLD 15.00 / 1200 = -2.0875
      "2022071800000004 Int. for a/c 00000000002 25.00 4000000000000002",  // 1,250.00 x DEFAULT 24.00 / 1200 (not GOLD's
                                                                             // 15.62: the zip field is not the group)
      "2022071800000005 Int. for a/c 00000000004 0.00 4000000000000004");  // -0.07 x 24.00 / 1200 = -0.0014
  // no transaction for 2/02/0002 (DEFAULT 0.00) nor 3/01/0001 (ZERO 0.00)

  // accounts after INTCALC
  private static final List<String> ACCOUNTS_INTEREST = List.of(
      "1 285.13 0.00 0.00",             // 283.05 + 2.08 + 2.08 - 2.08
      "2 345.00 0.00 0.00",             // 320.00 + 25.00
      "3 200.00 0.00 0.00",             // zero rate: no interest, cycle fields still cleared
      "4 50.00 0.00 0.00",              // the last account with category rows: updated (defect 1 fixed)
      "6 75.00 12.34 -5.67");           // no category rows: not touched

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void oracleAgreesWithTheHandComputedResults(Encoding encoding, @TempDir Path directory) throws IOException {
    CardDemoOracle.Result result = CardDemoOracle.run(CardDemoEdgeCases.postingAndInterest().writeTo(directory, encoding),
        encoding);
    TextEncoding text = encoding.textEncoding();
    assertEquals(4, result.posttranReturnCode());
    assertEquals(REJECTED, decode("CVTRA07Y", result.file(REJECTS), text).stream().map(r -> {
      String tran = r.text("REJECT-RECORD.REJECT-TRAN-DATA");
      return tran.substring(0, 16) + " " + r.number("REJECT-RECORD.VALIDATION-TRAILER.WS-VALIDATION-FAIL-REASON")
          .toPlainString().replaceFirst("^", "0") + " "
          + r.text("REJECT-RECORD.VALIDATION-TRAILER.WS-VALIDATION-FAIL-REASON-DESC").stripTrailing();
    }).toList());
    assertEquals(POSTINGS, decode("CVTRA05Y", result.file(POSTED), text).stream().map(t -> String.join(" ",
        t.text("TRAN-RECORD.TRAN-ID"), t.text("TRAN-RECORD.TRAN-TYPE-CD") + "/"
            + String.format("%04d", t.number("TRAN-RECORD.TRAN-CAT-CD").intValue()),
        t.number("TRAN-RECORD.TRAN-AMT").toPlainString(), t.text("TRAN-RECORD.TRAN-CARD-NUM"),
        t.text("TRAN-RECORD.TRAN-PROC-TS"))).toList());
    assertEquals(BALANCES, decode("CVTRA01Y", result.file(CATEGORY_BALANCES), text).stream().map(b -> String.format(
        "%011d %s/%04d %s", b.number("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-ACCT-ID").longValue(),
        b.text("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-TYPE-CD"),
        b.number("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-CD").intValue(),
        b.number("TRAN-CAT-BAL-RECORD.TRAN-CAT-BAL").toPlainString())).toList());
    assertEquals(ACCOUNTS_POSTED, accounts(result.file(ACCOUNTS_AFTER_POST), text));
    assertEquals(INTEREST_TRANSACTIONS, decode("CVTRA05Y", result.file(INTEREST), text).stream().map(t -> String.join(" ",
        t.text("TRAN-RECORD.TRAN-ID"), t.text("TRAN-RECORD.TRAN-DESC").stripTrailing(),
        t.number("TRAN-RECORD.TRAN-AMT").toPlainString(), t.text("TRAN-RECORD.TRAN-CARD-NUM"))).toList());
    assertEquals(ACCOUNTS_INTEREST, accounts(result.file(ACCOUNTS_AFTER_INTEREST), text));
    assertEquals(POSTINGS.size() + INTEREST_TRANSACTIONS.size(), result.file(COMBINED).length / 350);
  }

  /** Whole records, byte for byte, written out by hand. */
  @Test
  void recordsByteForByte(@TempDir Path directory) throws IOException {
    CardDemoOracle.Result result = CardDemoOracle.run(
        CardDemoEdgeCases.postingAndInterest().writeTo(directory, Encoding.ASCII), Encoding.ASCII);
    String daily5 = "0000000000000005" + "01" + "0001" + pad("POS TERM", 10) + pad("Edge case 0000000000000005", 100)
        + "0000005000{" + "800000000" + pad("Edge Merchant", 50) + pad("Testville", 50) + pad("12345", 10)
        + "4000000000000004" + "2022-06-10 12:00:00.000000" + pad("", 26) + pad("", 20);
    assertEquals(daily5 + "0103" + pad("TRANSACTION RECEIVED AFTER ACCT EXPIRATION", 76), record(result.file(REJECTS), 430, 4));
    assertEquals("0000000000000006" + "01" + "0001" + pad("POS TERM", 10) + pad("Edge case 0000000000000006", 100)
        + "0000002000{" + "800000000" + pad("Edge Merchant", 50) + pad("Testville", 50) + pad("12345", 10)
        + "4000000000000003" + "2022-06-10 23:59:59.999999" + TS + pad("", 20), record(result.file(POSTED), 350, 1));
    assertEquals("2022071800000003" + "01" + "0005" + pad("System", 10) + pad("Int. for a/c 00000000001", 100)
        + "0000000020Q" + "000000000" + pad("", 110) + "4000000000000001" + TS + TS + pad("", 20),
        record(result.file(INTEREST), 350, 2));
    assertEquals("00000000001" + "05" + "0001" + "0000001670}" + pad("", 22), record(result.file(CATEGORY_BALANCES), 50, 2),
        "a created row: FILLER spaces");
    assertEquals("00000000001" + "01" + "0001" + "0000001670{" + "0".repeat(22), record(result.file(CATEGORY_BALANCES), 50, 0),
        "an input row keeps its FILLER");
    String account4 = record(result.file(ACCOUNTS_AFTER_INTEREST), 300, 3);
    assertEquals("00000000004Y" + "00000000500{" + "00000001000{" + "00000001000{" + "2015-01-01" + "2022-06-09"
        + "2022-06-09" + "00000000000{" + "00000000000{" + pad("12345", 10) + pad("", 10) + pad("", 178), account4);
    byte[] input6 = Files.readAllBytes(directory.resolve("acctdata.txt"));
    assertEquals(new String(input6, 301 * 4, 300, StandardCharsets.ISO_8859_1), record(result.file(ACCOUNTS_AFTER_INTEREST), 300, 4),
        "account 6 is as it was read");
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void missingDefaultRateAbendsNamingAccountTypeAndCategory(Encoding encoding, @TempDir Path directory) throws IOException {
    Path input = CardDemoEdgeCases.missingDefaultRate().writeTo(directory, encoding);
    CardDemoOracle.AbendException abend = assertThrows(CardDemoOracle.AbendException.class,
        () -> CardDemoOracle.run(input, encoding));
    assertEquals("INTCALC: no interest rate for account 7 type 03 category 0002: neither group 'NODEF' nor DEFAULT"
        + " has a disclosure group row", abend.getMessage());
  }

  @Test
  void builderWritesWhatTheGeneratorNames(@TempDir Path directory) throws IOException {
    Path input = CardDemoEdgeCases.postingAndInterest().writeTo(directory, Encoding.EBCDIC);
    for (DataSet dataSet : DataSet.values()) {
      assertTrue(Files.exists(input.resolve(dataSet.fileName(Encoding.EBCDIC))), dataSet.toString());
    }
    assertEquals(13 * 350, Files.size(input.resolve("AWS.M2.CARDDEMO.DALYTRAN.PS")));
  }

  private static List<DecodedRecord> decode(String copybook, byte[] file, TextEncoding text) {
    return CardDemoFiles.decode(copybook, file, text);
  }

  private static List<String> accounts(byte[] file, TextEncoding text) {
    return decode("CVACT01Y", file, text).stream().map(a -> String.join(" ",
        a.number("ACCOUNT-RECORD.ACCT-ID").toPlainString(), plain(a, "ACCT-CURR-BAL"),
        plain(a, "ACCT-CURR-CYC-CREDIT"), plain(a, "ACCT-CURR-CYC-DEBIT"))).toList();
  }

  private static String plain(DecodedRecord account, String item) {
    BigDecimal value = account.number("ACCOUNT-RECORD." + item);
    return value.toPlainString();
  }

  private static String record(byte[] file, int length, int index) {
    return new String(file, index * length, length, StandardCharsets.ISO_8859_1);
  }

  private static String pad(String text, int length) {
    return String.format("%-" + length + "s", text);
  }
}
