package io.corebank.nacha;

import java.util.List;

/** Addenda 05: payment related information (remittance) for CCD, CTX, PPD, WEB and others. */
public final class Addenda05 extends Addenda {

  /** Addenda type code of this layout. */
  public static final String TYPE_CODE = "05";

  /** Positions 4-83: Free-form remittance data (ANSI X12 or NACHA banking conventions for CTX). */
  public static final Field PAYMENT_RELATED_INFORMATION = Field.text("PaymentRelatedInformation", 4, 80);
  /** Positions 84-87: Numbers this entry's addenda 05 from 1, ascending. */
  public static final Field ADDENDA_SEQUENCE_NUMBER = Field.numeric("AddendaSequenceNumber", 84, 4);
  /** Positions 88-94: Last 7 digits of the entry's trace number. */
  public static final Field ENTRY_DETAIL_SEQUENCE_NUMBER = Field.numeric("EntryDetailSequenceNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, PAYMENT_RELATED_INFORMATION, ADDENDA_SEQUENCE_NUMBER, ENTRY_DETAIL_SEQUENCE_NUMBER);

  private Addenda05(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda05 parse(String line, int lineNumber) {
    return new Addenda05(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  @Override
  public Field entryDetailSequenceNumberField() {
    return ENTRY_DETAIL_SEQUENCE_NUMBER;
  }
  @Override
  public Field addendaSequenceNumberField() {
    return ADDENDA_SEQUENCE_NUMBER;
  }
  public String paymentRelatedInformation() {
    return PAYMENT_RELATED_INFORMATION.trimmed(line());
  }

  /** An addenda 05 for the entry whose trace number ends in {@code entryDetailSequenceNumber}. */
  public static Addenda05 of(String paymentRelatedInformation, int addendaSequenceNumber, long entryDetailSequenceNumber) {
    String line = new LineBuilder('7').set(ADDENDA_TYPE_CODE, "05")
        .set(PAYMENT_RELATED_INFORMATION, paymentRelatedInformation)
        .set(ADDENDA_SEQUENCE_NUMBER, addendaSequenceNumber)
        .set(ENTRY_DETAIL_SEQUENCE_NUMBER, entryDetailSequenceNumber)
        .build();
    return new Addenda05(line, 0);
  }
}
