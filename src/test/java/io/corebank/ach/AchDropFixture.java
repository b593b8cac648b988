package io.corebank.ach;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.ledger.LedgerService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** Accounts and payroll files for the ACH directory tests: every file gets its own file id (date and modifier). */
final class AchDropFixture {
  static final String OUR_ROUTING = "121042882";
  static final String EMPLOYER_BANK = "231380104";
  private static final AtomicInteger fileIds = new AtomicInteger();
  private static final String MODIFIERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private final AccountService accounts;
  private final LedgerService ledger;
  private final String prefix;

  AchDropFixture(AccountService accounts, LedgerService ledger, String prefix) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.prefix = prefix;
  }

  String number(String suffix) {
    return prefix + suffix;
  }

  long open(String suffix) {
    Account a = accounts.open(new OpenAccount(prefix + suffix, null, "CHK-STD", "ACH drop " + suffix, null, null), "test");
    return a.accountId();
  }

  long balance(long accountId) {
    return ledger.balance(accountId).currentCents();
  }

  /** A payroll file paying {@code cents[i]} to accounts {@code suffix + i} (opened here). */
  Path payroll(Path file, String suffix, long... cents) {
    List<PayrollFiles.Payment> payments = new ArrayList<>();
    for (int i = 0; i < cents.length; i++) {
      payments.add(new PayrollFiles.Payment(prefix + suffix + i, "EMPLOYEE " + prefix + suffix + i, cents[i]));
    }
    return payroll(file, payments);
  }

  static Path payroll(Path file, List<PayrollFiles.Payment> payments) {
    int n = fileIds.getAndIncrement();
    PayrollFiles.write(file, EMPLOYER_BANK, OUR_ROUTING, "ACME PAYROLL", LocalDate.of(2026, 1, 2).plusDays(n / MODIFIERS.length()),
        MODIFIERS.charAt(n % MODIFIERS.length()), payments.iterator());
    return file;
  }

  /** The same file with its first batch control's total credit amount wrong: rejected whole. */
  static Path withWrongControlTotal(Path file) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(file));
      int i = 0;
      while (!lines.get(i).startsWith("8")) i++;
      String control = lines.get(i);
      lines.set(i, control.substring(0, 32) + "000000009999" + control.substring(44));
      Files.write(file, lines);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void await(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
