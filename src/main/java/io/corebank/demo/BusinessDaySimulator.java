package io.corebank.demo;

import io.corebank.account.AccountService;
import io.corebank.account.CustomerAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.CaptureRequest;
import io.corebank.ledger.HoldKind;
import io.corebank.ledger.HoldReceipt;
import io.corebank.ledger.HoldRequest;
import io.corebank.ledger.JournalReceipt;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingOutcome;
import io.corebank.ledger.PostingRejectedException;
import io.corebank.ledger.RejectionReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Service;

/**
 * Posts a business day of retail activity through the ledger, deterministically for a seed and date:
 * cash deposits, withdrawals and transfers in batches (as a branch or channel day would arrive), card
 * authorizations as holds one at a time (as the network sends them), then captures and releases.
 * Idempotency keys carry the date, so running the same day twice posts nothing new.
 */
@Service
public class BusinessDaySimulator {
  static final int BATCH = 500;
  static final String CURRENCY = "USD";
  static final String ACTOR = "demo";
  static final String SOURCE = "DEMO";
  static final int AUTH_HOLD_DAYS = 7;

  private final AccountService accounts;
  private final InternalAccounts internal;
  private final LedgerService ledger;

  public BusinessDaySimulator(AccountService accounts, InternalAccounts internal, LedgerService ledger) {
    this.accounts = accounts;
    this.internal = internal;
    this.ledger = ledger;
  }

  public DayReport simulate(LocalDate businessDate, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ businessDate.toEpochDay());
    Tally tally = new Tally();
    String day = "demo:" + businessDate + ":";
    long vault = internal.id(InternalAccount.VAULT_CASH);
    long merchants = internal.id(InternalAccount.MERCHANT_SETTLEMENT);

    Map<Long, CustomerAccount> checkingByCustomer = new java.util.HashMap<>();
    Map<Long, CustomerAccount> savingsByCustomer = new java.util.HashMap<>();
    List<CustomerAccount> cards = new ArrayList<>();
    for (CustomerAccount a : accounts.activeCustomerAccounts()) {
      switch (a.kind()) {
        case CHECKING -> checkingByCustomer.putIfAbsent(a.customerId(), a);
        case SAVINGS -> savingsByCustomer.putIfAbsent(a.customerId(), a);
        case CREDIT_CARD -> cards.add(a);
        default -> { }
      }
    }

    // branch and channel activity, posted in batches
    List<JournalRequest> batch = new ArrayList<>();
    int n = 0;
    for (CustomerAccount checking : checkingByCustomer.values().stream().sorted((x, y) -> Long.compare(x.accountId(), y.accountId())).toList()) {
      int roll = random.nextInt(100);
      if (roll < 30) {
        long cents = DemoBankGenerator.amount(random, 500_00, 4_000_00);
        batch.add(JournalRequest.transfer(day + "dep:" + n++, "CASH-DEP", vault, checking.accountId(), cents, CURRENCY,
            "Cash deposit", ACTOR, SOURCE));
      } else if (roll < 50) {
        long cents = DemoBankGenerator.amount(random, 20_00, 1_200_00);
        batch.add(JournalRequest.transfer(day + "wdl:" + n++, "CASH-WDL", checking.accountId(), vault, cents, CURRENCY,
            "ATM withdrawal", ACTOR, SOURCE));
      } else if (roll < 65 && savingsByCustomer.containsKey(checking.customerId())) {
        long cents = DemoBankGenerator.amount(random, 50_00, 1_000_00);
        batch.add(JournalRequest.transfer(day + "xfer:" + n++, "XFER", checking.accountId(),
            savingsByCustomer.get(checking.customerId()).accountId(), cents, CURRENCY, "Transfer to savings", ACTOR, SOURCE));
      }
      if (batch.size() == BATCH) post(batch, tally);
    }
    post(batch, tally);

    // card authorizations arrive one by one; most are captured (some for a different amount), some released.
    // The expiry comes from the business date, not the wall clock: a rerun of the day must send the very
    // same requests, or their idempotency keys would be refused as conflicts.
    Instant expiry = businessDate.plusDays(AUTH_HOLD_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
    for (CustomerAccount card : cards) {
      if (random.nextInt(100) >= 60) continue;
      int auths = 1 + random.nextInt(3);
      for (int k = 0; k < auths; k++) {
        String key = day + "auth:" + card.accountId() + ":" + k;
        long cents = DemoBankGenerator.amount(random, 5_00, 400_00);
        int fate = random.nextInt(100);
        try {
          HoldReceipt hold = ledger.placeHold(new HoldRequest(key, card.accountId(), HoldKind.AUTH, cents, CURRENCY,
              "Card authorization", key, expiry, ACTOR));
          if (!hold.replayed()) tally.holdsPlaced++;
          if (fate < 80) {
            long captured = fate < 10 ? Math.max(1, cents - cents / 10) : cents; // a tip adjusted down, or exact
            JournalReceipt r = ledger.captureHold(new CaptureRequest(key + ":capture", hold.holdId(), captured, merchants,
                "CARD-PURCH", "Card purchase", SOURCE, ACTOR, true));
            count(r, tally);
            if (!r.replayed()) {
              tally.holdsCaptured++;
              tally.cardSpendCents += captured;
            }
          } else if (fate < 90) {
            if (ledger.hold(hold.holdId()).status() == io.corebank.ledger.HoldStatus.PENDING) {
              ledger.releaseHold(hold.holdId(), ACTOR, "merchant cancelled");
              tally.holdsReleased++;
            }
          } else if (!hold.replayed()) {
            tally.holdsLeftPending++;
          }
        } catch (PostingRejectedException e) {
          tally.refusals.merge(e.reason(), 1, Integer::sum);
        }
      }
    }
    return new DayReport(tally.posted, tally.replayed, tally.refusals, tally.holdsPlaced, tally.holdsCaptured,
        tally.holdsReleased, tally.holdsLeftPending, tally.depositsCents, tally.withdrawalsCents, tally.cardSpendCents);
  }

  private void post(List<JournalRequest> batch, Tally tally) {
    if (batch.isEmpty()) return;
    for (PostingOutcome o : ledger.postBatch(batch)) {
      if (o.isPosted()) {
        count(o.receipt(), tally);
        long cents = o.request().legs().get(0).amountCents();
        if (!o.receipt().replayed() && o.request().txnCode().equals("CASH-WDL")) tally.withdrawalsCents += cents;
        if (!o.receipt().replayed() && o.request().txnCode().equals("CASH-DEP")) tally.depositsCents += cents;
      } else {
        tally.refusals.merge(o.rejection().reason(), 1, Integer::sum);
      }
    }
    batch.clear();
  }

  private static void count(JournalReceipt receipt, Tally tally) {
    if (receipt.replayed()) tally.replayed++;
    else tally.posted++;
  }

  private static final class Tally {
    int posted, replayed, holdsPlaced, holdsCaptured, holdsReleased, holdsLeftPending;
    long depositsCents, withdrawalsCents, cardSpendCents;
    final Map<RejectionReason, Integer> refusals = new EnumMap<>(RejectionReason.class);
  }
}
