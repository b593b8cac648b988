package io.corebank.nacha;

/**
 * Running counts and sums of a batch or a file, as its control record must state them. Amounts are
 * cents in a long; the entry hash keeps its last 10 digits as NACHA prescribes.
 */
public final class BatchTotals {

  private static final long HASH_MODULUS = 10_000_000_000L;

  private long entryAddendaCount;
  private long entryHash;
  private long totalDebitCents;
  private long totalCreditCents;

  /** Counts an entry: its RDFI identification goes into the hash and its amount to its side of the ledger. */
  public void addEntry(EntryRecord entry) {
    entryAddendaCount++;
    long rdfi = entry.rdfiHashValue();
    if (rdfi > 0) {
      entryHash = (entryHash + rdfi) % HASH_MODULUS;
    }
    long amount = entry.amountCents();
    int code = entry.transactionCode();
    if (amount > 0) {
      if (TransactionCodes.isDebit(code)) {
        totalDebitCents += amount;
      } else if (TransactionCodes.isCredit(code)) {
        totalCreditCents += amount;
      }
    }
  }

  public void addAddenda() {
    entryAddendaCount++;
  }

  /** Adds a closed batch's totals into a file's. */
  public void add(BatchTotals batch) {
    entryAddendaCount += batch.entryAddendaCount;
    entryHash = (entryHash + batch.entryHash) % HASH_MODULUS;
    totalDebitCents += batch.totalDebitCents;
    totalCreditCents += batch.totalCreditCents;
  }

  public long entryAddendaCount() {
    return entryAddendaCount;
  }

  public long entryHash() {
    return entryHash;
  }

  public long totalDebitCents() {
    return totalDebitCents;
  }

  public long totalCreditCents() {
    return totalCreditCents;
  }
}
