package io.corebank.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The posting rules as plain functions, no database. */
class PostingRulesTest {
  static AccountState account(long id, AccountStatus status, long currentCents, long limitCents, boolean floor) {
    return new AccountState(id, "USD", status, limitCents, floor, currentCents, 0, 0);
  }

  static Map<Long, AccountState> accounts(AccountState... states) {
    Map<Long, AccountState> m = new HashMap<>();
    for (AccountState s : states) m.put(s.accountId, s);
    return m;
  }

  static JournalRequest xfer(long from, long to, long cents) {
    return JournalRequest.transfer("k", "XFER", from, to, cents, "USD", "", "t", "TEST");
  }

  @Test
  void shapeChecksBalancePerCurrencyNotOverall() {
    JournalRequest mixed = JournalRequest.builder("k").txnCode("XFER").debit(1, 100, "USD").credit(2, 100, "EUR").build();
    Rejection r = PostingRules.checkShape(mixed, c -> true);
    assertThat(r.reason()).isEqualTo(RejectionReason.UNBALANCED);
    assertThat(r.detail()).isEqualTo("EUR debits 0.00 do not equal credits 1.00");
    JournalRequest fx = JournalRequest.builder("k").txnCode("XFER").debit(1, 100, "USD").credit(2, 100, "USD")
        .debit(3, 90, "EUR").credit(4, 90, "EUR").build();
    assertThat(PostingRules.checkShape(fx, c -> true)).isNull();
  }

  @Test
  void applyChecksEverythingBeforeChangingAnything() {
    AccountState rich = account(1, AccountStatus.ACTIVE, 100_00, 0, true);
    AccountState poor = account(2, AccountStatus.ACTIVE, 5_00, 0, true);
    AccountState to = account(3, AccountStatus.ACTIVE, 0, 0, true);
    JournalRequest twoDebits = JournalRequest.builder("k").txnCode("XFER").debit(1, 50_00, "USD").debit(2, 6_00, "USD")
        .credit(3, 56_00, "USD").build();
    Rejection r = PostingRules.apply(twoDebits, accounts(rich, poor, to));
    assertThat(r.reason()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
    assertThat(r.accountId()).isEqualTo(2);
    assertThat(rich.currentDelta()).isZero(); // the first account's debit was not applied either
    assertThat(to.currentDelta()).isZero();
  }

  @Test
  void theFloorIsMinusTheLimitAndAppliesToTheNetOfTheJournal() {
    AccountState od = account(1, AccountStatus.ACTIVE, 0, 500_00, true);
    AccountState other = account(2, AccountStatus.ACTIVE, 0, 0, false);
    assertThat(PostingRules.apply(xfer(1, 2, 500_00), accounts(od, other))).isNull();
    assertThat(od.current()).isEqualTo(-500_00);
    assertThat(PostingRules.apply(xfer(1, 2, 1), accounts(od, other)).reason()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
    // a journal that debits and credits the same account nets to zero: no funds needed
    JournalRequest wash = JournalRequest.builder("k").txnCode("XFER").debit(1, 10_00, "USD").credit(1, 10_00, "USD").build();
    assertThat(PostingRules.apply(wash, accounts(od))).isNull();
  }

  @Test
  void forcedPostingSkipsTheFloorButNotTheStatus() {
    AccountState empty = account(1, AccountStatus.ACTIVE, 0, 0, true);
    AccountState frozen = account(2, AccountStatus.FROZEN, 100_00, 0, true);
    AccountState to = account(3, AccountStatus.ACTIVE, 0, 0, true);
    JournalRequest forced = JournalRequest.builder("k").txnCode("XFER").debit(1, 10_00, "USD").credit(3, 10_00, "USD")
        .fundsCheck(FundsCheck.FORCE).build();
    assertThat(PostingRules.apply(forced, accounts(empty, to))).isNull();
    JournalRequest forcedFromFrozen = JournalRequest.builder("k").txnCode("XFER").debit(2, 10_00, "USD").credit(3, 10_00, "USD")
        .fundsCheck(FundsCheck.FORCE).build();
    assertThat(PostingRules.apply(forcedFromFrozen, accounts(frozen, to)).reason()).isEqualTo(RejectionReason.ACCOUNT_FROZEN);
  }

  @Test
  void dormantAccountsStillPost() {
    AccountState dormant = account(1, AccountStatus.DORMANT, 10_00, 0, true);
    AccountState to = account(2, AccountStatus.ACTIVE, 0, 0, true);
    assertThat(PostingRules.apply(xfer(1, 2, 10_00), accounts(dormant, to))).isNull();
  }

  @Test
  void fieldLengthsAreCheckedWithTheirNames() {
    String longKey = "x".repeat(101);
    Rejection r = PostingRules.checkShape(JournalRequest.transfer(longKey, "XFER", 1, 2, 1, "USD", "", "t", "TEST"), c -> true);
    assertThat(r.detail()).isEqualTo("idempotency key is 101 characters, at most 100 allowed");
  }
}
