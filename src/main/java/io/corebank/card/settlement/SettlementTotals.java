package io.corebank.card.settlement;

/**
 * The controls of a set of details, as the trailer carries them:
 * <ul>
 *   <li>detail count;</li>
 *   <li>total debit: the sum of the positive settlement amounts, cents;</li>
 *   <li>total credit: the sum of the negative settlement amounts without their sign, cents;</li>
 *   <li>total interchange: the signed sum of the interchange fees, cents;</li>
 *   <li>hash: the sum of the last 15 digits of every detail's ARN (its Julian day, the acquirer's sequence number
 *       and the check digit), modulo 10^15. The totals see the money; the hash sees which transactions carry it,
 *       so a detail swapped for another of the same amount, or an ARN altered, does not reconcile.</li>
 * </ul>
 * Sums are exact ({@link Math#addExact}); a file whose totals overflow a long cannot be written.
 */
public final class SettlementTotals {

  /** The hash is kept modulo 10^15, the 15 digits of {@code SETL-T-HASH}. */
  public static final long HASH_MODULUS = 1_000_000_000_000_000L;

  private long detailCount;
  private long totalDebitCents;
  private long totalCreditCents;
  private long totalInterchangeCents;
  private long hash;

  /**
   * Adds a detail.
   *
   * @throws SettlementDataException when its amounts, interchange fee or ARN are not well-formed
   */
  public void add(SettlementDetail detail) {
    add(detail.settlementAmountCents(), detail.interchangeFeeCents(), hashOf(detail));
  }

  private static long hashOf(SettlementDetail detail) {
    String arn = detail.arn();
    if (!AcquirerReferenceNumbers.isWellFormed(arn)) {
      throw detail.invalid(SettlementDetail.ARN, Rule.ARN, "'" + arn + "' is not 23 digits");
    }
    return hashOf(arn);
  }

  /** What one ARN adds to the hash: its last 15 digits as a number. */
  public static long hashOf(String arn) {
    if (!AcquirerReferenceNumbers.isWellFormed(arn)) {
      throw new IllegalArgumentException("'" + arn + "' is not 23 digits");
    }
    return Long.parseLong(arn.substring(AcquirerReferenceNumbers.LENGTH - 15));
  }

  void add(long settlementAmountCents, long interchangeFeeCents, long arnHash) {
    detailCount++;
    if (settlementAmountCents >= 0) {
      totalDebitCents = Math.addExact(totalDebitCents, settlementAmountCents);
    } else {
      totalCreditCents = Math.addExact(totalCreditCents, Math.negateExact(settlementAmountCents));
    }
    totalInterchangeCents = Math.addExact(totalInterchangeCents, interchangeFeeCents);
    hash = (hash + arnHash) % HASH_MODULUS;
  }

  public long detailCount() {
    return detailCount;
  }

  public long totalDebitCents() {
    return totalDebitCents;
  }

  public long totalCreditCents() {
    return totalCreditCents;
  }

  public long totalInterchangeCents() {
    return totalInterchangeCents;
  }

  public long hash() {
    return hash;
  }

  /** The trailer that carries these controls. */
  public SettlementTrailer trailer() {
    return SettlementTrailer.of(detailCount, totalDebitCents, totalCreditCents, totalInterchangeCents, hash);
  }
}
