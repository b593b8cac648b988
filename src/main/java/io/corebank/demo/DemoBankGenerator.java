package io.corebank.demo;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.NewCustomer;
import io.corebank.account.OpenAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Service;

/**
 * Creates a deterministic demo bank: the same customers, accounts and opening deposits for the same
 * seed. Every customer has a checking account; savings, certificates of deposit and credit cards follow
 * a retail bank's usual mix. Opening deposits post through the ledger against the vault, and the bank's
 * paid-in capital against its reserve account at the Fed.
 */
@Service
public class DemoBankGenerator {
  static final int CHUNK = 1000;
  static final long CAPITAL_CENTS = 25_000_000_00L;
  static final String CURRENCY = "USD";

  private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
      "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos",
      "Karen", "Wei", "Nancy", "Ahmed", "Lisa", "Daniel", "Betty", "Matthew", "Sandra", "Anthony", "Ashley", "Priya", "Kimberly"};
  private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
      "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
      "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Chen", "Patel"};
  private static final String[][] CITIES = {{"Columbus", "OH", "43215"}, {"Austin", "TX", "78701"}, {"Denver", "CO", "80202"},
      {"Raleigh", "NC", "27601"}, {"Phoenix", "AZ", "85004"}, {"Portland", "OR", "97204"}, {"Tampa", "FL", "33602"},
      {"Madison", "WI", "53703"}};

  private final AccountService accounts;
  private final InternalAccounts internal;
  private final LedgerService ledger;

  public DemoBankGenerator(AccountService accounts, InternalAccounts internal, LedgerService ledger) {
    this.accounts = accounts;
    this.internal = internal;
    this.ledger = ledger;
  }

  public GenerationReport generate(int customerCount, long seed) {
    if (customerCount <= 0) throw new IllegalArgumentException("--customers must be positive, got " + customerCount);
    long existing = accounts.countCustomers();
    if (existing > 0) {
      throw new IllegalStateException("the database already holds " + existing + " customers; generate builds a bank in an "
          + "empty database (remove ./var or choose another --db)");
    }
    internal.ensureOpen();
    long vault = internal.id(InternalAccount.VAULT_CASH);
    ledger.post(JournalRequest.transfer("generate:capital", "CAPITAL", internal.id(InternalAccount.DUE_FROM_FED),
        internal.id(InternalAccount.PAID_IN_CAPITAL), CAPITAL_CENTS, CURRENCY, "Paid-in capital", "generator", "GENERATE"));

    SplittableRandom random = new SplittableRandom(seed);
    int checking = 0, savings = 0, certificates = 0, cards = 0, journals = 1;
    long deposits = 0;
    for (int start = 0; start < customerCount; start += CHUNK) {
      int end = Math.min(customerCount, start + CHUNK);
      List<NewCustomer> newCustomers = new ArrayList<>();
      for (int i = start; i < end; i++) newCustomers.add(customer(i, random));
      List<Long> customerIds = accounts.createCustomers(newCustomers, "generator");

      List<OpenAccount> toOpen = new ArrayList<>();
      List<Long> openingCents = new ArrayList<>();
      for (int k = 0; k < customerIds.size(); k++) {
        int index = start + k;
        long customerId = customerIds.get(k);
        String name = newCustomers.get(k).firstName() + " " + newCustomers.get(k).lastName();
        boolean overdraft = random.nextInt(100) < 8;
        toOpen.add(new OpenAccount(number(1, index), customerId, overdraft ? "CHK-PLUS" : "CHK-STD", name + " checking", null, null));
        openingCents.add(amount(random, 50_00, 8_000_00));
        checking++;
        if (random.nextInt(100) < 55) {
          toOpen.add(new OpenAccount(number(2, index), customerId, "SAV-STD", name + " savings", null, null));
          openingCents.add(amount(random, 100_00, 25_000_00));
          savings++;
        }
        if (random.nextInt(100) < 12) {
          toOpen.add(new OpenAccount(number(3, index), customerId, "CD-12M", name + " 12-month CD", null, null));
          openingCents.add((10 + random.nextInt(490)) * 100_00L); // 1,000.00 to 49,900.00 in hundreds
          certificates++;
        }
        if (random.nextInt(100) < 45) {
          long limitCents = (2 + random.nextInt(29)) * 500_00L; // 1,000.00 to 15,000.00
          toOpen.add(new OpenAccount(number(4, index), customerId, "CARD-STD", name + " credit card", limitCents, null));
          openingCents.add(0L); // a new card owes nothing
          cards++;
        }
      }
      List<Account> opened = accounts.openAccounts(toOpen, "generator");
      List<JournalRequest> openingDeposits = new ArrayList<>();
      for (int k = 0; k < opened.size(); k++) {
        long cents = openingCents.get(k);
        if (cents == 0) continue;
        Account a = opened.get(k);
        openingDeposits.add(JournalRequest.transfer("generate:open:" + a.accountNumber(), "OPEN-DEP", vault, a.accountId(), cents,
            CURRENCY, "Opening deposit", "generator", "GENERATE"));
        deposits += cents;
      }
      for (PostingOutcome o : ledger.postBatch(openingDeposits)) {
        // the vault has no floor and every account was just opened: a refusal here is a defect
        if (!o.isPosted()) throw new IllegalStateException("opening deposit refused: " + o.rejection());
      }
      journals += openingDeposits.size();
    }
    return new GenerationReport(customerCount, checking, savings, certificates, cards, journals, deposits);
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
