package io.corebank.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.AccountStatus;
import io.corebank.ledger.HoldStatus;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The online processor's decisions against a real ledger: every authorization reason, holds and their
 * release, idempotent answers, fraud rules, roles and dual control, and the PAN never stored.
 */
@SpringBootTest(properties = {"corebank.online.fraud.max-per-card-per-hour=3", "corebank.online.fraud.denied-merchants=BADMERCH01"})
abstract class OnlineContractTest {
  static final AtomicInteger seq = new AtomicInteger();

  @Autowired Authorizations authorizations;
  @Autowired OnlineBanking banking;
  @Autowired Cards cards;
  @Autowired AccountService accounts;
  @Autowired LedgerService ledger;
  @Autowired InternalAccounts internal;
  @Autowired LedgerCheck check;
  @Autowired JdbcTemplate jdbc;

  String prefix;
  static final OnlineBanking.Requester TELLER = new OnlineBanking.Requester("BRANCH01", "TELLER01");
  static final OnlineBanking.Requester IVR = new OnlineBanking.Requester("IVR", "IVR");

  @BeforeEach
  void setUp() {
    internal.ensureOpen();
    prefix = "O" + seq.incrementAndGet() + getClass().getSimpleName().length();
  }

  Account checking(String suffix, long cents) {
    Account a = accounts.open(new OpenAccount(prefix + suffix, null, "CHK-STD", "online " + suffix, null, null), "test");
    if (cents > 0) {
      ledger.post(JournalRequest.transfer("fund:" + a.accountNumber(), "CASH-DEP", internal.id(InternalAccount.VAULT_CASH),
          a.accountId(), cents, "USD", "funding", "test", "TEST"));
    }
    return a;
  }

  String pan() {
    return CardTokens.withLuhn(String.format("4%014d", System.nanoTime() % 100_000_000_000_000L));
  }

  String id() {
    return prefix + "-" + seq.incrementAndGet();
  }

  AuthorizationRequest auth(String pan, long cents, String mcc) {
    return new AuthorizationRequest(id(), pan, "2912", cents, "USD", mcc, "M123", "CORNER SHOP", "USA", "05");
  }

  @Test
  void approvalPlacesAHoldAndTheSameRequestGetsTheSameAnswer() {
    Account a = checking("A", 100_00);
    String pan = pan();
    cards.issue(pan, a.accountId(), "2912", "USA");
    AuthorizationRequest r = auth(pan, 30_00, "5411");
    AuthorizationReply first = authorizations.authorize(r);
    assertThat(first.approved()).isTrue();
    assertThat(first.reason()).isEqualTo("0000");
    assertThat(first.availableAfterCents()).isEqualTo(70_00);
    assertThat(first.authCode()).hasSize(6);
    assertThat(ledger.balance(a.accountId()).heldCents()).isEqualTo(30_00);
    AuthorizationReply again = authorizations.authorize(r);
    assertThat(again.replayed()).isTrue();
    assertThat(again.authCode()).isEqualTo(first.authCode());
    assertThat(again.holdId()).isEqualTo(first.holdId());
    assertThat(ledger.balance(a.accountId()).heldCents()).isEqualTo(30_00);
    // the reversal releases the hold, once
    Authorizations.ReversalReply reversal = authorizations.reverse(id(), r.requestId());
    assertThat(reversal.releasedCents()).isEqualTo(30_00);
    assertThat(ledger.hold(first.holdId()).status()).isEqualTo(HoldStatus.RELEASED);
    assertThat(ledger.balance(a.accountId()).availableCents()).isEqualTo(100_00);
    // no full card number anywhere in the database
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CARD WHERE TOKEN = ? OR LAST4 = ?", Integer.class, pan,
        pan.substring(12))).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CARD WHERE TOKEN LIKE ?", Integer.class, "%" + pan + "%")).isZero();
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void everyDeclineHasItsReasonAndHoldsNothing() {
    Account a = checking("B", 50_00);
    String pan = pan();
    Cards.Card card = cards.issue(pan, a.accountId(), "2912", "USA");
    assertThat(authorizations.authorize(auth(pan(), 10_00, "5411")).reason()).isEqualTo("3100");
    assertThat(authorizations.authorize(auth(pan, 50_01, "5411")).reason()).isEqualTo("4100");
    assertThat(authorizations.authorize(new AuthorizationRequest(id(), pan, "2701", 10_00, "USD", "5411", "M1", "X", "USA", "05"))
        .reason()).as("expiry other than the card's").isEqualTo("4200");
    assertThat(authorizations.authorize(auth(pan, 600_01, "5812")).reason()).as("above the MCC ceiling").isEqualTo("5100");
    assertThat(authorizations.authorize(new AuthorizationRequest(id(), pan, "2912", 10_00, "USD", "5411", "BADMERCH01", "X", "USA", "05"))
        .reason()).as("denylisted merchant").isEqualTo("5100");
    assertThat(authorizations.authorize(new AuthorizationRequest(id(), pan, "2912", 20_00, "USD", "5411", "M1", "X", "FRA", "05"))
        .approved()).as("foreign but small").isTrue();
    cards.changeStatus(card.cardId(), "BLOCKED");
    assertThat(authorizations.authorize(auth(pan, 1_00, "5411")).reason()).isEqualTo("4200");
    cards.changeStatus(card.cardId(), "ACTIVE");
    assertThat(ledger.balance(a.accountId()).heldCents()).as("only the approved one holds").isEqualTo(20_00);
    Account empty = checking("B2", 0);
    String closedPan = pan();
    cards.issue(closedPan, empty.accountId(), "2912", "USA");
    accounts.changeStatus(empty.accountId(), AccountStatus.CLOSED, "test", "closed");
    assertThat(authorizations.authorize(auth(closedPan, 1_00, "5411")).reason()).isEqualTo("4300");
  }

  /** The cards and requests of the group scenario, on accounts of their own (so it can be built twice). */
  private java.util.List<AuthorizationRequest> groupScenario(String tag) {
    Account a = checking(tag + "G1", 100_00);
    String pan1 = pan();
    cards.issue(pan1, a.accountId(), "2912", "USA");
    Account b = checking(tag + "G2", 100_00);
    String blockedPan = pan();
    Cards.Card blocked = cards.issue(blockedPan, b.accountId(), "2912", "USA");
    cards.changeStatus(blocked.cardId(), "BLOCKED");
    Account c = checking(tag + "G3", 100_00);
    String busyPan = pan();
    cards.issue(busyPan, c.accountId(), "2912", "USA");
    Account closed = checking(tag + "G4", 0);
    String closedPan = pan();
    cards.issue(closedPan, closed.accountId(), "2912", "USA");
    accounts.changeStatus(closed.accountId(), AccountStatus.CLOSED, "test", "closed");
    AuthorizationRequest first = auth(pan1, 30_00, "5411");
    return java.util.List.of(first, auth(pan1, 60_00, "5411"), auth(pan1, 20_00, "5411"), auth(pan(), 5_00, "5411"),
        auth(blockedPan, 1_00, "5411"), auth(busyPan, 1_00, "5411"), auth(busyPan, 1_00, "5411"), auth(busyPan, 1_00, "5411"),
        auth(busyPan, 1_00, "5411"), first, auth(pan1, 600_01, "5812"), auth(closedPan, 1_00, "5411"));
  }

  private static String answer(AuthorizationReply r) {
    return r.responseCode() + "/" + r.reason() + "/" + r.approvedCents() + "/" + r.availableAfterCents() + "/" + r.replayed();
  }

  @Test
  void aGroupGetsTheAnswersItsRequestsGetOneAtATime() {
    java.util.List<AuthorizationRequest> alone = groupScenario("A");
    java.util.List<String> expected = alone.stream().map(r -> answer(authorizations.authorizeAlone(r))).toList();
    assertThat(expected).containsExactly("00/0000/3000/7000/false", "00/0000/6000/1000/false", "05/4100/0/null/false",
        "05/3100/0/null/false", "05/4200/0/null/false", "00/0000/100/9900/false", "00/0000/100/9800/false",
        "00/0000/100/9700/false", "05/5100/0/null/false", "00/0000/3000/null/true", "05/5100/0/null/false", "05/4300/0/null/false");

    java.util.List<AuthorizationRequest> group = groupScenario("B");
    java.util.List<AuthorizationReply> replies = authorizations.authorizeAll(group);
    assertThat(replies.stream().map(OnlineContractTest::answer).toList()).isEqualTo(expected);
    assertThat(replies.get(9).authCode()).as("the repeated id answers as the first").isEqualTo(replies.get(0).authCode());
    long holdsAfter = jdbc.queryForObject("SELECT COUNT(*) FROM ACCOUNT_HOLD", Long.class);
    // the same group again: every answer a replay, nothing held twice
    java.util.List<AuthorizationReply> again = authorizations.authorizeAll(group);
    assertThat(again).allMatch(AuthorizationReply::replayed);
    assertThat(again.stream().map(AuthorizationReply::responseCode).toList())
        .isEqualTo(replies.stream().map(AuthorizationReply::responseCode).toList());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACCOUNT_HOLD", Long.class)).isEqualTo(holdsAfter);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CARD_AUTHORIZATION WHERE REQUEST_ID IN (" + String.join(", ",
        group.stream().map(r -> "'" + r.requestId() + "'").distinct().toList()) + ")", Long.class)).isEqualTo(11);
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void concurrentAuthorizationsCommitInGroupsAndHoldExactlyWhatWasApproved() throws Exception {
    int cardsCount = 6;
    java.util.List<String> pans = new java.util.ArrayList<>();
    java.util.List<Long> accountIds = new java.util.ArrayList<>();
    for (int i = 0; i < cardsCount; i++) {
      Account a = checking("K" + i, 50_00);
      String p = pan();
      cards.issue(p, a.accountId(), "2912", "USA");
      pans.add(p);
      accountIds.add(a.accountId());
    }
    java.util.Map<String, Long> approvedCents = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(12);
    java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
    java.util.SplittableRandom seeds = new java.util.SplittableRandom(6);
    for (int t = 0; t < 12; t++) {
      long seed = seeds.nextLong();
      done.add(clients.submit(() -> {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < 25; i++) {
          String p = pans.get(random.nextInt(cardsCount));
          // the funds run out: some of these are declined 4100, and velocity (3 an hour) declines the rest
          AuthorizationReply r = authorizations.authorize(auth(p, 1_00 + random.nextInt(2_000), "5411"));
          if (r.approved()) approvedCents.merge(p, r.approvedCents(), Long::sum);
          else assertThat(r.reason()).isIn("4100", "5100");
        }
        return null;
      }));
    }
    for (java.util.concurrent.Future<?> f : done) f.get(120, java.util.concurrent.TimeUnit.SECONDS);
    clients.shutdown();
    for (int i = 0; i < cardsCount; i++) {
      long held = ledger.balance(accountIds.get(i)).heldCents();
      assertThat(held).as("card " + i).isEqualTo(approvedCents.getOrDefault(pans.get(i), 0L));
      assertThat(held).isLessThanOrEqualTo(50_00);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CARD_AUTHORIZATION a JOIN CARD c ON c.CARD_ID = a.CARD_ID "
          + "WHERE c.ACCOUNT_ID = ? AND a.RESPONSE_CODE = '00'", Long.class, accountIds.get(i))).as("velocity").isLessThanOrEqualTo(3);
    }
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void velocityLimitsApprovalsPerCardPerHour() {
    Account a = checking("C", 1_000_00);
    String pan = pan();
    cards.issue(pan, a.accountId(), "2912", "USA");
    for (int i = 0; i < 3; i++) assertThat(authorizations.authorize(auth(pan, 1_00, "5411")).approved()).isTrue();
    AuthorizationReply fourth = authorizations.authorize(auth(pan, 1_00, "5411"));
    assertThat(fourth.reason()).isEqualTo("5100");
  }

  @Test
  void tellersPostThroughTheLedgerWithinTheirRolesAndDualControl() {
    Account from = checking("D", 50_000_00);
    Account to = checking("E", 0);
    OnlineBanking.Reply dep = banking.deposit(id(), TELLER, from.accountNumber(), 100_00, "cash");
    assertThat(dep.approved()).isTrue();
    assertThat(dep.balanceAfter().currentCents()).isEqualTo(50_100_00);
    String wid = id();
    OnlineBanking.Reply wdl = banking.withdrawal(wid, TELLER, from.accountNumber(), 60_00, "cash");
    assertThat(wdl.balanceAfter().currentCents()).isEqualTo(50_040_00);
    OnlineBanking.Reply replay = banking.withdrawal(wid, TELLER, from.accountNumber(), 60_00, "cash");
    assertThat(replay.replayed()).isTrue();
    assertThat(replay.journalId()).isEqualTo(wdl.journalId());
    assertThat(ledger.balance(from.accountId()).currentCents()).isEqualTo(50_040_00);
    // the IVR channel may only inquire
    OnlineBanking.Reply refused = banking.transfer(id(), IVR, from.accountNumber(), to.accountNumber(), 1_00, "x", null);
    assertThat(refused.reason()).isEqualTo(OnlineBanking.NOT_AUTHORIZED);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM AUDIT_LOG WHERE ACTION = 'ROLE_REFUSED'", Integer.class)).isPositive();
    // above 10,000.00 a second approver with APPROVE is needed
    assertThat(banking.transfer(id(), TELLER, from.accountNumber(), to.accountNumber(), 20_000_00, "big", null).reason())
        .isEqualTo(OnlineBanking.DUAL_CONTROL);
    assertThat(banking.transfer(id(), TELLER, from.accountNumber(), to.accountNumber(), 20_000_00, "big", "TELLER01").reason())
        .as("the same operator cannot approve").isEqualTo(OnlineBanking.DUAL_CONTROL);
    OnlineBanking.Reply big = banking.transfer(id(), TELLER, from.accountNumber(), to.accountNumber(), 20_000_00, "big", "SUPER01");
    assertThat(big.approved()).isTrue();
    assertThat(ledger.balance(to.accountId()).currentCents()).isEqualTo(20_000_00);
    assertThat(banking.transfer(id(), TELLER, to.accountNumber(), from.accountNumber(), 20_000_01, "too much", "SUPER01").reason())
        .isEqualTo("4100");
    assertThat(banking.inquiry(id(), IVR, to.accountNumber()).balanceAfter().availableCents()).isEqualTo(20_000_00);
    assertThat(check.run().clean()).isTrue();
  }
}
