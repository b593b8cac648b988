package io.corebank.carddemo;

/** A parallel run as registered in CD_RUN: its id scopes every CardDemo table. */
public record CardDemoRun(long runId, CardDemoRunRequest request) {

  public CardDemoEncoding encoding() {
    return request.encoding();
  }

  /** Ledger account number of a CardDemo account in this run. */
  String ledgerAccountNumber(long acctId) {
    return "CD" + runId + "-" + acctId;
  }

  /** Idempotency key of a ledger journal of this run. */
  String journalKey(String kind, String id) {
    return "carddemo:" + runId + ":" + kind + ":" + id;
  }
}
