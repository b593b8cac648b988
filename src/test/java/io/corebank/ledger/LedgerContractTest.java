package io.corebank.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's contract, run on every database we support (see the subclasses). Amounts are exact; every
 * refusal is checked to have written nothing.
 */
@SpringBootTest
abstract class LedgerContractTest {
  private static final AtomicInteger accountNumbers = new AtomicInteger();
  private static final AtomicInteger keys = new AtomicInteger();

  @Autowired LedgerService ledger;
  @Autowired LedgerCheck check;
  @Autowired AccountService accounts;
  @Autowired InternalAccounts internal;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  long vault;

  @BeforeEach
  void openInternalAccounts() {
    internal.ensureOpen();
    vault = internal.id(InternalAccount.VAULT_CASH);
  }

  // ---------------------------------------------------------------- fixtures

  Account open(String product) {
    return accounts.open(new OpenAccount("T" + accountNumbers.incrementAndGet() + "-" + getClass().getSimpleName().hashCode(),
        null, product, "test " + product, null, null), "test");
  }

  /** A checking account holding {@code cents}, funded from the vault. */
  long funded(long cents) {
    long id = open("CHK-STD").accountId();
    if (cents > 0) ledger.post(JournalRequest.transfer(key(), "CASH-DEP", vault, id, cents, "USD", "funding", "test", "TEST"));
    return id;
  }

  static String key() {
    return "k-" + keys.incrementAndGet() + "-" + System.nanoTime();
  }

  AccountBalance bal(long accountId) {
    return ledger.balance(accountId);
  }

  long journals() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);
  }

  long entries() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM LEDGER_ENTRY", Long.class);
  }

  /** Asserts that {@code action} is refused for {@code reason} and that it wrote no journal or entry. */
  void assertRefused(RejectionReason reason, Runnable action) {
    long j = journals(), e = entries();
    assertThatThrownBy(action::run).isInstanceOfSatisfying(PostingRejectedException.class,
        ex -> assertThat(ex.reason()).isEqualTo(reason));
    assertThat(journals()).isEqualTo(j);
    assertThat(entries()).isEqualTo(e);
  }

  // ---------------------------------------------------------------- posting

  @Test
  void transferMovesExactAmountsAndWritesTwoEntries() {
    long from = funded(100_00), to = funded(0);
    long e = entries();
    JournalReceipt r = ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 12_34, "USD", "rent", "alice", "TEST"));
    assertThat(r.replayed()).isFalse();
    assertThat(bal(from).currentCents()).isEqualTo(87_66);
    assertThat(bal(from).availableCents()).isEqualTo(87_66);
    assertThat(bal(to).currentCents()).isEqualTo(12_34);
    assertThat(entries()).isEqualTo(e + 2);
    assertThat(jdbc.queryForObject("SELECT SUM(CASE WHEN DIRECTION='C' THEN AMOUNT ELSE -AMOUNT END) FROM LEDGER_ENTRY WHERE JOURNAL_ID = ?",
        java.math.BigDecimal.class, r.journalId())).isEqualByComparingTo("0");
    assertThat(jdbc.queryForObject("SELECT ACTOR FROM JOURNAL WHERE JOURNAL_ID = ?", String.class, r.journalId())).isEqualTo("alice");
  }

  @Test
  void multiLegJournalSplitsOneDebitOverSeveralCredits() {
    long from = funded(100_00), a = funded(0), b = funded(0);
    ledger.post(JournalRequest.builder(key()).txnCode("XFER").debit(from, 30_00, "USD").credit(a, 10_01, "USD")
        .credit(b, 19_99, "USD").build());
    assertThat(bal(from).currentCents()).isEqualTo(70_00);
    assertThat(bal(a).currentCents()).isEqualTo(10_01);
    assertThat(bal(b).currentCents()).isEqualTo(19_99);
  }

  @Test
  void refusesUnbalancedJournals() {
    long from = funded(100_00), to = funded(0);
    assertRefused(RejectionReason.UNBALANCED, () -> ledger.post(JournalRequest.builder(key()).txnCode("XFER")
        .debit(from, 10_00, "USD").credit(to, 9_99, "USD").build()));
    assertThat(bal(from).currentCents()).isEqualTo(100_00);
  }

  @Test
  void refusesJournalsWithOneLegOrNonPositiveAmounts() {
    long from = funded(100_00), to = funded(0);
    assertRefused(RejectionReason.TOO_FEW_LEGS, () -> ledger.post(JournalRequest.builder(key()).txnCode("XFER").debit(from, 1, "USD").build()));
    assertRefused(RejectionReason.NON_POSITIVE_AMOUNT, () -> ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 0, "USD", "", "t", "TEST")));
    assertRefused(RejectionReason.NON_POSITIVE_AMOUNT, () -> ledger.post(JournalRequest.transfer(key(), "XFER", from, to, -5, "USD", "", "t", "TEST")));
  }

  @Test
  void refusesMissingFieldsAndUnknownTransactionCodes() {
    long from = funded(100_00), to = funded(0);
    assertRefused(RejectionReason.INVALID_REQUEST, () -> ledger.post(JournalRequest.transfer(" ", "XFER", from, to, 1, "USD", "", "t", "TEST")));
    assertRefused(RejectionReason.INVALID_REQUEST, () -> ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 1, "USD", "", null, "TEST")));
    assertRefused(RejectionReason.UNKNOWN_TXN_CODE, () -> ledger.post(JournalRequest.transfer(key(), "NOPE", from, to, 1, "USD", "", "t", "TEST")));
  }

  @Test
  void refusesUnknownAccountsAndForeignCurrencies() {
    long from = funded(100_00);
    assertRefused(RejectionReason.ACCOUNT_NOT_FOUND, () -> ledger.post(JournalRequest.transfer(key(), "XFER", from, 999_999_999L, 1_00, "USD", "", "t", "TEST")));
    long to = funded(0);
    assertRefused(RejectionReason.CURRENCY_MISMATCH, () -> ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 1_00, "EUR", "", "t", "TEST")));
    assertThat(bal(from).currentCents()).isEqualTo(100_00);
  }

  @Test
  void refusesOverdraftWithoutALimitAndNamesTheFigures() {
    long from = funded(50_00), to = funded(0);
    long j = journals();
    assertThatThrownBy(() -> ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 50_01, "USD", "", "t", "TEST")))
        .isInstanceOf(PostingRejectedException.class)
        .hasMessageContaining("INSUFFICIENT_FUNDS").hasMessageContaining("account " + from)
        .hasMessageContaining("available 50.00, debit 50.01, limit 0.00");
    assertThat(journals()).isEqualTo(j);
    ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 50_00, "USD", "", "t", "TEST"));
    assertThat(bal(from).currentCents()).isZero();
  }

  @Test
  void overdraftProductAllowsDebitsDownToItsLimit() {
    long od = open("CHK-PLUS").accountId(); // limit 500.00
    long to = funded(0);
    ledger.post(JournalRequest.transfer(key(), "CASH-DEP", vault, od, 100_00, "USD", "", "t", "TEST"));
    ledger.post(JournalRequest.transfer(key(), "XFER", od, to, 600_00, "USD", "", "t", "TEST"));
    assertThat(bal(od).currentCents()).isEqualTo(-500_00);
    assertRefused(RejectionReason.INSUFFICIENT_FUNDS, () -> ledger.post(JournalRequest.transfer(key(), "XFER", od, to, 1, "USD", "", "t", "TEST")));
  }

  @Test
  void creditCardDebitsUpToTheCreditLimit() {
    long card = open("CARD-STD").accountId(); // credit limit 5000.00
    long merchant = internal.id(InternalAccount.MERCHANT_SETTLEMENT);
    ledger.post(JournalRequest.transfer(key(), "CARD-PURCH", card, merchant, 4_999_99, "USD", "", "t", "TEST"));
    assertThat(bal(card).currentCents()).isEqualTo(-4_999_99);
    assertRefused(RejectionReason.INSUFFICIENT_FUNDS, () -> ledger.post(JournalRequest.transfer(key(), "CARD-PURCH", card, merchant, 2, "USD", "", "t", "TEST")));
  }

  @Test
  void internalAccountsSwingBothWays() {
    long to = funded(0);
    long clearing = internal.id(InternalAccount.ACH_CLEARING);
    long before = bal(clearing).currentCents();
    ledger.post(JournalRequest.transfer(key(), "ACH-CR", clearing, to, 1_000_000_00L, "USD", "", "t", "TEST"));
    assertThat(bal(clearing).currentCents()).isEqualTo(before - 1_000_000_00L);
  }

  @Test
  void frozenAccountsRefuseDebitsButAcceptCredits() {
    long acct = funded(100_00), other = funded(100_00);
    accounts.changeStatus(acct, AccountStatus.FROZEN, "ops", "court order");
    assertRefused(RejectionReason.ACCOUNT_FROZEN, () -> ledger.post(JournalRequest.transfer(key(), "XFER", acct, other, 1_00, "USD", "", "t", "TEST")));
    ledger.post(JournalRequest.transfer(key(), "XFER", other, acct, 1_00, "USD", "", "t", "TEST"));
    assertThat(bal(acct).currentCents()).isEqualTo(101_00);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM AUDIT_LOG WHERE ENTITY_TYPE='ACCOUNT' AND ENTITY_ID=? AND AFTER_STATE LIKE 'FROZEN%'",
        Long.class, String.valueOf(acct))).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT ACTION FROM AUDIT_LOG WHERE ENTITY_TYPE='ACCOUNT' AND ENTITY_ID=? ORDER BY AUDIT_ID",
        String.class, String.valueOf(acct))).containsExactly("ACCOUNT_OPEN", "ACCOUNT_STATUS");
  }

  @Test
  void closedAccountsRefuseDebitsAndCredits() {
    long acct = funded(0), other = funded(100_00);
    accounts.changeStatus(acct, AccountStatus.CLOSED, "ops", "customer request");
    assertRefused(RejectionReason.ACCOUNT_CLOSED, () -> ledger.post(JournalRequest.transfer(key(), "XFER", other, acct, 1_00, "USD", "", "t", "TEST")));
    assertRefused(RejectionReason.ACCOUNT_CLOSED, () -> ledger.post(JournalRequest.transfer(key(), "XFER", acct, other, 1_00, "USD", "", "t", "TEST")));
  }

  @Test
  void anAccountWithMoneyCannotClose() {
    long acct = funded(1);
    assertThatThrownBy(() -> accounts.changeStatus(acct, AccountStatus.CLOSED, "ops", "x")).hasMessageContaining("cannot close with balance 0.01");
  }

  // ---------------------------------------------------------------- idempotency

  @Test
  void replayingAKeyReturnsTheOriginalWithoutPosting() {
    long from = funded(100_00), to = funded(0);
    JournalRequest req = JournalRequest.transfer(key(), "XFER", from, to, 10_00, "USD", "first", "t", "TEST");
    JournalReceipt first = ledger.post(req);
    long j = journals();
    JournalReceipt again = ledger.post(req);
    assertThat(again.journalId()).isEqualTo(first.journalId());
    assertThat(again.replayed()).isTrue();
    assertThat(journals()).isEqualTo(j);
    assertThat(bal(from).currentCents()).isEqualTo(90_00);
  }

  @Test
  void replayIsAnsweredEvenWhenTheFundsAreGone() {
    long from = funded(10_00), to = funded(0);
    JournalRequest req = JournalRequest.transfer(key(), "XFER", from, to, 10_00, "USD", "all of it", "t", "TEST");
    JournalReceipt first = ledger.post(req);
    assertThat(ledger.post(req).journalId()).isEqualTo(first.journalId());
  }

  @Test
  void sameKeyWithAnotherPayloadIsAConflict() {
    long from = funded(100_00), to = funded(0);
    String k = key();
    ledger.post(JournalRequest.transfer(k, "XFER", from, to, 10_00, "USD", "", "t", "TEST"));
    assertRefused(RejectionReason.IDEMPOTENCY_CONFLICT, () -> ledger.post(JournalRequest.transfer(k, "XFER", from, to, 10_01, "USD", "", "t", "TEST")));
    assertThat(bal(to).currentCents()).isEqualTo(10_00);
  }

  // ---------------------------------------------------------------- batches

  @Test
  void batchReportsEachJournalAndSeesEarlierPostingsOfTheSameBatch() {
    long from = funded(100_00), to = funded(0);
    String dup = key();
    List<JournalRequest> batch = List.of(
        JournalRequest.transfer(dup, "XFER", from, to, 60_00, "USD", "", "t", "TEST"),
        JournalRequest.transfer(key(), "XFER", from, to, 60_00, "USD", "", "t", "TEST"),   // 40.00 left: refused
        JournalRequest.transfer(dup, "XFER", from, to, 60_00, "USD", "", "t", "TEST"),     // replay of the first
        JournalRequest.transfer(dup, "XFER", from, to, 1_00, "USD", "", "t", "TEST"),      // conflict
        JournalRequest.transfer(key(), "XFER", from, to, 40_00, "USD", "", "t", "TEST"),
        JournalRequest.transfer(key(), "XFER", from, to, 0, "USD", "", "t", "TEST"));      // shape
    List<PostingOutcome> out = ledger.postBatch(batch);
    assertThat(out).extracting(PostingOutcome::isPosted).containsExactly(true, false, true, false, true, false);
    assertThat(out.get(1).rejection().reason()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
    assertThat(out.get(2).receipt().replayed()).isTrue();
    assertThat(out.get(2).receipt().journalId()).isEqualTo(out.get(0).receipt().journalId());
    assertThat(out.get(3).rejection().reason()).isEqualTo(RejectionReason.IDEMPOTENCY_CONFLICT);
    assertThat(out.get(5).rejection().reason()).isEqualTo(RejectionReason.NON_POSITIVE_AMOUNT);
    assertThat(bal(from).currentCents()).isZero();
    assertThat(bal(to).currentCents()).isEqualTo(100_00);
    // the whole batch again: every posted journal is a replay, nothing moves
    List<PostingOutcome> again = ledger.postBatch(batch);
    assertThat(again.get(0).receipt().replayed()).isTrue();
    assertThat(again.get(4).receipt().replayed()).isTrue();
    assertThat(bal(to).currentCents()).isEqualTo(100_00);
  }

  @Test
  void aLargeBatchPostsExactAmountsAndReplaysWhole() {
    // large enough for PostgreSQL's array statements (LedgerStore.ARRAY_MIN_ROWS), on a few hot accounts
    long[] ids = new long[10];
    long[] expected = new long[10];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = funded(1_000_00);
      expected[i] = 1_000_00;
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    List<JournalRequest> batch = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      int a = random.nextInt(10), b = (a + 1 + random.nextInt(9)) % 10;
      long cents = 1 + random.nextInt(50_00);
      batch.add(JournalRequest.transfer(key(), "XFER", ids[a], ids[b], cents, "USD", "", "t", "TEST"));
    }
    // text that COPY must escape arrives intact
    String awkward = "tab\there, back\\slash, new\nline, \\N";
    batch.set(0, JournalRequest.transfer(key(), "XFER", ids[0], ids[1], 1, "USD", awkward, "t", "TEST"));
    List<PostingOutcome> out = ledger.postBatch(batch);
    assertThat(jdbc.queryForObject("SELECT DESCRIPTION FROM JOURNAL WHERE JOURNAL_ID = ?", String.class,
        out.get(0).receipt().journalId())).isEqualTo(awkward);
    for (PostingOutcome o : out) {
      if (!o.isPosted()) continue;
      Leg debit = o.request().legs().get(0);
      Leg credit = o.request().legs().get(1);
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] == debit.accountId()) expected[i] -= debit.amountCents();
        if (ids[i] == credit.accountId()) expected[i] += credit.amountCents();
      }
    }
    assertThat(out.stream().filter(PostingOutcome::isPosted).count()).isGreaterThan(200);
    for (int i = 0; i < ids.length; i++) assertThat(bal(ids[i]).currentCents()).isEqualTo(expected[i]).isGreaterThanOrEqualTo(0);
    long j = journals();
    assertThat(ledger.postBatch(batch)).allSatisfy(o -> assertThat(!o.isPosted() || o.receipt().replayed()).isTrue());
    assertThat(journals()).isEqualTo(j);
    assertThat(check.run().differences()).isEmpty();
  }

  @Test
  void postingInsideACallersTransactionRollsBackWithIt() {
    long from = funded(100_00), to = funded(0);
    long j = journals();
    assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
      ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 10_00, "USD", "", "t", "TEST"));
      throw new IllegalStateException("the job's chunk failed");
    })).hasMessage("the job's chunk failed");
    assertThat(journals()).isEqualTo(j);
    assertThat(bal(from).currentCents()).isEqualTo(100_00);
  }

  @Test
  void aRefusalInsideACallersTransactionDoesNotSpoilIt() {
    long from = funded(100_00), to = funded(0);
    tx.executeWithoutResult(status -> {
      assertThatThrownBy(() -> ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 500_00, "USD", "", "t", "TEST")))
          .isInstanceOf(PostingRejectedException.class);
      ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 5_00, "USD", "", "t", "TEST"));
    });
    assertThat(bal(to).currentCents()).isEqualTo(5_00);
  }

  // ---------------------------------------------------------------- holds

  HoldRequest auth(long account, long cents) {
    return new HoldRequest(key(), account, HoldKind.AUTH, cents, "USD", "card auth", "auth-" + cents, Instant.now().plus(Duration.ofDays(7)), "t");
  }

  @Test
  void holdReducesAvailableNotCurrentAndReleaseRestoresIt() {
    long acct = funded(100_00);
    HoldReceipt h = ledger.placeHold(auth(acct, 30_00));
    assertThat(h.availableAfterCents()).isEqualTo(70_00);
    assertThat(bal(acct)).extracting(AccountBalance::currentCents, AccountBalance::availableCents, AccountBalance::heldCents)
        .containsExactly(100_00L, 70_00L, 30_00L);
    Hold released = ledger.releaseHold(h.holdId(), "t", "customer cancelled");
    assertThat(released.status()).isEqualTo(HoldStatus.RELEASED);
    assertThat(bal(acct)).extracting(AccountBalance::availableCents, AccountBalance::heldCents).containsExactly(100_00L, 0L);
    assertThat(ledger.releaseHold(h.holdId(), "t", "again").status()).isEqualTo(HoldStatus.RELEASED);
    assertThat(bal(acct).availableCents()).isEqualTo(100_00);
  }

  @Test
  void holdBeyondAvailableIsRefusedAndHoldsAreIdempotent() {
    long acct = funded(100_00);
    ledger.placeHold(auth(acct, 80_00));
    assertRefused(RejectionReason.INSUFFICIENT_FUNDS, () -> ledger.placeHold(auth(acct, 20_01)));
    HoldRequest req = auth(acct, 20_00);
    HoldReceipt first = ledger.placeHold(req);
    HoldReceipt again = ledger.placeHold(req);
    assertThat(again.holdId()).isEqualTo(first.holdId());
    assertThat(again.replayed()).isTrue();
    assertThat(bal(acct).heldCents()).isEqualTo(100_00);
    HoldRequest changed = new HoldRequest(req.idempotencyKey(), acct, HoldKind.AUTH, 1, "USD", "x", "y", req.expiresAt(), "t");
    assertThatThrownBy(() -> ledger.placeHold(changed)).isInstanceOfSatisfying(PostingRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(RejectionReason.IDEMPOTENCY_CONFLICT));
  }

  @Test
  void partialFinalCaptureDebitsTheCapturedAmountAndReleasesTheRest() {
    long acct = funded(100_00);
    long merchant = internal.id(InternalAccount.MERCHANT_SETTLEMENT);
    long merchantBefore = bal(merchant).currentCents();
    HoldReceipt h = ledger.placeHold(auth(acct, 50_00));
    CaptureRequest capture = new CaptureRequest(key(), h.holdId(), 42_50, merchant, "CARD-PURCH", "coffee", "TEST", "t", true);
    JournalReceipt r = ledger.captureHold(capture);
    assertThat(bal(acct)).extracting(AccountBalance::currentCents, AccountBalance::availableCents, AccountBalance::heldCents)
        .containsExactly(57_50L, 57_50L, 0L);
    assertThat(bal(merchant).currentCents()).isEqualTo(merchantBefore + 42_50);
    assertThat(ledger.hold(h.holdId())).extracting(Hold::status, Hold::remainingCents).containsExactly(HoldStatus.CAPTURED, 0L);
    assertThat(jdbc.queryForObject("SELECT HOLD_ID FROM JOURNAL WHERE JOURNAL_ID = ?", Long.class, r.journalId())).isEqualTo(h.holdId());
    JournalReceipt replay = ledger.captureHold(capture);
    assertThat(replay.journalId()).isEqualTo(r.journalId());
    assertThat(replay.replayed()).isTrue();
    assertThat(bal(acct).currentCents()).isEqualTo(57_50);
  }

  @Test
  void nonFinalCapturesClearAnAuthorizationInSeveralPresentments() {
    long acct = funded(100_00);
    long merchant = internal.id(InternalAccount.MERCHANT_SETTLEMENT);
    HoldReceipt h = ledger.placeHold(auth(acct, 60_00));
    ledger.captureHold(new CaptureRequest(key(), h.holdId(), 20_00, merchant, "CARD-PURCH", "part 1", "TEST", "t", false));
    assertThat(bal(acct)).extracting(AccountBalance::currentCents, AccountBalance::heldCents).containsExactly(80_00L, 40_00L);
    assertRefused(RejectionReason.HOLD_AMOUNT_EXCEEDED, () ->
        ledger.captureHold(new CaptureRequest(key(), h.holdId(), 40_01, merchant, "CARD-PURCH", "too much", "TEST", "t", false)));
    ledger.captureHold(new CaptureRequest(key(), h.holdId(), 40_00, merchant, "CARD-PURCH", "part 2", "TEST", "t", false));
    assertThat(ledger.hold(h.holdId()).status()).isEqualTo(HoldStatus.CAPTURED);
    assertThat(bal(acct)).extracting(AccountBalance::currentCents, AccountBalance::availableCents, AccountBalance::heldCents)
        .containsExactly(40_00L, 40_00L, 0L);
    assertRefused(RejectionReason.HOLD_NOT_PENDING, () ->
        ledger.captureHold(new CaptureRequest(key(), h.holdId(), 1, merchant, "CARD-PURCH", "late", "TEST", "t", true)));
  }

  @Test
  void expiredHoldsGiveTheirFundsBack() {
    long acct = funded(100_00);
    Instant soon = Instant.now().plus(Duration.ofMinutes(1));
    HoldReceipt h = ledger.placeHold(new HoldRequest(key(), acct, HoldKind.AUTH, 25_00, "USD", "auth", null, soon, "t"));
    assertThat(ledger.expireHolds(soon.minusSeconds(30), "nightly")).isZero();
    assertThat(ledger.expireHolds(soon.plusSeconds(1), "nightly")).isGreaterThanOrEqualTo(1);
    assertThat(ledger.hold(h.holdId()).status()).isEqualTo(HoldStatus.EXPIRED);
    assertThat(bal(acct).availableCents()).isEqualTo(100_00);
  }

  @Test
  void floatHoldKeepsACreditPendingUntilReleased() {
    long acct = funded(100_00);
    ledger.placeHold(new HoldRequest(key(), acct, HoldKind.FLOAT, 100_00, "USD", "Reg CC next-day availability", null,
        Instant.now().plus(Duration.ofDays(1)), "t"));
    assertThat(bal(acct)).extracting(AccountBalance::currentCents, AccountBalance::availableCents, AccountBalance::pendingCents)
        .containsExactly(100_00L, 0L, 100_00L);
    assertRefused(RejectionReason.INSUFFICIENT_FUNDS, () -> ledger.post(JournalRequest.transfer(key(), "CASH-WDL", acct, vault, 1, "USD", "", "t", "TEST")));
  }

  @Test
  void batchedHoldsAreCheckedInOrderReplayedAndAllOrNothing() {
    long a = funded(100_00), b = funded(50_00);
    HoldRequest floatA = new HoldRequest(key(), a, HoldKind.FLOAT, 60_00, "USD", "Reg CC", "f-a", Instant.now().plus(Duration.ofDays(1)), "t");
    HoldRequest authB = auth(b, 50_00);
    List<HoldReceipt> placed = ledger.placeHolds(List.of(floatA, authB));
    assertThat(placed).extracting(HoldReceipt::replayed).containsExactly(false, false);
    assertThat(bal(a)).extracting(AccountBalance::availableCents, AccountBalance::pendingCents).containsExactly(40_00L, 60_00L);
    assertThat(bal(b)).extracting(AccountBalance::availableCents, AccountBalance::heldCents).containsExactly(0L, 50_00L);
    // the same batch again: replays, nothing changes
    List<HoldReceipt> again = ledger.placeHolds(List.of(floatA, authB));
    assertThat(again).extracting(HoldReceipt::holdId).containsExactlyElementsOf(placed.stream().map(HoldReceipt::holdId).toList());
    assertThat(again).extracting(HoldReceipt::replayed).containsExactly(true, true);
    // a batch whose second hold is refused writes nothing, its first hold included
    long holdsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ACCOUNT_HOLD", Long.class);
    assertRefused(RejectionReason.INSUFFICIENT_FUNDS, () -> ledger.placeHolds(List.of(auth(a, 10_00), auth(b, 1))));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACCOUNT_HOLD", Long.class)).isEqualTo(holdsBefore);
    assertThat(bal(a).availableCents()).isEqualTo(40_00);
  }

  @Test
  void journalsPostedWithTheirFloatHoldsInOnePassAndReplayedWithThem() {
    long a = funded(0), b = funded(10_00);
    // a credit with its float hold, a debit refused for funds (no hold asked), a credit without a hold
    JournalRequest creditA = JournalRequest.transfer(key(), "XFER", vault, a, 70_00, "USD", "credit a", "t", "TEST");
    HoldRequest floatA = new HoldRequest(key(), a, HoldKind.FLOAT, 70_00, "USD", "Reg CC", "f-a", Instant.now().plus(Duration.ofDays(1)), "t");
    JournalRequest debitB = JournalRequest.builder(key()).txnCode("XFER").sourceSystem("TEST").description("debit b").actor("t")
        .fundsCheck(FundsCheck.ENFORCE).debit(b, 20_00, "USD").credit(vault, 20_00, "USD").build();
    JournalRequest creditB = JournalRequest.transfer(key(), "XFER", vault, b, 5_00, "USD", "credit b", "t", "TEST");
    List<LedgerService.PostingWithHold> done = ledger.postBatchWithHolds(List.of(creditA, debitB, creditB),
        java.util.Arrays.asList(floatA, null, null));
    assertThat(done.get(0).posting().isPosted()).isTrue();
    assertThat(done.get(0).hold()).isNotNull().extracting(HoldReceipt::replayed, HoldReceipt::availableAfterCents).containsExactly(false, 0L);
    assertThat(done.get(1).posting().rejection().reason()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
    assertThat(done.get(1).hold()).isNull();
    assertThat(done.get(2).posting().isPosted()).isTrue();
    assertThat(bal(a)).extracting(AccountBalance::currentCents, AccountBalance::availableCents, AccountBalance::pendingCents)
        .containsExactly(70_00L, 0L, 70_00L);
    assertThat(bal(b)).extracting(AccountBalance::currentCents, AccountBalance::availableCents).containsExactly(15_00L, 15_00L);
    // the same batch again: the journals and the hold answer as replays, nothing changes
    long holdsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ACCOUNT_HOLD", Long.class);
    List<LedgerService.PostingWithHold> again = ledger.postBatchWithHolds(List.of(creditA, debitB, creditB),
        java.util.Arrays.asList(floatA, null, null));
    assertThat(again.get(0).posting().receipt().replayed()).isTrue();
    assertThat(again.get(0).hold()).extracting(HoldReceipt::holdId, HoldReceipt::replayed).containsExactly(done.get(0).hold().holdId(), true);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACCOUNT_HOLD", Long.class)).isEqualTo(holdsBefore);
    assertThat(bal(a).pendingCents()).isEqualTo(70_00L);
    // a hold a rule refuses (more than the credit made available) fails the whole batch: its journal is not written
    long c = funded(0);
    JournalRequest creditC = JournalRequest.transfer(key(), "XFER", vault, c, 10_00, "USD", "credit c", "t", "TEST");
    HoldRequest tooMuch = new HoldRequest(key(), c, HoldKind.AUTH, 11_00, "USD", "auth", "x", Instant.now().plus(Duration.ofDays(1)), "t");
    assertRefused(RejectionReason.INSUFFICIENT_FUNDS, () -> ledger.postBatchWithHolds(List.of(creditC), java.util.Arrays.asList(tooMuch)));
    assertThat(bal(c).currentCents()).isZero();
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void holdsPlacedEachOnTheirOwnReportARefusalAndPlaceTheOthers() {
    long a = funded(100_00), b = funded(30_00);
    HoldRequest first = auth(a, 40_00);
    List<LedgerService.HoldOutcome> placed = ledger.placeHoldsEach(List.of(first, auth(b, 30_01), auth(a, 60_00)));
    assertThat(placed).extracting(LedgerService.HoldOutcome::placed).containsExactly(true, false, true);
    assertThat(placed.get(1).rejection().reason()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
    // each hold sees what the ones before it left: a's second hold takes the last 60.00
    assertThat(placed.get(2).receipt().availableAfterCents()).isZero();
    assertThat(bal(a)).extracting(AccountBalance::availableCents, AccountBalance::heldCents).containsExactly(0L, 100_00L);
    assertThat(bal(b)).extracting(AccountBalance::availableCents, AccountBalance::heldCents).containsExactly(30_00L, 0L);
    // the first again is a replay; its key with another amount is a conflict, reported, not thrown
    HoldRequest conflicting = new HoldRequest(first.idempotencyKey(), a, HoldKind.AUTH, 1_00, "USD", first.reason(),
        first.externalRef(), first.expiresAt(), "t");
    List<LedgerService.HoldOutcome> again = ledger.placeHoldsEach(List.of(first, conflicting, auth(b, 5_00)));
    assertThat(again.get(0).receipt()).extracting(HoldReceipt::holdId, HoldReceipt::replayed)
        .containsExactly(placed.get(0).receipt().holdId(), true);
    assertThat(again.get(1).rejection().reason()).isEqualTo(RejectionReason.IDEMPOTENCY_CONFLICT);
    assertThat(again.get(2).placed()).isTrue();
    assertThat(bal(b).heldCents()).isEqualTo(5_00L);
    // the same conflict in an all-or-nothing batch throws, and the batch's other hold is not placed
    assertRefused(RejectionReason.IDEMPOTENCY_CONFLICT, () -> ledger.placeHolds(List.of(auth(b, 1_00), conflicting)));
    assertThat(bal(b).heldCents()).isEqualTo(5_00L);
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void aLargeBatchOfHoldsTakesTheBulkPathWithTheSameResult() {
    long a = funded(10_000_00);
    List<HoldRequest> holds = new java.util.ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      holds.add(new HoldRequest(key(), a, HoldKind.FLOAT, i, "USD", "Reg CC " + i, "f" + i, Instant.now().plus(Duration.ofDays(1)), "t"));
    }
    List<HoldReceipt> placed = ledger.placeHolds(holds);
    assertThat(placed).hasSize(150).extracting(HoldReceipt::replayed).containsOnly(false);
    assertThat(bal(a).pendingCents()).isEqualTo(150 * 151 / 2);
    assertThat(jdbc.queryForObject("SELECT SUM(REMAINING) FROM ACCOUNT_HOLD WHERE ACCOUNT_ID = ? AND STATUS = 'PENDING'",
        java.math.BigDecimal.class, a)).isEqualByComparingTo("113.25");
    assertThat(check.run().clean()).isTrue();
  }

  // ---------------------------------------------------------------- reversal

  @Test
  void reversalPostsACompensatingJournalOnceAndChangesNothingElse() {
    long from = funded(100_00), to = funded(0);
    JournalReceipt original = ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 25_00, "USD", "mistake", "t", "TEST"));
    JournalReceipt reversal = ledger.reverse(original.journalId(), "ops", "keyed twice", FundsCheck.ENFORCE);
    assertThat(bal(from).currentCents()).isEqualTo(100_00);
    assertThat(bal(to).currentCents()).isZero();
    assertThat(jdbc.queryForObject("SELECT REVERSES_JOURNAL_ID FROM JOURNAL WHERE JOURNAL_ID = ?", Long.class, reversal.journalId()))
        .isEqualTo(original.journalId());
    assertThat(ledger.reverse(original.journalId(), "ops", "again", FundsCheck.ENFORCE).journalId()).isEqualTo(reversal.journalId());
    assertThat(bal(from).currentCents()).isEqualTo(100_00);
    assertRefused(RejectionReason.JOURNAL_NOT_FOUND, () -> ledger.reverse(-1, "ops", "x", FundsCheck.ENFORCE));
  }

  @Test
  void reversalThatWouldOverdrawNeedsForce() {
    long from = funded(100_00), to = funded(0), third = funded(0);
    JournalReceipt original = ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 50_00, "USD", "", "t", "TEST"));
    ledger.post(JournalRequest.transfer(key(), "XFER", to, third, 50_00, "USD", "spent", "t", "TEST"));
    assertRefused(RejectionReason.INSUFFICIENT_FUNDS, () -> ledger.reverse(original.journalId(), "ops", "fraud", FundsCheck.ENFORCE));
    ledger.reverse(original.journalId(), "ops", "fraud", FundsCheck.FORCE);
    assertThat(bal(to).currentCents()).isEqualTo(-50_00);
  }

  // ---------------------------------------------------------------- the database guards the books

  @Test
  void theDatabaseRefusesUpdatesAndDeletesOfJournalsEntriesAndAudit() {
    long from = funded(100_00), to = funded(0);
    JournalReceipt r = ledger.post(JournalRequest.transfer(key(), "XFER", from, to, 1_00, "USD", "", "t", "TEST"));
    accounts.changeStatus(to, AccountStatus.DORMANT, "ops", "audit me");
    for (String sql : List.of(
        "UPDATE JOURNAL SET DESCRIPTION = 'tampered' WHERE JOURNAL_ID = " + r.journalId(),
        "DELETE FROM JOURNAL WHERE JOURNAL_ID = " + r.journalId(),
        "UPDATE LEDGER_ENTRY SET AMOUNT = 1000 WHERE JOURNAL_ID = " + r.journalId(),
        "DELETE FROM LEDGER_ENTRY WHERE JOURNAL_ID = " + r.journalId(),
        "UPDATE AUDIT_LOG SET ACTOR = 'nobody'",
        "DELETE FROM AUDIT_LOG")) {
      assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class)
          .rootCause().hasMessageContaining("append-only");
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LEDGER_ENTRY WHERE JOURNAL_ID = ?", Long.class, r.journalId())).isEqualTo(2);
  }

  @Test
  void checkIsCleanAfterPostingAndFindsAHandEditedBalance() {
    long acct = funded(10_00);
    LedgerCheckReport clean = check.run();
    assertThat(clean.differences()).isEmpty();
    assertThat(clean.clean()).isTrue();
    assertThat(clean.entriesNetByCurrency()).containsEntry("USD", 0L);
    jdbc.update("UPDATE ACCOUNT_BALANCE SET CURRENT_BALANCE = CURRENT_BALANCE + 0.01 WHERE ACCOUNT_ID = ?", acct);
    try {
      LedgerCheckReport dirty = check.run();
      assertThat(dirty.clean()).isFalse();
      assertThat(dirty.differences()).anySatisfy(d -> assertThat(d).startsWith("account " + acct + ": stored current 10.01"));
      assertThat(dirty.differences()).anySatisfy(d -> assertThat(d).contains("current balances in USD sum to 0.01"));
    } finally {
      jdbc.update("UPDATE ACCOUNT_BALANCE SET CURRENT_BALANCE = CURRENT_BALANCE - 0.01 WHERE ACCOUNT_ID = ?", acct);
    }
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void checkFindsAHoldOnAnAccountThatDoesNotExist() {
    // holds have no foreign key (V10): the check is what proves each has its account
    jdbc.update("INSERT INTO ACCOUNT_HOLD (HOLD_ID, ACCOUNT_ID, HOLD_KIND, AMOUNT, REMAINING, CURRENCY, REASON, IDEMPOTENCY_KEY, "
        + "REQUEST_HASH, PLACED_AT, EXPIRES_AT, STATUS, CLOSED_AT, ACTOR) VALUES (?, ?, 'AUTH', 1, 0, 'USD', 'hand-made', ?, ?, "
        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'RELEASED', CURRENT_TIMESTAMP, 't')", 987_654_321L, 987_654_320L, key(), "0".repeat(64));
    try {
      assertThat(check.run().differences()).contains("hold 987654321 is on account 987654320, which has no balance row");
    } finally {
      jdbc.update("DELETE FROM ACCOUNT_HOLD WHERE HOLD_ID = ?", 987_654_321L);
    }
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void everyRefusalLeavesAllBalancesEqualToTheirEntries() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) ids.add(funded(10_00));
    for (int i = 0; i < 30; i++) {
      try {
        ledger.post(JournalRequest.transfer(key(), "XFER", ids.get(i % 3), ids.get((i + 1) % 3), 7_00, "USD", "", "t", "TEST"));
      } catch (PostingRejectedException expected) {
        // some are refused; the check below proves they left nothing behind
      }
    }
    assertThat(check.run().differences()).isEmpty();
  }

  // ---------------------------------------------------------------- concurrency

  /** A posting locks its balance rows and nothing else: not the account, not the product they share. */
  @Test
  void postingsOnDisjointAccountsOfOneProductDoNotWaitForEachOther() throws Exception {
    long a = funded(100_00), b = funded(0), c = funded(100_00), d = funded(0);
    java.util.concurrent.CountDownLatch firstHoldsItsLocks = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch secondDone = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<?> first = pool.submit(() -> tx.executeWithoutResult(status -> {
        ledger.post(JournalRequest.transfer(key(), "XFER", a, b, 1_00, "USD", "", "t", "TEST"));
        firstHoldsItsLocks.countDown();
        try {
          // keep the transaction (and its locks) open until the other posting has finished
          assertThat(secondDone.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }));
      assertThat(firstHoldsItsLocks.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      long started = System.nanoTime();
      ledger.post(JournalRequest.transfer(key(), "XFER", c, d, 1_00, "USD", "", "t", "TEST"));
      long waitedMs = (System.nanoTime() - started) / 1_000_000;
      secondDone.countDown();
      first.get(20, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(waitedMs).as("the second posting must not queue behind the first's transaction").isLessThan(5_000);
    } finally {
      secondDone.countDown();
      pool.shutdownNow();
    }
    assertThat(bal(b).currentCents()).isEqualTo(1_00);
    assertThat(bal(d).currentCents()).isEqualTo(1_00);
  }

  /**
   * 8 threads, a fixed seed, thousands of transfers, holds, captures, releases and duplicate submissions
   * over six hot accounts. Afterwards every balance equals both its entries (ledger check) and what the
   * successful operations say it must be (nothing lost, nothing doubled).
   */
  @Test
  void concurrentPostingOverHotAccountsLosesNothingAndDeadlocksNever() throws Exception {
    int threads = 8, opsPerThread = 400;
    long seed = 20261122L;
    long[] hot = new long[6];
    long[] opening = {100_00, 100_000_00, 100_000_00, 100_000_00, 100_000_00, 100_000_00}; // one poor account: refusals
    for (int i = 0; i < hot.length; i++) hot[i] = funded(opening[i]);
    long merchant = internal.id(InternalAccount.MERCHANT_SETTLEMENT);
    java.util.Map<Long, java.util.concurrent.atomic.AtomicLong> expected = new java.util.concurrent.ConcurrentHashMap<>();
    for (int i = 0; i < hot.length; i++) expected.put(hot[i], new java.util.concurrent.atomic.AtomicLong(opening[i]));
    List<JournalRequest> submitted = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger posted = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger replayed = new java.util.concurrent.atomic.AtomicInteger();

    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed + t);
      futures.add(pool.submit(() -> {
        for (int op = 0; op < opsPerThread; op++) {
          long a = hot[random.nextInt(hot.length)], b = hot[random.nextInt(hot.length)];
          long cents = 1 + random.nextInt(300_00);
          int kind = random.nextInt(10);
          try {
            if (kind < 5 && a != b) {
              JournalRequest req = JournalRequest.transfer(key(), "XFER", a, b, cents, "USD", "", "t", "TEST");
              JournalReceipt r = ledger.post(req);
              submitted.add(req);
              if (!r.replayed()) {
                expected.get(a).addAndGet(-cents);
                expected.get(b).addAndGet(cents);
                posted.incrementAndGet();
              }
            } else if (kind < 6 && !submitted.isEmpty()) {
              // the same request again, possibly while its first submission is still in flight elsewhere
              JournalRequest again = submitted.get(random.nextInt(submitted.size()));
              assertThat(ledger.post(again).replayed()).isTrue();
              replayed.incrementAndGet();
            } else {
              HoldReceipt h = ledger.placeHold(auth(a, cents));
              int fate = random.nextInt(3);
              if (fate == 0) {
                ledger.releaseHold(h.holdId(), "t", "cancelled");
              } else {
                long captured = fate == 1 ? cents : Math.max(1, cents / 2);
                JournalReceipt r = ledger.captureHold(new CaptureRequest(key(), h.holdId(), captured, merchant, "CARD-PURCH", "", "TEST", "t", true));
                if (!r.replayed()) {
                  expected.get(a).addAndGet(-captured);
                  posted.incrementAndGet();
                }
              }
            }
          } catch (PostingRejectedException e) {
            assertThat(e.reason()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
            refused.incrementAndGet();
          }
        }
      }));
    }
    try {
      for (java.util.concurrent.Future<?> f : futures) f.get(5, java.util.concurrent.TimeUnit.MINUTES);
    } finally {
      // a failed worker must not leave the others posting into the next test
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    }

    assertThat(posted.get()).isGreaterThan(1000);
    assertThat(refused.get()).isGreaterThan(0);
    assertThat(replayed.get()).isGreaterThan(0);
    for (long id : hot) {
      assertThat(bal(id).currentCents()).as("account %d", id).isEqualTo(expected.get(id).get());
      assertThat(bal(id).heldCents()).as("holds of %d all closed", id).isZero();
      assertThat(bal(id).currentCents()).isGreaterThanOrEqualTo(0);
    }
    assertThat(check.run().differences()).isEmpty();
  }
}
