package io.corebank.carddemo;

import io.corebank.carddemo.CardDemoDataGenerator.DataSet;
import io.corebank.carddemo.CardDemoDataGenerator.Encoding;
import io.corebank.copybook.Field;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-written CardDemo input data sets for tests: records are listed one by one with the values
 * that matter, everything else defaulted (text blank, numbers zero), and written as the nine input
 * files in ASCII or EBCDIC. Records are written in the order they were added: add keyed files
 * (accounts, cross-reference, category balances, disclosure groups) in key order, as the original
 * VSAM files are. The transaction types and categories are always the reference sample's.
 */
public final class CardDemoDataSetBuilder {
  private static final String[][] TYPES = {
      {"01", "Purchase"}, {"02", "Payment"}, {"03", "Credit"}, {"04", "Authorization"},
      {"05", "Refund"}, {"06", "Reversal"}, {"07", "Adjustment"}};
  private static final String[][] CATEGORIES = {
      {"01", "1", "Regular Sales Draft"}, {"01", "2", "Regular Cash Advance"}, {"01", "3", "Convenience Check Debit"},
      {"01", "4", "ATM Cash Advance"}, {"01", "5", "Interest Amount"}, {"02", "1", "Cash payment"},
      {"02", "2", "Electronic payment"}, {"02", "3", "Check payment"}, {"03", "1", "Credit to Account"},
      {"03", "2", "Credit to Purchase balance"}, {"03", "3", "Credit to Cash balance"},
      {"04", "1", "Zero dollar authorization"}, {"04", "2", "Online purchase authorization"},
      {"04", "3", "Travel booking authorization"}, {"05", "1", "Refund credit"}, {"06", "1", "Fraud reversal"},
      {"06", "2", "Non-fraud reversal"}, {"07", "1", "Sales draft credit adjustment"}};

  private final Map<DataSet, List<Map<String, String>>> records = new EnumMap<>(DataSet.class);
  private final Set<Long> customers = new LinkedHashSet<>();

  public CardDemoDataSetBuilder() {
    for (DataSet dataSet : DataSet.values()) {
      records.put(dataSet, new ArrayList<>());
    }
    for (String[] type : TYPES) {
      add(DataSet.TRANSACTION_TYPES, "TRAN-TYPE", type[0], "TRAN-TYPE-DESC", type[1], "FILLER", "00000000");
    }
    for (String[] category : CATEGORIES) {
      add(DataSet.TRANSACTION_CATEGORIES, "TRAN-TYPE-CD", category[0], "TRAN-CAT-CD", category[1],
          "TRAN-CAT-TYPE-DESC", category[2], "FILLER", "0000");
    }
  }

  /**
   * An account record (status Y, opened 2015-01-01, reissued on its expiry date, cash limit = limit).
   *
   * @param group ACCT-GROUP-ID ("" for blank, as in the sample: DEFAULT rates)
   * @param zip   ACCT-ADDR-ZIP (the sample keeps its group id here; it is not the group)
   */
  public CardDemoDataSetBuilder account(long id, String creditLimit, String balance, String cycleCredit,
                                        String cycleDebit, String expiry, String group, String zip) {
    return add(DataSet.ACCOUNTS, "ACCT-ID", Long.toString(id), "ACCT-ACTIVE-STATUS", "Y", "ACCT-CURR-BAL", balance,
        "ACCT-CREDIT-LIMIT", creditLimit, "ACCT-CASH-CREDIT-LIMIT", creditLimit, "ACCT-OPEN-DATE", "2015-01-01",
        "ACCT-EXPIRAION-DATE", expiry, "ACCT-REISSUE-DATE", expiry, "ACCT-CURR-CYC-CREDIT", cycleCredit,
        "ACCT-CURR-CYC-DEBIT", cycleDebit, "ACCT-ADDR-ZIP", zip, "ACCT-GROUP-ID", group);
  }

  /** A card: its cross-reference row, its card row, and its customer (once per customer). */
  public CardDemoDataSetBuilder card(String cardNumber, long customer, long account) {
    add(DataSet.CARD_XREF, "XREF-CARD-NUM", cardNumber, "XREF-CUST-ID", Long.toString(customer),
        "XREF-ACCT-ID", Long.toString(account));
    add(DataSet.CARDS, "CARD-NUM", cardNumber, "CARD-ACCT-ID", Long.toString(account), "CARD-CVV-CD", "123",
        "CARD-EMBOSSED-NAME", "Card Holder " + customer, "CARD-EXPIRAION-DATE", "2026-01-31", "CARD-ACTIVE-STATUS", "Y");
    if (customers.add(customer)) {
      add(DataSet.CUSTOMERS, "CUST-ID", Long.toString(customer), "CUST-FIRST-NAME", "Holder", "CUST-LAST-NAME",
          "Number" + customer, "CUST-ADDR-LINE-1", customer + " Main Street", "CUST-ADDR-LINE-3", "Springfield",
          "CUST-ADDR-STATE-CD", "IL", "CUST-ADDR-COUNTRY-CD", "USA", "CUST-ADDR-ZIP", "62701",
          "CUST-PRI-CARD-HOLDER-IND", "Y", "CUST-FICO-CREDIT-SCORE", "700");
    }
    return this;
  }

  /**
   * A daily transaction (source POS TERM, merchant 800000000 "Edge Merchant").
   *
   * @param originTimestamp {@code YYYY-MM-DD HH:MM:SS.ffffff}, or just the date (then 12:00:00.000000)
   */
  public CardDemoDataSetBuilder daily(String id, String cardNumber, String type, int category, String amount,
                                      String originTimestamp) {
    String timestamp = originTimestamp.length() == 10 ? originTimestamp + " 12:00:00.000000" : originTimestamp;
    return add(DataSet.DAILY_TRANSACTIONS, "DALYTRAN-ID", id, "DALYTRAN-TYPE-CD", type,
        "DALYTRAN-CAT-CD", Integer.toString(category), "DALYTRAN-SOURCE", "POS TERM",
        "DALYTRAN-DESC", "Edge case " + id, "DALYTRAN-AMT", amount, "DALYTRAN-MERCHANT-ID", "800000000",
        "DALYTRAN-MERCHANT-NAME", "Edge Merchant", "DALYTRAN-MERCHANT-CITY", "Testville", "DALYTRAN-MERCHANT-ZIP", "12345",
        "DALYTRAN-CARD-NUM", cardNumber, "DALYTRAN-ORIG-TS", timestamp);
  }

  /** A category balance row; its FILLER zeros like the sample's. */
  public CardDemoDataSetBuilder categoryBalance(long account, String type, int category, String balance) {
    return add(DataSet.CATEGORY_BALANCES, "TRANCAT-ACCT-ID", Long.toString(account), "TRANCAT-TYPE-CD", type,
        "TRANCAT-CD", Integer.toString(category), "TRAN-CAT-BAL", balance, "FILLER", "0".repeat(22));
  }

  /** A disclosure group row: annual rate in percent ("15.00"); FILLER zeros like the sample's. */
  public CardDemoDataSetBuilder rate(String group, String type, int category, String rate) {
    return add(DataSet.DISCLOSURE_GROUPS, "DIS-ACCT-GROUP-ID", group, "DIS-TRAN-TYPE-CD", type,
        "DIS-TRAN-CAT-CD", Integer.toString(category), "DIS-INT-RATE", rate, "FILLER", "0".repeat(28));
  }

  /** Any record: item names (or paths) and values, numbers as decimal text. */
  public CardDemoDataSetBuilder add(DataSet dataSet, String... itemsAndValues) {
    if (itemsAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("items and values must pair up");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < itemsAndValues.length; i += 2) {
      values.put(itemsAndValues[i], itemsAndValues[i + 1]);
    }
    records.get(dataSet).add(values);
    return this;
  }

  /** Writes the nine files, named and framed as the generator names and frames them. */
  public Path writeTo(Path directory, Encoding encoding) throws IOException {
    Files.createDirectories(directory);
    for (DataSet dataSet : DataSet.values()) {
      RecordCodec codec = CardDemoFiles.codec(dataSet.copybook(), encoding.textEncoding());
      try (OutputStream out = Files.newOutputStream(directory.resolve(dataSet.fileName(encoding)))) {
        for (Map<String, String> values : records.get(dataSet)) {
          out.write(codec.encode(record(dataSet.copybook(), values)));
          if (encoding == Encoding.ASCII) {
            out.write('\n');
          }
        }
      }
    }
    return directory;
  }

  private static DecodedRecord record(String copybook, Map<String, String> values) {
    Map<String, Object> record = new LinkedHashMap<>();
    for (Field field : CardDemoFiles.layout(copybook).fields()) {
      if (!field.isGroup()) {
        record.put(field.path(), field.isNumeric() ? BigDecimal.ZERO.setScale(field.scale()) : "");
      }
    }
    for (Map.Entry<String, String> value : values.entrySet()) {
      Field field = CardDemoFiles.field(copybook, value.getKey());
      record.put(field.path(), field.isNumeric()
          ? new BigDecimal(value.getValue()).setScale(field.scale()) : value.getValue());
    }
    return DecodedRecord.of(record);
  }
}
