package io.corebank.ledger;

/**
 * The result of one journal of a batch: posted (possibly as an idempotent replay) or rejected. A batch
 * never fails as a whole because one of its journals is refused.
 */
public record PostingOutcome(JournalRequest request, JournalReceipt receipt, Rejection rejection) {
  static PostingOutcome posted(JournalRequest request, JournalReceipt receipt) {
    return new PostingOutcome(request, receipt, null);
  }

  static PostingOutcome rejected(JournalRequest request, Rejection rejection) {
    return new PostingOutcome(request, null, rejection);
  }

  public boolean isPosted() {
    return receipt != null;
  }
}
