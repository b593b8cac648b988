package io.corebank.carddemo;

import io.corebank.carddemo.CardDemoDataGenerator.Encoding;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.TextEncoding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The reference implementation of CardDemo's POSTTRAN, INTCALC and the combine step, written straight
 * from the rules of the CardDemo README, in memory, for small data sets: the oracle the database-backed
 * jobs are compared against. Obviously correct rather than fast.
 *
 * <p>Decisions the README leaves implicit, and how this oracle takes them:
 * <ul>
 *   <li>Daily transactions are processed in file order; the posted file is in transaction-id order
 *       (a key-sequenced data set): ids compare as bytes of the file's code page; a duplicate id is an
 *       error (the original's write fails).</li>
 *   <li>A posted record is the daily record's fields with TRAN-PROC-TS set and the FILLER spaces.</li>
 *   <li>The reject record is the daily record as read (350 bytes), the reason (4 digits) and its text.</li>
 *   <li>TRAN-PROC-TS, and both timestamps of an interest transaction, are the run timestamp in the
 *       form {@code YYYY-MM-DD-HH.MM.SS.hh0000} (hundredths of a second, then zeros).</li>
 *   <li>A created category-balance row has its FILLER spaces (the original leaves it undefined).</li>
 *   <li>Category balances are in key order: bytes of the key (account, type, category) in the file's
 *       code page.</li>
 *   <li>INTCALC writes an interest transaction for every category row whose rate is not zero, even
 *       when the interest truncates to 0.00; the counter counts written transactions. Every account
 *       that has at least one category row gets its balance increased by its total interest and its
 *       cycle credit and debit set to zero, rates zero or not, the last account included (defect 1
 *       fixed); an account without category rows is left as it is.</li>
 *   <li>The card of an interest transaction is the first cross-reference row (file order) of the
 *       account; an account or cross-reference row missing in INTCALC is an abend, like a rate
 *       missing in both the account's group and DEFAULT.</li>
 *   <li>The combined file is the posted and interest transactions, stably sorted by transaction id.</li>
 * </ul>
 */
public final class CardDemoOracle {
  public static final String REJECTS = "DALYREJS.seq";
  public static final String POSTED = "TRANSACT.after-post.seq";
  public static final String CATEGORY_BALANCES = "TCAT.after-post.seq";
  public static final String ACCOUNTS_AFTER_POST = "ACCT.after-post.seq";
  public static final String INTEREST = "SYSTRAN.seq";
  public static final String ACCOUNTS_AFTER_INTEREST = "ACCT.after-intcalc.seq";
  /** The combine step's output (no reference file: the original's went straight on to CREASTMT). */
  public static final String COMBINED = "TRANSACT.combined.seq";

  public static final String RUN_TIMESTAMP = "2022-07-18-10.30.00.000000";
  public static final String INTCALC_PARM = "2022071800";

  public static final int INVALID_CARD = 100;
  public static final int ACCOUNT_NOT_FOUND = 101;
  public static final int OVER_LIMIT = 102;
  public static final int EXPIRED = 103;

  private static final Map<Integer, String> REASON_TEXT = Map.of(
      INVALID_CARD, "INVALID CARD NUMBER FOUND",
      ACCOUNT_NOT_FOUND, "ACCOUNT RECORD NOT FOUND",
      OVER_LIMIT, "OVERLIMIT TRANSACTION",
      EXPIRED, "TRANSACTION RECEIVED AFTER ACCT EXPIRATION");
  private static final Pattern RUN_TS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{6}");
  private static final BigDecimal TWELVE_HUNDRED = new BigDecimal(1200);
  private static final String DEFAULT_GROUP = "DEFAULT";

  /** INTCALC stopped: an account, cross-reference or interest rate it needs does not exist. */
  public static final class AbendException extends RuntimeException {
    public AbendException(String message) {
      super(message);
    }
  }

  /**
   * @param posttranReturnCode 0, or 4 when POSTTRAN rejected anything
   * @param files              output file name to its bytes (fixed-length records, input code page)
   */
  public record Result(int posttranReturnCode, Map<String, byte[]> files) {
    public byte[] file(String name) {
      byte[] bytes = files.get(name);
      if (bytes == null) {
        throw new IllegalArgumentException("no output named " + name);
      }
      return bytes;
    }

    public void writeTo(Path directory) throws IOException {
      Files.createDirectories(directory);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Files.write(directory.resolve(file.getKey()), file.getValue());
      }
    }
  }

  private CardDemoOracle() {
  }

  public static Result run(Path input, Encoding encoding) {
    return run(input, encoding, RUN_TIMESTAMP, INTCALC_PARM);
  }

  /**
   * @param input        a directory holding the nine input files, named as in data/ASCII or data/EBCDIC
   * @param runTimestamp {@code YYYY-MM-DD-HH.MM.SS.ffffff}
   * @param intcalcParm  INTCALC's 10-character parameter, the prefix of interest transaction ids
   * @throws AbendException when INTCALC abends
   */
  public static Result run(Path input, Encoding encoding, String runTimestamp, String intcalcParm) {
    if (!RUN_TS.matcher(runTimestamp).matches()) {
      throw new IllegalArgumentException("run timestamp must be YYYY-MM-DD-HH.MM.SS.ffffff, was " + runTimestamp);
    }
    if (intcalcParm.length() != 10) {
      throw new IllegalArgumentException("INTCALC parameter must be 10 characters, was '" + intcalcParm + "'");
    }
    return new Run(input, encoding, runTimestamp.substring(0, 22) + "0000", intcalcParm).run();
  }

  // ----------------------------------------------------------------------------- the data in memory

  private static final class Account {
    final byte[] input;
    DecodedRecord record;
    boolean changed;

    Account(byte[] input, DecodedRecord record) {
      this.input = input;
      this.record = record;
    }

    long id() {
      return record.number("ACCOUNT-RECORD.ACCT-ID").longValueExact();
    }

    BigDecimal get(String item) {
      return record.number("ACCOUNT-RECORD." + item);
    }

    void set(String item, BigDecimal value) {
      record = record.with("ACCOUNT-RECORD." + item, value);
      changed = true;
    }

    String text(String item) {
      return record.text("ACCOUNT-RECORD." + item);
    }
  }

  private static final class CategoryBalance {
    final long account;
    final String type;
    final BigDecimal category;
    BigDecimal balance;
    /** The input record (null for a row POSTTRAN created). */
    final DecodedRecord input;

    CategoryBalance(long account, String type, BigDecimal category, BigDecimal balance, DecodedRecord input) {
      this.account = account;
      this.type = type;
      this.category = category;
      this.balance = balance;
      this.input = input;
    }
  }

  private record Xref(String card, long account) {
  }

  private static final class Run {
    private final Path input;
    private final Encoding encoding;
    private final TextEncoding text;
    private final String timestamp;
    private final String parm;

    private final RecordCodec accountCodec;
    private final RecordCodec xrefCodec;
    private final RecordCodec dailyCodec;
    private final RecordCodec transactionCodec;
    private final RecordCodec rejectCodec;
    private final RecordCodec balanceCodec;
    private final RecordCodec groupCodec;

    private final List<Account> accounts = new ArrayList<>();
    private final Map<Long, Account> accountById = new HashMap<>();
    private final Map<String, Xref> xrefByCard = new HashMap<>();
    private final Map<Long, Xref> firstXrefByAccount = new HashMap<>();
    private final TreeMap<byte[], CategoryBalance> balances = new TreeMap<>(Arrays::compareUnsigned);
    private final Map<String, BigDecimal> rates = new HashMap<>();

    Run(Path input, Encoding encoding, String timestamp, String parm) {
      this.input = input;
      this.encoding = encoding;
      this.text = encoding.textEncoding();
      this.timestamp = timestamp;
      this.parm = parm;
      this.accountCodec = CardDemoFiles.codec("CVACT01Y", text);
      this.xrefCodec = CardDemoFiles.codec("CVACT03Y", text);
      this.dailyCodec = CardDemoFiles.codec("CVTRA06Y", text);
      this.transactionCodec = CardDemoFiles.codec("CVTRA05Y", text);
      this.rejectCodec = CardDemoFiles.codec("CVTRA07Y", text);
      this.balanceCodec = CardDemoFiles.codec("CVTRA01Y", text);
      this.groupCodec = CardDemoFiles.codec("CVTRA02Y", text);
    }

    Result run() {
      load();
      Map<String, byte[]> files = new LinkedHashMap<>();
      List<byte[]> rejects = new ArrayList<>();
      List<byte[]> posted = posttran(rejects);
      files.put(REJECTS, CardDemoFiles.concat(rejects));
      files.put(POSTED, CardDemoFiles.concat(posted));
      files.put(CATEGORY_BALANCES, CardDemoFiles.concat(balances.values().stream().map(this::encode).toList()));
      files.put(ACCOUNTS_AFTER_POST, accountFile());
      List<byte[]> interest = intcalc();
      files.put(INTEREST, CardDemoFiles.concat(interest));
      files.put(ACCOUNTS_AFTER_INTEREST, accountFile());
      List<byte[]> combined = new ArrayList<>(posted);
      combined.addAll(interest);
      combined.sort(byTransactionId()); // List.sort is stable
      files.put(COMBINED, CardDemoFiles.concat(combined));
      return new Result(rejects.isEmpty() ? 0 : 4, files);
    }

    // --------------------------------------------------------------------------- input

    private void load() {
      for (byte[] raw : read("acctdata.txt", "ACCTDATA", "CVACT01Y")) {
        Account account = new Account(raw, accountCodec.decode(raw));
        if (accountById.put(account.id(), account) != null) {
          throw new IllegalStateException("account " + account.id() + " is twice in the account file");
        }
        accounts.add(account);
      }
      for (byte[] raw : read("cardxref.txt", "CARDXREF", "CVACT03Y")) {
        DecodedRecord x = xrefCodec.decode(raw);
        Xref xref = new Xref(x.text("CARD-XREF-RECORD.XREF-CARD-NUM"),
            x.number("CARD-XREF-RECORD.XREF-ACCT-ID").longValueExact());
        if (xrefByCard.put(xref.card(), xref) != null) {
          throw new IllegalStateException("card " + xref.card() + " is twice in the cross-reference");
        }
        firstXrefByAccount.putIfAbsent(xref.account(), xref);
      }
      for (byte[] raw : read("tcatbal.txt", "TCATBALF", "CVTRA01Y")) {
        DecodedRecord b = balanceCodec.decode(raw);
        CategoryBalance balance = new CategoryBalance(
            b.number("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-ACCT-ID").longValueExact(),
            b.text("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-TYPE-CD"),
            b.number("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-CD"),
            b.number("TRAN-CAT-BAL-RECORD.TRAN-CAT-BAL"), b);
        if (balances.put(Arrays.copyOf(raw, 17), balance) != null) {
          throw new IllegalStateException("category balance key is twice in the file: " + new String(raw, 0, 17, text.charset()));
        }
      }
      for (byte[] raw : read("discgrp.txt", "DISCGRP", "CVTRA02Y")) {
        DecodedRecord g = groupCodec.decode(raw);
        rates.put(rateKey(g.text("DIS-GROUP-RECORD.DIS-GROUP-KEY.DIS-ACCT-GROUP-ID"),
                g.text("DIS-GROUP-RECORD.DIS-GROUP-KEY.DIS-TRAN-TYPE-CD"),
                g.number("DIS-GROUP-RECORD.DIS-GROUP-KEY.DIS-TRAN-CAT-CD")),
            g.number("DIS-GROUP-RECORD.DIS-INT-RATE"));
      }
    }

    private List<byte[]> read(String asciiName, String qualifier, String copybook) {
      boolean ascii = encoding == Encoding.ASCII;
      Path file = input.resolve(ascii ? asciiName : "AWS.M2.CARDDEMO." + qualifier + ".PS");
      return CardDemoFiles.readRecords(file, CardDemoFiles.recordLength(copybook), ascii, text.spaceByte());
    }

    // --------------------------------------------------------------------------- POSTTRAN

    private List<byte[]> posttran(List<byte[]> rejects) {
      List<byte[]> posted = new ArrayList<>();
      for (byte[] raw : read("dailytran.txt", "DALYTRAN", "CVTRA06Y")) {
        DecodedRecord daily = dailyCodec.decode(raw);
        BigDecimal amount = daily.number("DALYTRAN-RECORD.DALYTRAN-AMT");
        int reason = 0;
        Xref xref = xrefByCard.get(daily.text("DALYTRAN-RECORD.DALYTRAN-CARD-NUM"));
        Account account = xref == null ? null : accountById.get(xref.account());
        if (xref == null) {
          reason = INVALID_CARD;
        } else if (account == null) {
          reason = ACCOUNT_NOT_FOUND;
        } else {
          BigDecimal wouldUse = account.get("ACCT-CURR-CYC-CREDIT").subtract(account.get("ACCT-CURR-CYC-DEBIT")).add(amount);
          if (account.get("ACCT-CREDIT-LIMIT").compareTo(wouldUse) < 0) {
            reason = OVER_LIMIT;
          }
          String day = daily.text("DALYTRAN-RECORD.DALYTRAN-ORIG-TS").substring(0, 10);
          if (account.text("ACCT-EXPIRAION-DATE").compareTo(day) < 0) {
            reason = EXPIRED; // wins over 102
          }
        }
        if (reason != 0) {
          rejects.add(reject(raw, reason));
          continue;
        }
        // the category balance: add, or create the row
        byte[] key = Arrays.copyOf(encode(new CategoryBalance(account.id(), daily.text("DALYTRAN-RECORD.DALYTRAN-TYPE-CD"),
            daily.number("DALYTRAN-RECORD.DALYTRAN-CAT-CD"), BigDecimal.ZERO.setScale(2), null)), 17);
        CategoryBalance balance = balances.get(key);
        if (balance == null) {
          balance = new CategoryBalance(account.id(), daily.text("DALYTRAN-RECORD.DALYTRAN-TYPE-CD"),
              daily.number("DALYTRAN-RECORD.DALYTRAN-CAT-CD"), BigDecimal.ZERO.setScale(2), null);
          balances.put(key, balance);
        }
        balance.balance = balance.balance.add(amount);
        // the account
        account.set("ACCT-CURR-BAL", account.get("ACCT-CURR-BAL").add(amount));
        if (amount.signum() >= 0) {
          account.set("ACCT-CURR-CYC-CREDIT", account.get("ACCT-CURR-CYC-CREDIT").add(amount));
        } else {
          account.set("ACCT-CURR-CYC-DEBIT", account.get("ACCT-CURR-CYC-DEBIT").add(amount));
        }
        posted.add(posted(daily));
      }
      posted.sort(byTransactionId());
      for (int i = 1; i < posted.size(); i++) {
        if (byTransactionId().compare(posted.get(i - 1), posted.get(i)) == 0) {
          throw new IllegalStateException("transaction id posted twice: " + new String(posted.get(i), 0, 16, text.charset()));
        }
      }
      return posted;
    }

    private byte[] reject(byte[] daily, int reason) {
      byte[] blank = new byte[CardDemoFiles.recordLength("CVTRA07Y")];
      Arrays.fill(blank, text.spaceByte());
      System.arraycopy(daily, 0, blank, 0, daily.length);
      blank[350] = blank[351] = blank[352] = blank[353] = "0".getBytes(text.charset())[0];
      DecodedRecord record = rejectCodec.decode(blank)
          .with("REJECT-RECORD.VALIDATION-TRAILER.WS-VALIDATION-FAIL-REASON", new BigDecimal(reason))
          .with("REJECT-RECORD.VALIDATION-TRAILER.WS-VALIDATION-FAIL-REASON-DESC", REASON_TEXT.get(reason));
      return rejectCodec.encode(record);
    }

    private byte[] posted(DecodedRecord daily) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (Map.Entry<String, Object> value : daily.values().entrySet()) {
        values.put(value.getKey().replace("DALYTRAN-RECORD.DALYTRAN-", "TRAN-RECORD.TRAN-")
            .replace("DALYTRAN-RECORD.", "TRAN-RECORD."), value.getValue());
      }
      values.put("TRAN-RECORD.TRAN-PROC-TS", timestamp);
      values.put("TRAN-RECORD.FILLER#1", "");
      return transactionCodec.encode(DecodedRecord.of(values));
    }

    // --------------------------------------------------------------------------- INTCALC

    private List<byte[]> intcalc() {
      List<byte[]> interest = new ArrayList<>();
      Account account = null;
      Xref xref = null;
      BigDecimal total = null;
      for (CategoryBalance balance : balances.values()) {
        if (account == null || balance.account != account.id()) {
          if (account != null) {
            applyInterest(account, total);
          }
          account = accountById.get(balance.account);
          if (account == null) {
            throw new AbendException("INTCALC: account " + balance.account + " of a category balance is not in the account file");
          }
          xref = firstXrefByAccount.get(balance.account);
          if (xref == null) {
            throw new AbendException("INTCALC: account " + balance.account + " has no card in the cross-reference");
          }
          total = BigDecimal.ZERO.setScale(2);
        }
        BigDecimal rate = rate(account, balance);
        if (rate.signum() != 0) {
          BigDecimal monthly = balance.balance.multiply(rate).divide(TWELVE_HUNDRED, 2, RoundingMode.DOWN);
          total = total.add(monthly);
          interest.add(interestTransaction(interest.size() + 1, account, xref, monthly));
        }
      }
      if (account != null) {
        applyInterest(account, total); // the last account too: defect 1 fixed
      }
      return interest;
    }

    private BigDecimal rate(Account account, CategoryBalance balance) {
      String group = account.text("ACCT-GROUP-ID");
      BigDecimal rate = rates.get(rateKey(group, balance.type, balance.category));
      if (rate == null) {
        rate = rates.get(rateKey(DEFAULT_GROUP, balance.type, balance.category));
      }
      if (rate == null) {
        throw new AbendException(String.format("INTCALC: no interest rate for account %d type %s category %04d:"
                + " neither group '%s' nor DEFAULT has a disclosure group row",
            account.id(), balance.type, balance.category.intValueExact(), group.stripTrailing()));
      }
      return rate;
    }

    private void applyInterest(Account account, BigDecimal total) {
      account.set("ACCT-CURR-BAL", account.get("ACCT-CURR-BAL").add(total));
      account.set("ACCT-CURR-CYC-CREDIT", BigDecimal.ZERO.setScale(2));
      account.set("ACCT-CURR-CYC-DEBIT", BigDecimal.ZERO.setScale(2));
    }

    private byte[] interestTransaction(int counter, Account account, Xref xref, BigDecimal amount) {
      if (counter > 999_999) {
        throw new AbendException("INTCALC: more than 999999 interest transactions");
      }
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("TRAN-RECORD.TRAN-ID", parm + String.format("%06d", counter));
      values.put("TRAN-RECORD.TRAN-TYPE-CD", "01");
      values.put("TRAN-RECORD.TRAN-CAT-CD", new BigDecimal(5));
      values.put("TRAN-RECORD.TRAN-SOURCE", "System");
      values.put("TRAN-RECORD.TRAN-DESC", "Int. for a/c " + String.format("%011d", account.id()));
      values.put("TRAN-RECORD.TRAN-AMT", amount);
      values.put("TRAN-RECORD.TRAN-MERCHANT-ID", BigDecimal.ZERO);
      values.put("TRAN-RECORD.TRAN-MERCHANT-NAME", "");
      values.put("TRAN-RECORD.TRAN-MERCHANT-CITY", "");
      values.put("TRAN-RECORD.TRAN-MERCHANT-ZIP", "");
      values.put("TRAN-RECORD.TRAN-CARD-NUM", xref.card());
      values.put("TRAN-RECORD.TRAN-ORIG-TS", timestamp);
      values.put("TRAN-RECORD.TRAN-PROC-TS", timestamp);
      values.put("TRAN-RECORD.FILLER#1", "");
      return transactionCodec.encode(DecodedRecord.of(values));
    }

    // --------------------------------------------------------------------------- output

    private byte[] accountFile() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Account account : accounts) {
        out.writeBytes(account.changed ? accountCodec.encode(account.record) : account.input);
      }
      return out.toByteArray();
    }

    private byte[] encode(CategoryBalance balance) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-ACCT-ID", BigDecimal.valueOf(balance.account));
      values.put("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-TYPE-CD", balance.type);
      values.put("TRAN-CAT-BAL-RECORD.TRAN-CAT-KEY.TRANCAT-CD", balance.category);
      values.put("TRAN-CAT-BAL-RECORD.TRAN-CAT-BAL", balance.balance);
      values.put("TRAN-CAT-BAL-RECORD.FILLER#1",
          balance.input == null ? "" : balance.input.text("TRAN-CAT-BAL-RECORD.FILLER#1"));
      return balanceCodec.encode(DecodedRecord.of(values));
    }

    private static String rateKey(String group, String type, BigDecimal category) {
      return String.format("%-10s|%s|%04d", group, type, category.intValueExact());
    }

    private static Comparator<byte[]> byTransactionId() {
      return (a, b) -> Arrays.compareUnsigned(a, 0, 16, b, 0, 16);
    }
  }

  /** The reason texts, by code. */
  public static Map<Integer, String> reasonTexts() {
    return Collections.unmodifiableMap(new TreeMap<>(REASON_TEXT));
  }
}
