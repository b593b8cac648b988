package io.corebank.nacha;

/** What batch validation and the writer need from the three entry layouts (domestic, IAT, ADV). */
public interface EntryRecord {

  /** Positions 2-3 in every layout. */
  Field TRANSACTION_CODE = Field.numeric("TransactionCode", 2, 2);
  /** Positions 4-11 in every layout: the first 8 digits of the RDFI routing number, summed into the entry hash. */
  Field RDFI_IDENTIFICATION = Field.numeric("RDFIIdentification", 4, 8);
  /** Position 12 in every layout: 3-7-1 check digit of the RDFI identification. */
  Field CHECK_DIGIT = Field.numeric("CheckDigit", 12, 1);
  /** Position 79 in every layout: 1 when addenda follow, else 0. */
  Field ADDENDA_RECORD_INDICATOR = Field.numeric("AddendaRecordIndicator", 79, 1);

  /** The transaction code, or -1 when it is not numeric. */
  default int transactionCode() {
    return TRANSACTION_CODE.intValue(record().format());
  }

  /** The RDFI identification as an 8-digit number for the entry hash, or -1 when not numeric. */
  default long rdfiHashValue() {
    return RDFI_IDENTIFICATION.longValue(record().format());
  }

  /** The amount in cents, or -1 when the field is not numeric. */
  default long amountCents() {
    return amountField().longValue(record().format());
  }

  Field amountField();

  /** The 15-digit trace number as written; null for ADV entries, which carry none. */
  String traceNumber();

  Field traceNumberField();

  default char addendaRecordIndicator() {
    return ADDENDA_RECORD_INDICATOR.charAt(record().format(), 0);
  }

  /** This entry as a record, for violations and formatting. */
  AchRecord record();
}
