package io.corebank.ledger;

/** Thrown by the single-journal and hold operations when the ledger refuses; nothing was written. */
public class PostingRejectedException extends RuntimeException {
  private final Rejection rejection;

  public PostingRejectedException(Rejection rejection) {
    super(rejection.toString());
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }

  public RejectionReason reason() {
    return rejection.reason();
  }
}
