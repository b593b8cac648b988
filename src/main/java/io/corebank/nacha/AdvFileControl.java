package io.corebank.nacha;

import java.util.List;

/** File control record (type 9), ADV layout: 20-digit totals. */
public final class AdvFileControl extends AchRecord implements FileControlRecord {

  /** Position 1: always {@code 9}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-7: number of batches. */
  public static final Field BATCH_COUNT = Field.numeric("BatchCount", 2, 6);
  /** Positions 8-13: number of 10-record blocks. */
  public static final Field BLOCK_COUNT = Field.numeric("BlockCount", 8, 6);
  /** Positions 14-21: number of entry and addenda records. */
  public static final Field ENTRY_ADDENDA_COUNT = Field.numeric("EntryAddendaCount", 14, 8);
  /** Positions 22-31: sum of all entries' 8-digit RDFI identifications, last 10 digits. */
  public static final Field ENTRY_HASH = Field.numeric("EntryHash", 22, 10);
  /** Positions 32-51: sum of debit amounts in cents. */
  public static final Field TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT_IN_FILE =
      Field.numeric("TotalDebitEntryDollarAmountInFile", 32, 20);
  /** Positions 52-71: sum of credit amounts in cents. */
  public static final Field TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT_IN_FILE =
      Field.numeric("TotalCreditEntryDollarAmountInFile", 52, 20);
  /** Positions 72-94: reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 72, 23);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, BATCH_COUNT, BLOCK_COUNT, ENTRY_ADDENDA_COUNT,
      ENTRY_HASH, TOTAL_DEBIT_ENTRY_DOLLAR_AMOUNT_IN_FILE, TOTAL_CREDIT_ENTRY_DOLLAR_AMOUNT_IN_FILE, RESERVED);

  private AdvFileControl(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static AdvFileControl parse(String line, int lineNumber) {
    return new AdvFileControl(line, lineNumber);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.FILE_CONTROL;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
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
