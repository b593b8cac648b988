package io.corebank.nacha;

import java.util.List;

/** Addenda 17 (IAT, optional, at most two): payment related information. */
public final class Addenda17 extends Addenda {

  /** Addenda type code of this layout. */
  public static final String TYPE_CODE = "17";

  /** Positions 4-83: Free-form remittance data. */
  public static final Field PAYMENT_RELATED_INFORMATION = Field.text("PaymentRelatedInformation", 4, 80);
  /** Positions 84-87: Numbers this entry's addenda 17 from 1. */
  public static final Field ADDENDA_SEQUENCE_NUMBER = Field.numeric("AddendaSequenceNumber", 84, 4);
  /** Positions 88-94: Last 7 digits of the entry's trace number. */
  public static final Field ENTRY_DETAIL_SEQUENCE_NUMBER = Field.numeric("EntryDetailSequenceNumber", 88, 7);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, PAYMENT_RELATED_INFORMATION, ADDENDA_SEQUENCE_NUMBER, ENTRY_DETAIL_SEQUENCE_NUMBER);

  private Addenda17(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda17 parse(String line, int lineNumber) {
    return new Addenda17(line, lineNumber);
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
}
