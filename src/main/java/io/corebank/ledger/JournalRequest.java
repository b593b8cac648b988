package io.corebank.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request to post one balanced journal. The idempotency key is the client's: posting the same key
 * again returns the first result, posting it with another payload is refused as a conflict.
 *
 * @param effectiveDate the value date of the entries; null means the business date of the posting
 * @param reversesJournalId set only by the ledger's own reversal
 * @param holdId set only by the ledger's own hold capture
 */
public record JournalRequest(
    String idempotencyKey,
    String txnCode,
    String sourceSystem,
    String externalRef,
    String description,
    String actor,
    LocalDate effectiveDate,
    List<Leg> legs,
    FundsCheck fundsCheck,
    Long reversesJournalId,
    Long holdId) {

  public JournalRequest {
    legs = List.copyOf(Objects.requireNonNull(legs, "legs"));
    fundsCheck = fundsCheck == null ? FundsCheck.ENFORCE : fundsCheck;
  }

  public static Builder builder(String idempotencyKey) {
    return new Builder(idempotencyKey);
  }

  /** A two-leg movement: {@code amountCents} from {@code fromAccountId} to {@code toAccountId}. */
  public static JournalRequest transfer(String idempotencyKey, String txnCode, long fromAccountId, long toAccountId,
      long amountCents, String currency, String description, String actor, String sourceSystem) {
    return builder(idempotencyKey).txnCode(txnCode).description(description).actor(actor).sourceSystem(sourceSystem)
        .debit(fromAccountId, amountCents, currency).credit(toAccountId, amountCents, currency).build();
  }

  JournalRequest withLinks(Long reverses, Long hold) {
    return new JournalRequest(idempotencyKey, txnCode, sourceSystem, externalRef, description, actor, effectiveDate,
        legs, fundsCheck, reverses, hold);
  }

  public static final class Builder {
    private final String idempotencyKey;
    private String txnCode;
    private String sourceSystem = "CORE";
    private String externalRef;
    private String description = "";
    private String actor = "system";
    private LocalDate effectiveDate;
    private final List<Leg> legs = new ArrayList<>();
    private FundsCheck fundsCheck = FundsCheck.ENFORCE;

    private Builder(String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
    }

    public Builder txnCode(String v) { txnCode = v; return this; }
    public Builder sourceSystem(String v) { sourceSystem = v; return this; }
    public Builder externalRef(String v) { externalRef = v; return this; }
    public Builder description(String v) { description = v; return this; }
    public Builder actor(String v) { actor = v; return this; }
    public Builder effectiveDate(LocalDate v) { effectiveDate = v; return this; }
    public Builder fundsCheck(FundsCheck v) { fundsCheck = v; return this; }
    public Builder leg(Leg leg) { legs.add(leg); return this; }
    public Builder debit(long accountId, long amountCents, String currency) { return leg(Leg.debit(accountId, amountCents, currency)); }
    public Builder credit(long accountId, long amountCents, String currency) { return leg(Leg.credit(accountId, amountCents, currency)); }

    public JournalRequest build() {
      return new JournalRequest(idempotencyKey, txnCode, sourceSystem, externalRef, description, actor, effectiveDate,
          legs, fundsCheck, null, null);
    }
  }
}
