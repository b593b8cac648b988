package io.corebank.nacha;

import java.util.List;

/**
 * Addenda 99, dishonored return layout: the ODFI refuses a return it received (R61, R62, R67-R70),
 * quoting the return it dishonors.
 */
public final class Addenda99Dishonored extends ReturnAddenda {

  /** Positions 4-6: R61, R62, R67, R68, R69 or R70. */
  public static final Field DISHONORED_RETURN_REASON_CODE = Field.code("DishonoredReturnReasonCode", 4, 3);
  /** Positions 22-27: reserved, blank. */
  public static final Field RESERVED1 = Field.text("Reserved1", 22, 6);
  /** Positions 36-38: reserved, blank. */
  public static final Field RESERVED2 = Field.text("Reserved2", 36, 3);
  /** Positions 39-53: trace number of the return being dishonored. */
  public static final Field RETURN_TRACE_NUMBER = Field.numeric("ReturnTraceNumber", 39, 15);
  /** Positions 54-56: Julian settlement day of the return. */
  public static final Field RETURN_SETTLEMENT_DATE = Field.optionalNumeric("ReturnSettlementDate", 54, 3);
  /** Positions 57-58: reason code of the return, without its R. */
  public static final Field RETURN_REASON_CODE = Field.numeric("ReturnReasonCode", 57, 2);
  /** Positions 59-79: free-form information. */
  public static final Field ADDENDA_INFORMATION = Field.text("AddendaInformation", 59, 21);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, DISHONORED_RETURN_REASON_CODE,
      ORIGINAL_ENTRY_TRACE_NUMBER, RESERVED1, ORIGINAL_RECEIVING_DFI_IDENTIFICATION, RESERVED2,
      RETURN_TRACE_NUMBER, RETURN_SETTLEMENT_DATE, RETURN_REASON_CODE, ADDENDA_INFORMATION, TRACE_NUMBER);

  private Addenda99Dishonored(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda99Dishonored parse(String line, int lineNumber) {
    return new Addenda99Dishonored(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  public String returnTraceNumber() {
    return RETURN_TRACE_NUMBER.raw(line());
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    checkReasonCode(DISHONORED_RETURN_REASON_CODE, options, out);
    checkTwoDigitReason(RETURN_REASON_CODE, out);
  }

  /**
   * The addenda an ODFI sends to dishonor {@code returned} (a return entry with its addenda 99).
   *
   * @param dishonorCode          R61, R62, R67, R68, R69 or R70
   * @param returnSettlementDate  Julian day the return settled, 3 digits
   * @param dishonorTraceNumber   trace number of the dishonored return entry being built
   */
  public static Addenda99Dishonored dishonor(EntryDetail returned, Addenda99 returnAddenda, String dishonorCode,
                         String returnSettlementDate, String dishonorTraceNumber,
                         String addendaInformation) {
    if (!ReturnReasonCodes.isDishonored(dishonorCode)) {
      throw new IllegalArgumentException(dishonorCode + " is not a dishonored return reason code");
    }
    String line = new LineBuilder('7').set(ADDENDA_TYPE_CODE, TYPE_CODE)
        .set(DISHONORED_RETURN_REASON_CODE, dishonorCode)
        .set(ORIGINAL_ENTRY_TRACE_NUMBER, returnAddenda.originalEntryTraceNumber())
        .set(ORIGINAL_RECEIVING_DFI_IDENTIFICATION, returnAddenda.originalReceivingDfiIdentification())
        .set(RETURN_TRACE_NUMBER, returned.traceNumber())
        .set(RETURN_SETTLEMENT_DATE, returnSettlementDate)
        .set(RETURN_REASON_CODE, returnAddenda.reasonCode().substring(1))
        .set(ADDENDA_INFORMATION, addendaInformation)
        .set(TRACE_NUMBER, dishonorTraceNumber)
        .build();
    return new Addenda99Dishonored(line, 0);
  }
}
