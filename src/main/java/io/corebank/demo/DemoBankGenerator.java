package io.corebank.demo;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.NewCustomer;
import io.corebank.account.OpenAccount;
import io.corebank.audit.AuditLog;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a deterministic demo bank: the same customers, accounts and opening deposits for the same
 * seed. Every customer has a checking account; savings, certificates of deposit and credit cards follow
 * a retail bank's usual mix. Opening deposits post through the ledger against the vault, and the bank's
 * paid-in capital against its reserve account at the Fed.
 *
 * <p>Restartable: customers are made in chunks, each chunk (customers, accounts, opening deposits) one
 * transaction, and every customer's data comes from its own random stream (seed and index), so a
 * generation killed at any point resumes at the first missing chunk and ends with the same bank. The
 * audit log records the start (with its parameters) and the completion.
 */
@Service
public class DemoBankGenerator {
  static final int CHUNK = 1000;
  static final long CAPITAL_CENTS = 25_000_000_00L;
  static final String CURRENCY = "USD";
  static final String ACTOR = "generator";
  static final String MARKER_TYPE = "DEMO_BANK";
  static final String STARTED = "GENERATE_START";
  static final String COMPLETED = "GENERATE_COMPLETE";

  private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
      "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos",
      "Karen", "Wei", "Nancy", "Ahmed", "Lisa", "Daniel", "Betty", "Matthew", "Sandra", "Anthony", "Ashley", "Priya", "Kimberly"};
  private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
      "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
      "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Chen", "Patel"};
  private static final String[][] CITIES = {{"Columbus", "OH", "43215"}, {"Austin", "TX", "78701"}, {"Denver", "CO", "80202"},
      {"Raleigh", "NC", "27601"}, {"Phoenix", "AZ", "85004"}, {"Portland", "OR", "97204"}, {"Tampa", "FL", "33602"},
      {"Madison", "WI", "53703"}};

  /** What a started generation was asked for, as recorded in the audit log. */
  public record Plan(int customers, long seed) {
    String describe() {
      return "customers=" + customers + " seed=" + seed;
    }

    static Plan parse(String described) {
      String[] parts = described.split("[ =]");
      return new Plan(Integer.parseInt(parts[1]), Long.parseLong(parts[3]));
    }
  }

  private final AccountService accounts;
  private final InternalAccounts internal;
  private final LedgerService ledger;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  public DemoBankGenerator(AccountService accounts, InternalAccounts internal, LedgerService ledger, AuditLog audit,
      TransactionTemplate tx) {
    this.accounts = accounts;
    this.internal = internal;
    this.ledger = ledger;
    this.audit = audit;
    this.tx = tx;
  }

  /** The generation that was started and not completed, if any. */
  public Optional<Plan> unfinished() {
    if (audit.latest(COMPLETED, MARKER_TYPE, 1).isPresent()) return Optional.empty();
    return audit.latest(STARTED, MARKER_TYPE, 1).map(e -> Plan.parse(e.after()));
  }

  /** Generates a bank in an empty database, or finishes an interrupted generation of the same plan. */
  public GenerationReport generate(int customerCount, long seed) {
    if (customerCount <= 0) throw new IllegalArgumentException("--customers must be positive, got " + customerCount);
    Plan plan = new Plan(customerCount, seed);
    long existing = accounts.countCustomers();
    Optional<Plan> unfinished = unfinished();
    if (unfinished.isEmpty() && existing > 0) {
      throw new IllegalStateException("the database already holds " + existing + " customers; generate builds a bank in an "
          + "empty database (remove ./var or choose another --db)");
    }
    if (unfinished.isPresent() && !unfinished.get().equals(plan)) {
      throw new IllegalStateException("an interrupted generation (" + unfinished.get().describe() + ") is in this database; "
          + "finish it with generate --customers " + unfinished.get().customers() + " --seed " + unfinished.get().seed());
    }
    // chunks commit whole, so what exists is always a whole number of chunks
    if (existing % CHUNK != 0 && existing != customerCount) {
      throw new IllegalStateException(existing + " customers exist, not a whole number of chunks of " + CHUNK + ": not a generated bank");
    }
    if (unfinished.isEmpty()) {
      tx.executeWithoutResult(status -> {
        internal.ensureOpen();
        ledger.post(JournalRequest.transfer("generate:capital", "CAPITAL", internal.id(InternalAccount.DUE_FROM_FED),
            internal.id(InternalAccount.PAID_IN_CAPITAL), CAPITAL_CENTS, CURRENCY, "Paid-in capital", ACTOR, "GENERATE"));
        audit.record(ACTOR, STARTED, MARKER_TYPE, 1, null, plan.describe());
      });
    }
    Tally tally = new Tally();
    for (int start = (int) existing; start < customerCount; start += CHUNK) {
      int end = Math.min(customerCount, start + CHUNK);
      int from = start;
      tx.executeWithoutResult(status -> generateChunk(from, end, seed, tally));
    }
    audit.record(ACTOR, COMPLETED, MARKER_TYPE, 1, null, plan.describe());
    return new GenerationReport(customerCount - (int) existing, tally.checking, tally.savings, tally.certificates, tally.cards,
        tally.journals, tally.depositsCents);
  }

  private static final class Tally {
    int checking, savings, certificates, cards, journals;
    long depositsCents;
  }

  private void generateChunk(int start, int end, long seed, Tally tally) {
    long vault = internal.id(InternalAccount.VAULT_CASH);
    List<NewCustomer> newCustomers = new ArrayList<>();
    List<SplittableRandom> randoms = new ArrayList<>();
    for (int i = start; i < end; i++) {
      // one stream per customer: a resumed generation draws exactly what the first would have
      SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
      randoms.add(random);
      newCustomers.add(customer(i, random));
    }
    List<Long> customerIds = accounts.createCustomers(newCustomers, ACTOR);

    List<OpenAccount> toOpen = new ArrayList<>();
    List<Long> openingCents = new ArrayList<>();
    for (int k = 0; k < customerIds.size(); k++) {
      int index = start + k;
      SplittableRandom random = randoms.get(k);
      long customerId = customerIds.get(k);
      String name = newCustomers.get(k).firstName() + " " + newCustomers.get(k).lastName();
      boolean overdraft = random.nextInt(100) < 8;
      toOpen.add(new OpenAccount(number(1, index), customerId, overdraft ? "CHK-PLUS" : "CHK-STD", name + " checking", null, null));
      openingCents.add(amount(random, 50_00, 8_000_00));
      tally.checking++;
      if (random.nextInt(100) < 55) {
        toOpen.add(new OpenAccount(number(2, index), customerId, "SAV-STD", name + " savings", null, null));
        openingCents.add(amount(random, 100_00, 25_000_00));
        tally.savings++;
      }
      if (random.nextInt(100) < 12) {
        toOpen.add(new OpenAccount(number(3, index), customerId, "CD-12M", name + " 12-month CD", null, null));
        openingCents.add((10 + random.nextInt(490)) * 100_00L); // 1,000.00 to 49,900.00 in hundreds
        tally.certificates++;
      }
      if (random.nextInt(100) < 45) {
        long limitCents = (2 + random.nextInt(29)) * 500_00L; // 1,000.00 to 15,000.00
        toOpen.add(new OpenAccount(number(4, index), customerId, "CARD-STD", name + " credit card", limitCents, null));
        openingCents.add(0L); // a new card owes nothing
        tally.cards++;
      }
    }
    List<Account> opened = accounts.openAccounts(toOpen, ACTOR);
    List<JournalRequest> openingDeposits = new ArrayList<>();
    for (int k = 0; k < opened.size(); k++) {
      long cents = openingCents.get(k);
      if (cents == 0) continue;
      Account a = opened.get(k);
      openingDeposits.add(JournalRequest.transfer("generate:open:" + a.accountNumber(), "OPEN-DEP", vault, a.accountId(), cents,
          CURRENCY, "Opening deposit", ACTOR, "GENERATE"));
      tally.depositsCents += cents;
    }
    for (PostingOutcome o : ledger.postBatch(openingDeposits)) {
      // the vault has no floor and every account was just opened: a refusal here is a defect
      if (!o.isPosted()) throw new IllegalStateException("opening deposit refused: " + o.rejection());
    }
    tally.journals += openingDeposits.size();
  }

  /** Account numbers: a product digit, the customer index, and a Luhn check digit (e.g. 1000000427). */
  static String number(int productDigit, int customerIndex) {
    String body = productDigit + String.format("%08d", customerIndex);
    return body + luhn(body);
  }

  static int luhn(String digits) {
    int sum = 0;
    boolean doubleIt = true; // the check digit will be appended to the right
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }

  private static NewCustomer customer(int index, SplittableRandom random) {
    String[] city = CITIES[random.nextInt(CITIES.length)];
    LocalDate born = LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
    return new NewCustomer(String.format("C%09d", index), FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
        born, (100 + random.nextInt(9800)) + " Main St", city[0], city[1], city[2]);
  }

  /** A skewed amount between the bounds: most balances are small, a few are large. */
  static long amount(SplittableRandom random, long minCents, long maxCents) {
    double u = random.nextDouble();
    return minCents + (long) ((maxCents - minCents) * u * u);
  }
}
