package io.corebank.carddemo;

import io.corebank.ledger.FundsCheck;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.PostingOutcome;
import java.util.List;

/**
 * How CardDemo amounts become ledger journals. A CardDemo balance is what the cardholder owes, so a
 * positive amount (a purchase, interest) debits the cardholder's ledger account and credits the other side
 * (merchant settlement, interest income, conversion clearing); a negative amount (a payment, a refund,
 * negative interest) does the opposite. The cardholder's ledger balance (credits minus debits) is therefore
 * always minus ACCT-CURR-BAL.
 */
final class CardLedger {
  static final String CURRENCY = "USD";
  static final String SOURCE = "CARDDEMO";

  private CardLedger() {}

  /** A journal moving {@code amountCents} (non-zero, either sign) between a cardholder and a counter account. */
  static JournalRequest movement(String key, String txnCode, long cardholderAccountId, long counterAccountId,
      long amountCents, String externalRef, String description) {
    if (amountCents == 0) throw new IllegalArgumentException("a zero amount moves no money: " + key);
    long debit = amountCents > 0 ? cardholderAccountId : counterAccountId;
    long credit = amountCents > 0 ? counterAccountId : cardholderAccountId;
    long absolute = Math.abs(amountCents);
    return JournalRequest.builder(key)
        .txnCode(txnCode)
        .sourceSystem(SOURCE)
        .externalRef(externalRef)
        .description(description.length() > 140 ? description.substring(0, 140) : description)
        .actor(CardDemoImporter.ACTOR)
        // CardDemo's own rules (over-limit, expiry) decided already; the ledger records the outcome
        .fundsCheck(FundsCheck.FORCE)
        .debit(debit, absolute, CURRENCY)
        .credit(credit, absolute, CURRENCY)
        .build();
  }

  /** Every journal of a job's batch must post: a refusal here is a defect, not a business outcome. */
  static void requirePosted(List<PostingOutcome> outcomes) {
    for (PostingOutcome o : outcomes) {
      if (!o.isPosted()) {
        throw new IllegalStateException("the ledger refused journal " + o.request().idempotencyKey() + ": " + o.rejection());
      }
    }
  }
}
