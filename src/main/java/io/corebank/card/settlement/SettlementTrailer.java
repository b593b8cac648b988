package io.corebank.card.settlement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trailer (T): last record of the file; the controls of its details. The {@link SettlementFileWriter} computes
 * them, the {@link SettlementFileValidator} recomputes and compares them; see {@link SettlementTotals} for the rules.
 */
public final class SettlementTrailer extends SettlementRecord {

  /** Positions 2-10: number of detail records. */
  public static final SettlementField DETAIL_COUNT = SettlementLayout.field("SETL-T-DETAIL-COUNT");
  /** Positions 11-27: sum of the positive settlement amounts, cents (V99). */
  public static final SettlementField TOTAL_DEBIT = SettlementLayout.field("SETL-T-TOTAL-DEBIT");
  /** Positions 28-44: sum of the negative settlement amounts without their sign, cents (V99). */
  public static final SettlementField TOTAL_CREDIT = SettlementLayout.field("SETL-T-TOTAL-CREDIT");
  /** Positions 45-62: signed sum of the interchange fees, cents (V99). */
  public static final SettlementField TOTAL_INTERCHANGE = SettlementLayout.field("SETL-T-TOTAL-INTERCHANGE");
  /** Positions 63-77: sum of the ARNs' last 15 digits, modulo 10^15. */
  public static final SettlementField HASH = SettlementLayout.field("SETL-T-HASH");

  private static final List<SettlementField> FIELDS = SettlementLayout.fieldsOf(SettlementLayout.TRAILER_GROUP);

  SettlementTrailer(String text, long lineNumber, int originalLength) {
    super(text, lineNumber, originalLength);
  }

  /**
   * A trailer read from its 250 characters (other lengths are padded or cut and reported by {@link #validate()}).
   *
   * @throws IllegalArgumentException when the record type is not T
   */
  public static SettlementTrailer parse(String text, long lineNumber) {
    if (text.isEmpty() || text.charAt(0) != RecordType.TRAILER.code()) {
      throw new IllegalArgumentException("line " + lineNumber + " is not a trailer: it does not start with T");
    }
    return new SettlementTrailer(text, lineNumber, text.length());
  }

  /**
   * A trailer with these controls; {@link SettlementTotals#trailer()} gives the right ones for a set of details.
   *
   * @throws IllegalArgumentException when a value is negative where it may not be, or does not fit its field
   */
  public static SettlementTrailer of(long detailCount, long totalDebitCents, long totalCreditCents,
                                     long totalInterchangeCents, long hash) {
    Map<SettlementField, Object> values = new HashMap<>();
    values.put(DETAIL_COUNT, detailCount);
    values.put(TOTAL_DEBIT, totalDebitCents);
    values.put(TOTAL_CREDIT, totalCreditCents);
    values.put(TOTAL_INTERCHANGE, totalInterchangeCents);
    values.put(HASH, hash);
    String text = SettlementLayout.encode(RecordType.TRAILER.code(), SettlementLayout.TRAILER_GROUP, values);
    return new SettlementTrailer(text, 0, LENGTH);
  }

  @Override
  public String label() {
    return RecordType.TRAILER.label();
  }

  @Override
  public List<SettlementField> fields() {
    return FIELDS;
  }

  public long detailCount() {
    return number(DETAIL_COUNT);
  }

  public long totalDebitCents() {
    return number(TOTAL_DEBIT);
  }

  public long totalCreditCents() {
    return number(TOTAL_CREDIT);
  }

  public long totalInterchangeCents() {
    return number(TOTAL_INTERCHANGE);
  }

  public long hash() {
    return number(HASH);
  }

  @Override
  void validateRules(RecordChecks checks) {
    // the controls are digits (checked with every field's format); whether they add up is a rule of the file
  }
}
