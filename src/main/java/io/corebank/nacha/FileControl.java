package io.corebank.nacha;

import java.util.List;

/** File control record (type 9): counts and totals of the whole file. */
public final class FileControl extends AchRecord implements FileControlRecord {

  /** Position 1: always {@code 9}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-7: number of batches. */
  public static final Field BATCH_COUNT = Field.numeric("BatchCount", 2, 6);
  /** Positions 8-13: number of 10-record blocks, padding included (records / 10 rounded up). */
  public static final Field BLOCK_COUNT = Field.numeric("BlockCount", 8, 6);
  /** Positions 14-21: number of entry and addenda records in the file. */
  public static final Field ENTRY_ADDENDA_COUNT = Field.numeric("EntryAddendaCount", 14, 8);
  /** Positions 22-31: sum of all entries' 8-digit RDFI identifications, last 10 digits. */
  public static final Field ENTRY_HASH = Field.numeric("EntryHash", 22, 10);
  /** Positions 32-43: sum of debit amounts in cents. */
  public static final Field TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT_IN_FILE =
      Field.numeric("TotalDebitEntryDollarAmountInFile", 32, 12);
  /** Positions 44-55: sum of credit amounts in cents. */
  public static final Field TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT_IN_FILE =
      Field.numeric("TotalCreditEntryDollarAmountInFile", 44, 12);
  /** Positions 56-94: reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 56, 39);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, BATCH_COUNT, BLOCK_COUNT, ENTRY_ADDENDA_COUNT,
      ENTRY_HASH, TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT_IN_FILE, TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT_IN_FILE, RESERVED);

  private FileControl(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static FileControl parse(String line, int lineNumber) {
    return new FileControl(line, lineNumber);
  }

  /** The control for a file with the given batch count, block count and computed totals. */
  public static FileControl of(long batchCount, long blockCount, BatchTotals totals) {
    String line = new LineBuilder('9')
        .set(BATCH_COUNT, batchCount)
        .set(BLOCK_COUNT, blockCount)
        .set(ENTRY_ADDENDA_COUNT, totals.entryAddendaCount())
        .set(ENTRY_HASH, totals.entryHash())
        .set(TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT_IN_FILE, totals.totalDebitCents())
        .set(TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT_IN_FILE, totals.totalCreditCents())
        .build();
    return new FileControl(line, 0);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.FILE_CONTROL;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  public long batchCount() {
    return BATCH_COUNT.longValue(line());
  }

  public long blockCount() {
    return BLOCK_COUNT.longValue(line());
  }

  public long entryAddendaCount() {
    return ENTRY_ADDENDA_COUNT.longValue(line());
  }

  public long entryHash() {
    return ENTRY_HASH.longValue(line());
  }

  public long totalDebitCents() {
    return TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT_IN_FILE.longValue(line());
  }

  public long totalCreditCents() {
    return TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT_IN_FILE.longValue(line());
  }

  @Override
  public Field batchCountField() {
    return BATCH_COUNT;
  }

  @Override
  public Field blockCountField() {
    return BLOCK_COUNT;
  }

  @Override
  public Field entryAddendaCountField() {
    return ENTRY_ADDENDA_COUNT;
  }

  @Override
  public Field entryHashField() {
    return ENTRY_HASH;
  }

  @Override
  public Field totalDebitField() {
    return TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT_IN_FILE;
  }

  @Override
  public Field totalCreditField() {
    return TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT_IN_FILE;
  }

  @Override
  public AchRecord record() {
    return this;
  }
}
