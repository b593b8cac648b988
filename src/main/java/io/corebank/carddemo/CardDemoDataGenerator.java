package io.corebank.carddemo;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.Layout;
import io.corebank.copybook.codec.TextEncoding;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a complete CardDemo nightly input data set (accounts, cards, customers, cross-reference,
 * daily transactions, disclosure groups, category balances, transaction categories and types) of any
 * size, deterministic for a seed, in the framing of the reference data: ASCII files one record per
 * line, or EBCDIC (code page 037) data sets with fixed-length records and no line breaks.
 *
 * <p>It streams: records are encoded one by one into a reused buffer and written out; only a few
 * primitive arrays per account are held (credit limit, cycle usage, expiry day, kind), so a million
 * daily transactions over a hundred thousand accounts take seconds and little memory.
 *
 * <p>The daily transactions are in ascending transaction-id order, as in the reference
 * {@code dailytran.txt}. They are steered towards the requested share of postings: for each one the
 * generator picks an intended outcome (post, or reject 100, 101, 102, 103, or 102 and 103 together),
 * picks card, amount and date to get it, and keeps each account's cycle usage (cycle credit minus
 * cycle debit) up to date with the transactions that post, exactly as POSTTRAN will; the outcome it
 * could not steer (an account without headroom) is counted as what POSTTRAN will decide. The data
 * mixes in every case the nightly rules distinguish: cards missing from the cross-reference,
 * cross-reference rows whose account is missing, over-limit, expired accounts, both, transactions on
 * the expiry day, negative and zero amounts, categories without a category-balance row, account
 * groups with their own rates, groups lacking a (type, category) row so that DEFAULT applies, zero
 * rates, negative category balances, and amounts whose interest needs truncation.
 *
 * <p>Pure Java over the copybook codec: the record layouts are compiled from the copybooks the jar
 * carries ({@code copybooks/*.cpy}).
 */
public final class CardDemoDataGenerator {

  /** The code page and framing of a data set. */
  public enum Encoding {
    /** ISO-8859-1 text, one record per line ending in "\n" (the layout of {@code data/ASCII}). */
    ASCII,
    /** EBCDIC code page 037, fixed-length records back to back (the layout of {@code data/EBCDIC}). */
    EBCDIC;

    public TextEncoding textEncoding() {
      return this == ASCII ? TextEncoding.ascii() : TextEncoding.ebcdic037();
    }
  }

  /** The nine input files of the nightly batch, with their names in either encoding and copybook. */
  public enum DataSet {
    ACCOUNTS("acctdata.txt", "ACCTDATA", "CVACT01Y"),
    CARDS("carddata.txt", "CARDDATA", "CVACT02Y"),
    CUSTOMERS("custdata.txt", "CUSTDATA", "CVCUS01Y"),
    CARD_XREF("cardxref.txt", "CARDXREF", "CVACT03Y"),
    DAILY_TRANSACTIONS("dailytran.txt", "DALYTRAN", "CVTRA06Y"),
    DISCLOSURE_GROUPS("discgrp.txt", "DISCGRP", "CVTRA02Y"),
    CATEGORY_BALANCES("tcatbal.txt", "TCATBALF", "CVTRA01Y"),
    TRANSACTION_CATEGORIES("trancatg.txt", "TRANCATG", "CVTRA04Y"),
    TRANSACTION_TYPES("trantype.txt", "TRANTYPE", "CVTRA03Y");

    private final String asciiName;
    private final String dataSetQualifier;
    private final String copybook;

    DataSet(String asciiName, String dataSetQualifier, String copybook) {
      this.asciiName = asciiName;
      this.dataSetQualifier = dataSetQualifier;
      this.copybook = copybook;
    }

    /** {@code acctdata.txt} in ASCII, {@code AWS.M2.CARDDEMO.ACCTDATA.PS} in EBCDIC. */
    public String fileName(Encoding encoding) {
      return encoding == Encoding.ASCII ? asciiName : "AWS.M2.CARDDEMO." + dataSetQualifier + ".PS";
    }

    /** The copybook's name without extension, e.g. {@code CVACT01Y}. */
    public String copybook() {
      return copybook;
    }

    /** The layout compiled from {@code copybooks/<copybook>.cpy} on the class path. */
    public Layout layout() {
      String resource = "copybooks/" + copybook + ".cpy";
      InputStream in = CardDemoDataGenerator.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("copybook " + resource + " is not on the class path");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return CopybookCompiler.compile(reader, copybook + ".cpy", CompileOptions.defaults());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
  }

  /**
   * @param accounts          accounts in the account file (ids 1..accounts), each with one card and one customer
   * @param dailyTransactions records of the daily transaction file
   * @param seed              the same seed writes the same bytes
   * @param validPercent      0..100, the share of daily transactions meant to post (approximate)
   * @param encoding          ASCII files or EBCDIC data sets
   * @param orphanCards       whether to add cross-reference (and card, customer) rows whose account is
   *                          not in the account file, the source of reject 101; statement printing
   *                          (CREASTMT) prints one statement per cross-reference row and cannot find
   *                          their accounts, so turn this off for data meant for the whole job stream
   */
  public record Parameters(int accounts, int dailyTransactions, long seed, int validPercent, Encoding encoding,
                           boolean orphanCards) {
    public Parameters {
      if (accounts < 1 || accounts > MAX_ACCOUNTS) {
        throw new IllegalArgumentException("accounts must be 1.." + MAX_ACCOUNTS + ", was " + accounts);
      }
      if (dailyTransactions < 0) {
        throw new IllegalArgumentException("daily transactions must not be negative, was " + dailyTransactions);
      }
      if (validPercent < 0 || validPercent > 100) {
        throw new IllegalArgumentException("valid percent must be 0..100, was " + validPercent);
      }
      Objects.requireNonNull(encoding, "encoding");
    }

    /** ASCII, 85% meant to post, with orphan cross-reference rows. */
    public static Parameters of(int accounts, int dailyTransactions, long seed) {
      return new Parameters(accounts, dailyTransactions, seed, 85, Encoding.ASCII, true);
    }

    public Parameters withValidPercent(int percent) {
      return new Parameters(accounts, dailyTransactions, seed, percent, encoding, orphanCards);
    }

    public Parameters withEncoding(Encoding newEncoding) {
      return new Parameters(accounts, dailyTransactions, seed, validPercent, newEncoding, orphanCards);
    }

    public Parameters withOrphanCards(boolean orphans) {
      return new Parameters(accounts, dailyTransactions, seed, validPercent, encoding, orphans);
    }
  }

  /**
   * What was written, and what POSTTRAN will decide on it (the generator applies the posting rules
   * to steer the outcomes, so these are exact, not targets).
   *
   * @param records            records written per data set
   * @param posted             daily transactions that will post
   * @param rejectsByReason    daily transactions that will be rejected, by reason code (100..103)
   * @param overLimitAndExpired rejects that fail both the limit and the expiry check (reported as 103)
   * @param postedOnExpiryDay  postings dated exactly on their account's expiry date
   * @param negativeAmounts    daily transactions with a negative amount
   * @param zeroAmounts        daily transactions with a zero amount
   */
  public record Summary(Map<DataSet, Long> records, long posted, Map<Integer, Long> rejectsByReason,
                        long overLimitAndExpired, long postedOnExpiryDay, long negativeAmounts, long zeroAmounts) {
    public Summary {
      records = Collections.unmodifiableMap(new EnumMap<>(records));
      rejectsByReason = Collections.unmodifiableMap(new TreeMap<>(rejectsByReason));
    }

    public long rejected() {
      return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** ACCT-ID and CUST-ID allow more, this keeps account, orphan and customer ids in their pictures. */
  static final int MAX_ACCOUNTS = 99_000_000;
  /** The first and last dates of the daily transactions (TRAN-ORIG-TS). */
  static final LocalDate FIRST_TRANSACTION_DAY = LocalDate.of(2022, 6, 1);
  static final int TRANSACTION_DAYS = 10;

  private static final String[] GROUPS = {"", "A000000000", "PREMIUM", "ZEROAPR", "HIGHRATE"};
  private static final int[] GROUP_PERCENT = {30, 30, 15, 10, 15};

  /** The reference transaction types, descriptions and FILLER as in {@code trantype.txt}. */
  private static final String[][] TYPES = {
      {"01", "Purchase"}, {"02", "Payment"}, {"03", "Credit"}, {"04", "Authorization"},
      {"05", "Refund"}, {"06", "Reversal"}, {"07", "Adjustment"}};

  /**
   * The reference transaction categories (as in {@code trancatg.txt}), each with the weight of its
   * daily transactions, the sign of their amounts (+, -, 0 or * for either), source and description.
   */
  private static final Category[] CATEGORIES = {
      new Category("01", 1, "Regular Sales Draft", 45, '+', "POS TERM", "Purchase at ", true),
      new Category("01", 2, "Regular Cash Advance", 5, '+', "POS TERM", "Cash advance at ", true),
      new Category("01", 3, "Convenience Check Debit", 2, '+', "OPERATOR", "Convenience check to ", true),
      new Category("01", 4, "ATM Cash Advance", 4, '+', "ATM", "ATM withdrawal at ", true),
      new Category("01", 5, "Interest Amount", 1, '+', "OPERATOR", "Interest adjustment", false),
      new Category("02", 1, "Cash payment", 4, '-', "OPERATOR", "Cash payment", false),
      new Category("02", 2, "Electronic payment", 6, '-', "ONLINE", "Electronic payment - thank you", false),
      new Category("02", 3, "Check payment", 3, '-', "OPERATOR", "Check payment", false),
      new Category("03", 1, "Credit to Account", 4, '-', "OPERATOR", "Return item at ", true),
      new Category("03", 2, "Credit to Purchase balance", 2, '-', "OPERATOR", "Purchase credit from ", true),
      new Category("03", 3, "Credit to Cash balance", 1, '-', "OPERATOR", "Cash credit from ", true),
      new Category("04", 1, "Zero dollar authorization", 3, '0', "POS TERM", "Zero dollar authorization at ", true),
      new Category("04", 2, "Online purchase authorization", 2, '+', "ONLINE", "Online authorization at ", true),
      new Category("04", 3, "Travel booking authorization", 1, '+', "ONLINE", "Travel booking at ", true),
      new Category("05", 1, "Refund credit", 4, '-', "POS TERM", "Refund from ", true),
      new Category("06", 1, "Fraud reversal", 2, '-', "OPERATOR", "Fraud reversal at ", true),
      new Category("06", 2, "Non-fraud reversal", 2, '-', "OPERATOR", "Reversal at ", true),
      new Category("07", 1, "Sales draft credit adjustment", 3, '*', "OPERATOR", "Adjustment", false)};
  private static final int PURCHASE = 0;
  private static final int ELECTRONIC_PAYMENT = 6;

  /**
   * Interest rates (hundredths of a percent) per group and category, in the order of
   * {@link #CATEGORIES}; -1 is "no row", so the lookup falls back to DEFAULT. DEFAULT has a row for
   * every category (no abend); its rates are the reference sample's, 01/0005 added at zero.
   */
  private static final String[] RATE_GROUPS = {"A000000000", "DEFAULT", "HIGHRATE", "PREMIUM", "ZEROAPR"};
  private static final int[][] RATES = {
      {1999, 2499, 2499, -1, 0, 0, 0, 0, 0, 0, 0, 0, 1500, 1500, -1, 1250, 1250, -1},
      {1500, 2500, 2500, 2500, 0, 0, 0, 0, 0, 0, 0, 0, 1500, 1500, 1500, 1500, 1500, 0},
      {2999, 2999, 2999, 2999, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 333, -1, -1, 175},
      {999, 1337, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1},
      {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}};

  private static final String[] FIRST_NAMES = {"Immanuel", "Enrico", "Larry", "Delbert", "Treva", "Ignacio",
      "Cooper", "Kelsie", "Melvin", "Maybell", "Hayden", "Maci", "Mariane", "Chelsea", "Aubree", "Carroll",
      "Sigrid", "Emile", "Hadley", "Carter", "Aniya", "Ward", "Madeline", "April", "Cody", "Kaia", "Manley",
      "Emery", "Dennis", "Jordyn", "Regan", "Creola", "Ressie", "Alan", "Oma", "Elliot", "Cicero", "Angeline",
      "Jairo", "Oren", "Mary Ann", "Jean-Luc", "Zoe", "Ola", "Bo"};
  private static final String[] LAST_NAMES = {"Kessler", "Rosenbaum", "Homenick", "Parisian", "Schowalter",
      "Douglas", "Mayert", "Dicki", "Ondricka", "Mann", "Pfannerstill", "Robel", "Fadel", "Marks", "Hermann",
      "Bergstrom", "White", "Hamill", "Veum", "Von", "Jones", "Abshire", "Lowe", "Nitzsche", "Nicolas",
      "Ernser", "Roob", "Gleason", "Guann", "Kertzmann", "Schoen", "Brekke", "Bradtke", "Weimann", "Lynch",
      "Bode", "Sipes", "Turcotte", "O'Conner", "DuBuque", "Effertz", "Frami", "Hyatt", "Gibson", "Abbott",
      "Boehm", "Sanford", "Crona", "Cassin", "Ankunding"};
  private static final String[] COMPANY_FORMS = {"Inc", "LLC", "Group", "and Sons", "Ltd"};
  private static final String[] CITY_PREFIXES = {"North ", "South ", "East ", "West ", "New ", "Lake ", "Port ", ""};
  private static final String[] CITY_SUFFIXES = {"haven", "shire", "stad", "mouth", "berg", "land", "ville", "side",
      "port", "town"};
  private static final String[] STREETS = {"Route", "Flats", "Parks", "Gateway", "Plaza", "Lane", "Street",
      "Avenue", "Court", "Way"};
  private static final String[] STATES = {"NC", "IN", "GA", "MI", "CA", "TX", "NY", "WA", "FL", "OH", "PA", "AZ"};
  private static final int MERCHANTS = 997;

  private static final long CARD_PREFIX = 4_000_000_000_000_000L;
  private static final long ORPHAN_CARD_PREFIX = 4_500_000_000_000_000L;
  private static final long UNKNOWN_CARD_PREFIX = 4_900_000_000_000_000L;
  private static final long CARD_RANGE = 400_000_000_000_000L;

  private static final byte NORMAL = 0;
  private static final byte EXPIRED = 1;
  private static final byte EXPIRING = 2;

  private CardDemoDataGenerator() {
  }

  /**
   * Writes the nine files into {@code directory} (created when missing; files of the same names are
   * replaced).
   */
  public static Summary generate(Parameters parameters, Path directory) throws IOException {
    Files.createDirectories(directory);
    return new Run(parameters, directory).write();
  }

  /** One category of {@code trancatg.txt} and how its daily transactions look. */
  private record Category(String type, int code, String description, int weight, char sign, String source,
                          String narrative, boolean merchant) {
  }

  /** The state of one generation: per-account primitives, random streams and open writers. */
  private static final class Run {
    private final Parameters p;
    private final Path directory;
    private final Encoding encoding;
    private final TextEncoding text;
    private final int n;
    private final int orphans;
    private final long cardStep;
    private final long orphanStep;
    private final SplittableRandom root;
    private final Map<DataSet, Long> records = new EnumMap<>(DataSet.class);

    private final long[] limit;
    private final long[] used;
    private final int[] expiryDay;
    private final byte[] kind;
    private int[] expiredAccounts;
    private int[] expiringAccounts;

    private long posted;
    private final Map<Integer, Long> rejects = new TreeMap<>();
    private long overLimitAndExpired;
    private long postedOnExpiryDay;
    private long negativeAmounts;
    private long zeroAmounts;

    Run(Parameters p, Path directory) {
      this.p = p;
      this.directory = directory;
      this.encoding = p.encoding();
      this.text = encoding.textEncoding();
      this.n = p.accounts();
      this.orphans = p.orphanCards() ? Math.max(1, n / 200) : 0;
      this.cardStep = CARD_RANGE / (n + 1L);
      this.orphanStep = CARD_RANGE / (orphans + 1L);
      this.root = new SplittableRandom(p.seed());
      this.limit = new long[n];
      this.used = new long[n];
      this.expiryDay = new int[n];
      this.kind = new byte[n];
    }

    Summary write() throws IOException {
      // each file draws from its own stream, so changing one file's rules leaves the others alone
      SplittableRandom accountRandom = root.split();
      SplittableRandom balanceRandom = root.split();
      SplittableRandom dailyRandom = root.split();
      writeTypes();
      writeCategories();
      writeDisclosureGroups();
      writeAccounts(accountRandom);
      writeCustomers();
      writeCards();
      writeCrossReference();
      writeCategoryBalances(balanceRandom);
      writeDailyTransactions(dailyRandom);
      return new Summary(records, posted, rejects, overLimitAndExpired, postedOnExpiryDay, negativeAmounts,
          zeroAmounts);
    }

    // ---------------------------------------------------------------- reference tables

    private void writeTypes() throws IOException {
      try (Out out = open(DataSet.TRANSACTION_TYPES)) {
        RecordBuffer r = out.buffer;
        int type = r.field("TRAN-TYPE");
        int description = r.field("TRAN-TYPE-DESC");
        int filler = r.field("FILLER");
        for (String[] t : TYPES) {
          r.clear().text(type, t[0]).text(description, t[1]).text(filler, "00000000");
          out.write();
        }
      }
    }

    private void writeCategories() throws IOException {
      try (Out out = open(DataSet.TRANSACTION_CATEGORIES)) {
        RecordBuffer r = out.buffer;
        int type = r.field("TRAN-TYPE-CD");
        int code = r.field("TRAN-CAT-CD");
        int description = r.field("TRAN-CAT-TYPE-DESC");
        int filler = r.field("FILLER");
        for (Category c : CATEGORIES) {
          r.clear().text(type, c.type()).number(code, c.code()).text(description, c.description()).text(filler, "0000");
          out.write();
        }
      }
    }

    private void writeDisclosureGroups() throws IOException {
      try (Out out = open(DataSet.DISCLOSURE_GROUPS)) {
        RecordBuffer r = out.buffer;
        int group = r.field("DIS-ACCT-GROUP-ID");
        int type = r.field("DIS-TRAN-TYPE-CD");
        int code = r.field("DIS-TRAN-CAT-CD");
        int rate = r.field("DIS-INT-RATE");
        int filler = r.field("FILLER");
        for (int g = 0; g < RATE_GROUPS.length; g++) {
          for (int c = 0; c < CATEGORIES.length; c++) {
            if (RATES[g][c] >= 0) {
              r.clear().text(group, RATE_GROUPS[g]).text(type, CATEGORIES[c].type()).number(code, CATEGORIES[c].code())
                  .number(rate, RATES[g][c]).text(filler, "0".repeat(28));
              out.write();
            }
          }
        }
      }
    }

    // ---------------------------------------------------------------- accounts, customers, cards

    private void writeAccounts(SplittableRandom random) throws IOException {
      int expired = 0;
      int expiring = 0;
      int firstDay = (int) FIRST_TRANSACTION_DAY.toEpochDay();
      try (Out out = open(DataSet.ACCOUNTS)) {
        RecordBuffer r = out.buffer;
        int id = r.field("ACCT-ID");
        int status = r.field("ACCT-ACTIVE-STATUS");
        int balance = r.field("ACCT-CURR-BAL");
        int creditLimit = r.field("ACCT-CREDIT-LIMIT");
        int cashLimit = r.field("ACCT-CASH-CREDIT-LIMIT");
        int open = r.field("ACCT-OPEN-DATE");
        int expiry = r.field("ACCT-EXPIRAION-DATE");
        int reissue = r.field("ACCT-REISSUE-DATE");
        int cycleCredit = r.field("ACCT-CURR-CYC-CREDIT");
        int cycleDebit = r.field("ACCT-CURR-CYC-DEBIT");
        int zip = r.field("ACCT-ADDR-ZIP");
        int group = r.field("ACCT-GROUP-ID");
        for (int i = 0; i < n; i++) {
          int k = random.nextInt(100);
          kind[i] = i == 1 || k < 5 ? EXPIRED : i == 2 || k < 8 ? EXPIRING : NORMAL;
          expiryDay[i] = switch (kind[i]) {
            case EXPIRED -> (int) LocalDate.of(2019, 1, 1).toEpochDay() + random.nextInt(1247); // to 2022-05-31
            case EXPIRING -> firstDay + random.nextInt(TRANSACTION_DAYS);
            default -> (int) LocalDate.of(2023, 1, 1).toEpochDay() + random.nextInt(1826);
          };
          if (kind[i] == EXPIRED) {
            expired++;
          } else if (kind[i] == EXPIRING) {
            expiring++;
          }
          limit[i] = (500 + random.nextInt(9501)) * 1000L;
          long credit = random.nextInt(10) < 3 ? random.nextLong(limit[i] / 4 + 1) : 0;
          long debit = random.nextInt(10) < 3 ? -random.nextLong(limit[i] / 10 + 1) : 0;
          used[i] = credit - debit;
          int g = pick(random, GROUP_PERCENT);
          String zipCode = g == 0 ? "A000000000" // the reference data's quirk: group id in the zip field
              : random.nextBoolean() ? String.format("%05d", random.nextInt(100_000))
              : String.format("%05d-%04d", random.nextInt(100_000), random.nextInt(10_000));
          String expiryDate = LocalDate.ofEpochDay(expiryDay[i]).toString();
          r.clear().number(id, i + 1L).text(status, random.nextInt(100) < 97 ? "Y" : "N")
              .number(balance, random.nextInt(10) == 0 ? -random.nextLong(1, 50_001) : random.nextLong(2_000_001))
              .number(creditLimit, limit[i]).number(cashLimit, limit[i] / 1000 * (20 + random.nextInt(41)) / 100 * 1000)
              .text(open, LocalDate.ofEpochDay(expiryDay[i] - 1460 - random.nextInt(2920)).toString())
              .text(expiry, expiryDate).text(reissue, expiryDate)
              .number(cycleCredit, credit).number(cycleDebit, debit).text(zip, zipCode).text(group, GROUPS[g]);
          out.write();
        }
      }
      expiredAccounts = new int[expired];
      expiringAccounts = new int[expiring];
      for (int i = 0, e = 0, x = 0; i < n; i++) {
        if (kind[i] == EXPIRED) {
          expiredAccounts[e++] = i;
        } else if (kind[i] == EXPIRING) {
          expiringAccounts[x++] = i;
        }
      }
    }

    /** Customers 1..accounts own the accounts of the same number; the orphans' customers follow. */
    private void writeCustomers() throws IOException {
      try (Out out = open(DataSet.CUSTOMERS)) {
        RecordBuffer r = out.buffer;
        int id = r.field("CUST-ID");
        int first = r.field("CUST-FIRST-NAME");
        int middle = r.field("CUST-MIDDLE-NAME");
        int last = r.field("CUST-LAST-NAME");
        int line1 = r.field("CUST-ADDR-LINE-1");
        int line2 = r.field("CUST-ADDR-LINE-2");
        int line3 = r.field("CUST-ADDR-LINE-3");
        int state = r.field("CUST-ADDR-STATE-CD");
        int country = r.field("CUST-ADDR-COUNTRY-CD");
        int zip = r.field("CUST-ADDR-ZIP");
        int phone1 = r.field("CUST-PHONE-NUM-1");
        int phone2 = r.field("CUST-PHONE-NUM-2");
        int ssn = r.field("CUST-SSN");
        int govtId = r.field("CUST-GOVT-ISSUED-ID");
        int birth = r.field("CUST-DOB-YYYY-MM-DD");
        int eft = r.field("CUST-EFT-ACCOUNT-ID");
        int primary = r.field("CUST-PRI-CARD-HOLDER-IND");
        int fico = r.field("CUST-FICO-CREDIT-SCORE");
        for (long c = 1; c <= (long) n + orphans; c++) {
          long h = mix(c, 11);
          r.clear().number(id, c).text(first, firstName(c)).text(middle, FIRST_NAMES[(int) (mix(c, 12) % FIRST_NAMES.length)])
              .text(last, lastName(c))
              .text(line1, (h % 9000 + 100) + " " + LAST_NAMES[(int) (h / 9000 % LAST_NAMES.length)] + " "
                  + STREETS[(int) (h / 7 % STREETS.length)])
              .text(line2, "Apt. " + String.format("%03d", h / 13 % 1000))
              .text(line3, city(mix(c, 13)))
              .text(state, STATES[(int) (h / 17 % STATES.length)]).text(country, "USA")
              .text(zip, String.format("%05d", h / 19 % 100_000))
              .text(phone1, phone(mix(c, 14))).text(phone2, phone(mix(c, 15)))
              .number(ssn, 100_000_000 + mix(c, 16) % 900_000_000)
              .text(govtId, String.format("%020d", mix(c, 17) % 10_000_000_000L))
              .text(birth, LocalDate.of(1940, 1, 1).plusDays(mix(c, 18) % 23_000).toString())
              .text(eft, String.format("%010d", mix(c, 19) % 10_000_000_000L)).text(primary, "Y")
              .number(fico, 300 + mix(c, 20) % 551);
          out.write();
        }
      }
    }

    private void writeCards() throws IOException {
      try (Out out = open(DataSet.CARDS)) {
        RecordBuffer r = out.buffer;
        int number = r.field("CARD-NUM");
        int account = r.field("CARD-ACCT-ID");
        int cvv = r.field("CARD-CVV-CD");
        int name = r.field("CARD-EMBOSSED-NAME");
        int expiry = r.field("CARD-EXPIRAION-DATE");
        int status = r.field("CARD-ACTIVE-STATUS");
        for (int c = 0; c < n + orphans; c++) {
          boolean orphan = c >= n;
          long customer = c + 1L;
          r.clear().text(number, cardText(orphan ? orphanCard(c - n) : card(c))).number(account, accountIdOfRow(c))
              .number(cvv, mix(customer, 21) % 1000).text(name, firstName(customer) + " " + lastName(customer))
              .text(expiry, orphan ? "2025-12-31" : LocalDate.ofEpochDay(expiryDay[c]).toString()).text(status, "Y");
          out.write();
        }
      }
    }

    private void writeCrossReference() throws IOException {
      try (Out out = open(DataSet.CARD_XREF)) {
        RecordBuffer r = out.buffer;
        int number = r.field("XREF-CARD-NUM");
        int customer = r.field("XREF-CUST-ID");
        int account = r.field("XREF-ACCT-ID");
        for (int c = 0; c < n + orphans; c++) {
          r.clear().text(number, cardText(c >= n ? orphanCard(c - n) : card(c))).number(customer, c + 1L)
              .number(account, accountIdOfRow(c));
          out.write();
        }
      }
    }

    /** Accounts 1..n; an orphan row's account n + 1 + k is never in the account file. */
    private long accountIdOfRow(int row) {
      return row + 1L;
    }

    // ---------------------------------------------------------------- balances

    /**
     * Some category rows per account in key order: usually 01/0001, now and then others; one in seven
     * balances negative.
     */
    private void writeCategoryBalances(SplittableRandom random) throws IOException {
      try (Out out = open(DataSet.CATEGORY_BALANCES)) {
        RecordBuffer r = out.buffer;
        int account = r.field("TRANCAT-ACCT-ID");
        int type = r.field("TRANCAT-TYPE-CD");
        int code = r.field("TRANCAT-CD");
        int balance = r.field("TRAN-CAT-BAL");
        int filler = r.field("FILLER");
        for (int i = 0; i < n; i++) {
          for (int c = 0; c < CATEGORIES.length; c++) {
            if (random.nextInt(100) < (c == PURCHASE ? 70 : 6)) {
              long cents = random.nextInt(7) == 0 ? -random.nextLong(1, 20_001) : random.nextLong(500_001);
              r.clear().number(account, i + 1L).text(type, CATEGORIES[c].type()).number(code, CATEGORIES[c].code())
                  .number(balance, cents).text(filler, "0".repeat(22));
              out.write();
            }
          }
        }
      }
    }

    // ---------------------------------------------------------------- daily transactions

    private static final int VALID = 0;
    private static final int WANT_100 = 1;
    private static final int WANT_101 = 2;
    private static final int WANT_102 = 3;
    private static final int WANT_103 = 4;
    private static final int WANT_102_103 = 5;
    private static final int[] REJECT_PERCENT = {0, 20, 15, 35, 20, 10};

    private void writeDailyTransactions(SplittableRandom random) throws IOException {
      int lastDay = (int) FIRST_TRANSACTION_DAY.toEpochDay() + TRANSACTION_DAYS - 1;
      int firstDay = (int) FIRST_TRANSACTION_DAY.toEpochDay();
      String[] merchantNames = new String[MERCHANTS];
      String[] merchantCities = new String[MERCHANTS];
      String[] merchantZips = new String[MERCHANTS];
      for (int m = 0; m < MERCHANTS; m++) {
        merchantNames[m] = merchantName(m);
        merchantCities[m] = city(mix(m, 31));
        merchantZips[m] = String.format("%05d", mix(m, 32) % 100_000);
      }
      String[] dates = new String[TRANSACTION_DAYS];
      for (int d = 0; d < TRANSACTION_DAYS; d++) {
        dates[d] = FIRST_TRANSACTION_DAY.plusDays(d).toString();
      }
      int[] weights = new int[CATEGORIES.length];
      for (int c = 0; c < CATEGORIES.length; c++) {
        weights[c] = CATEGORIES[c].weight();
      }
      StringBuilder timestamp = new StringBuilder(26);
      try (Out out = open(DataSet.DAILY_TRANSACTIONS)) {
        RecordBuffer r = out.buffer;
        int id = r.field("DALYTRAN-ID");
        int type = r.field("DALYTRAN-TYPE-CD");
        int code = r.field("DALYTRAN-CAT-CD");
        int source = r.field("DALYTRAN-SOURCE");
        int description = r.field("DALYTRAN-DESC");
        int amount = r.field("DALYTRAN-AMT");
        int merchantId = r.field("DALYTRAN-MERCHANT-ID");
        int merchantName = r.field("DALYTRAN-MERCHANT-NAME");
        int merchantCity = r.field("DALYTRAN-MERCHANT-CITY");
        int merchantZip = r.field("DALYTRAN-MERCHANT-ZIP");
        int cardNumber = r.field("DALYTRAN-CARD-NUM");
        int originTs = r.field("DALYTRAN-ORIG-TS");
        long tranId = random.nextLong(1_000_000);
        for (int t = 0; t < p.dailyTransactions(); t++) {
          tranId += 1 + random.nextLong(3_000_000);
          int want = random.nextInt(100) < p.validPercent() ? VALID : pick(random, REJECT_PERCENT);
          if ((want == WANT_101 && orphans == 0)
              || ((want == WANT_103 || want == WANT_102_103) && expiredAccounts.length + expiringAccounts.length == 0)) {
            want = WANT_102;
          }
          int c = pick(random, weights);
          long cents = amount(random, CATEGORIES[c].sign());
          int account = -1;
          long card;
          int day = firstDay + random.nextInt(TRANSACTION_DAYS);
          switch (want) {
            case WANT_100 -> card = UNKNOWN_CARD_PREFIX + random.nextLong(CARD_RANGE / 4);
            case WANT_101 -> card = orphanCard(random.nextInt(orphans));
            case WANT_103, WANT_102_103 -> {
              account = expiredAccount(random);
              int after = Math.max(firstDay, expiryDay[account] + 1);
              day = after > lastDay ? lastDay : after + random.nextInt(lastDay - after + 1);
              if (want == WANT_102_103) {
                c = PURCHASE;
                cents = Math.max(0, limit[account] - used[account]) + 1 + random.nextLong(100_000);
              } else if (cents > limit[account] - used[account]) {
                c = ELECTRONIC_PAYMENT;
                cents = -cents;
              }
              card = card(account);
            }
            case WANT_102 -> {
              account = liveAccount(random);
              c = PURCHASE;
              cents = Math.max(0, limit[account] - used[account]) + 1 + random.nextLong(100_000);
              day = liveDay(random, account, firstDay);
              card = card(account);
            }
            default -> {
              account = liveAccount(random);
              for (int attempt = 0; attempt < 8 && cents > limit[account] - used[account]; attempt++) {
                account = liveAccount(random);
              }
              long headroom = limit[account] - used[account];
              if (cents > headroom && headroom > 0) {
                cents = 1 + random.nextLong(headroom);
              }
              day = liveDay(random, account, firstDay);
              card = card(account);
            }
          }
          Category category = CATEGORIES[c];
          int reason = outcome(account, want, cents, day);
          if (reason == 0) {
            posted++;
            used[account] += Math.abs(cents);
            if (day == expiryDay[account]) {
              postedOnExpiryDay++;
            }
          } else {
            rejects.merge(reason, 1L, Long::sum);
            if (reason == 103 && cents > limit[account] - used[account]) {
              overLimitAndExpired++;
            }
          }
          if (cents < 0) {
            negativeAmounts++;
          } else if (cents == 0) {
            zeroAmounts++;
          }

          int merchant = category.merchant() ? random.nextInt(MERCHANTS) : -1;
          timestamp.setLength(0);
          timestamp.append(dates[day - firstDay]).append(' ');
          int second = random.nextInt(86_400);
          two(timestamp, second / 3600).append(':');
          two(timestamp, second / 60 % 60).append(':');
          two(timestamp, second % 60).append(".000000");
          r.clear().digits(id, tranId).text(type, category.type()).number(code, category.code())
              .text(source, category.source())
              .text(description, merchant < 0 ? category.narrative() : category.narrative() + merchantNames[merchant])
              .number(amount, cents).number(merchantId, merchant < 0 ? 0 : 800_000_000 + merchant)
              .text(merchantName, merchant < 0 ? "" : merchantNames[merchant])
              .text(merchantCity, merchant < 0 ? "" : merchantCities[merchant])
              .text(merchantZip, merchant < 0 ? "" : merchantZips[merchant])
              .digits(cardNumber, card).text(originTs, timestamp);
          out.write();
        }
      }
    }

    /** POSTTRAN's decision: 0 posts, else the reason code. */
    private int outcome(int account, int want, long cents, int day) {
      if (want == WANT_100) {
        return 100;
      }
      if (want == WANT_101) {
        return 101;
      }
      boolean overLimit = limit[account] < used[account] + cents;
      boolean expired = expiryDay[account] < day;
      return expired ? 103 : overLimit ? 102 : 0;
    }

    /** An account that is not expired before the transaction window. */
    private int liveAccount(SplittableRandom random) {
      if (expiredAccounts.length == n) {
        return random.nextInt(n); // nothing alive: the transaction will be rejected 103
      }
      while (true) {
        int i = random.nextInt(n);
        if (kind[i] != EXPIRED) {
          return i;
        }
      }
    }

    /**
     * A day the account accepts: up to its expiry (a third of the time on it) for an account expiring
     * in the window, any day of the window otherwise.
     */
    private int liveDay(SplittableRandom random, int account, int firstDay) {
      if (kind[account] == EXPIRING) {
        int days = expiryDay[account] - firstDay + 1;
        return random.nextInt(3) == 0 ? expiryDay[account] : firstDay + random.nextInt(days);
      }
      return firstDay + random.nextInt(TRANSACTION_DAYS);
    }

    /** An account expired before the window, or one expiring inside it (dated after its expiry). */
    private int expiredAccount(SplittableRandom random) {
      int lastDay = (int) FIRST_TRANSACTION_DAY.toEpochDay() + TRANSACTION_DAYS - 1;
      int total = expiredAccounts.length + expiringAccounts.length;
      for (int attempt = 0; attempt < 8; attempt++) {
        int k = random.nextInt(total);
        int account = k < expiredAccounts.length ? expiredAccounts[k] : expiringAccounts[k - expiredAccounts.length];
        if (expiryDay[account] < lastDay) {
          return account;
        }
      }
      return expiredAccounts.length > 0 ? expiredAccounts[random.nextInt(expiredAccounts.length)]
          : expiringAccounts[random.nextInt(expiringAccounts.length)];
    }

    private static long amount(SplittableRandom random, char sign) {
      int size = random.nextInt(100);
      long magnitude = size < 90 ? random.nextLong(1, 100_000)
          : size < 99 ? random.nextLong(100_000, 1_000_000) : random.nextLong(1_000_000, 5_000_000);
      return switch (sign) {
        case '+' -> magnitude;
        case '-' -> -magnitude;
        case '0' -> 0;
        default -> random.nextBoolean() ? magnitude : -magnitude;
      };
    }

    // ---------------------------------------------------------------- names and numbers

    private long card(int account) {
      return CARD_PREFIX + (account + 1L) * cardStep + mix(account, 41) % cardStep;
    }

    private long orphanCard(int k) {
      return ORPHAN_CARD_PREFIX + (k + 1L) * orphanStep + mix(k, 42) % orphanStep;
    }

    private static String cardText(long card) {
      return Long.toString(card);
    }

    private String firstName(long customer) {
      return FIRST_NAMES[(int) (mix(customer, 1) % FIRST_NAMES.length)];
    }

    private String lastName(long customer) {
      return LAST_NAMES[(int) (mix(customer, 2) % LAST_NAMES.length)];
    }

    private String merchantName(long m) {
      long h = mix(m, 30);
      String a = LAST_NAMES[(int) (h % LAST_NAMES.length)];
      String b = LAST_NAMES[(int) (h / 64 % LAST_NAMES.length)];
      String c = LAST_NAMES[(int) (h / 4096 % LAST_NAMES.length)];
      return switch ((int) (h / 262_144 % 3)) {
        case 0 -> a + "-" + b;
        case 1 -> a + ", " + b + " and " + c;
        default -> a + " " + COMPANY_FORMS[(int) (h / 1_000_000 % COMPANY_FORMS.length)];
      };
    }

    private static String city(long h) {
      String stem = LAST_NAMES[(int) (h % LAST_NAMES.length)].replace("'", "");
      return CITY_PREFIXES[(int) (h / 64 % CITY_PREFIXES.length)] + stem
          + CITY_SUFFIXES[(int) (h / 1024 % CITY_SUFFIXES.length)];
    }

    private static String phone(long h) {
      return String.format("(%03d)%03d-%04d", h % 1000, h / 1000 % 1000, h / 1_000_000 % 10_000);
    }

    /** A non-negative hash of the seed, a number and a purpose: the same every run. */
    private long mix(long value, int purpose) {
      long z = p.seed() + value * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return (z ^ (z >>> 31)) >>> 1;
    }

    private static int pick(SplittableRandom random, int[] weights) {
      int total = 0;
      for (int w : weights) {
        total += w;
      }
      int x = random.nextInt(total);
      for (int i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) {
          return i;
        }
      }
      throw new IllegalStateException("unreachable");
    }

    private static StringBuilder two(StringBuilder s, int value) {
      return s.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    // ---------------------------------------------------------------- output

    private Out open(DataSet dataSet) throws IOException {
      return new Out(dataSet);
    }

    /** One output file: a reused record buffer and a buffered stream. */
    private final class Out implements AutoCloseable {
      final RecordBuffer buffer;
      private final DataSet dataSet;
      private final OutputStream stream;
      private long count;

      Out(DataSet dataSet) throws IOException {
        this.dataSet = dataSet;
        this.buffer = new RecordBuffer(dataSet.layout(), text);
        this.stream = new BufferedOutputStream(Files.newOutputStream(directory.resolve(dataSet.fileName(encoding))),
            1 << 20);
      }

      void write() throws IOException {
        stream.write(buffer.bytes());
        if (encoding == Encoding.ASCII) {
          stream.write('\n');
        }
        count++;
      }

      @Override
      public void close() throws IOException {
        stream.close();
        records.put(dataSet, count);
      }
    }
  }
}
