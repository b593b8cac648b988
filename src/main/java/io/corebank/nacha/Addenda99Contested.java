package io.corebank.nacha;

import java.util.List;

/**
 * Addenda 99, contested dishonored return layout: the RDFI contests a dishonor (R71-R77), quoting the
 * original entry, its return and the dishonor.
 */
public final class Addenda99Contested extends ReturnAddenda {

  /** Positions 4-6: R71-R77. */
  public static final Field CONTESTED_RETURN_CODE = Field.code("ContestedReturnCode", 4, 3);
  /** Positions 22-27: YYMMDD the original entry was returned. */
  public static final Field DATE_ORIGINAL_ENTRY_RETURNED = Field.optionalNumeric("DateOriginalEntryReturned", 22, 6);
  /** Positions 36-38: Julian settlement day of the original entry. */
  public static final Field ORIGINAL_SETTLEMENT_DATE = Field.optionalNumeric("OriginalSettlementDate", 36, 3);
  /** Positions 39-53: trace number of the return. */
  public static final Field RETURN_TRACE_NUMBER = Field.numeric("ReturnTraceNumber", 39, 15);
  /** Positions 54-56: Julian settlement day of the return. */
  public static final Field RETURN_SETTLEMENT_DATE = Field.optionalNumeric("ReturnSettlementDate", 54, 3);
  /** Positions 57-58: reason code of the return, without its R. */
  public static final Field RETURN_REASON_CODE = Field.numeric("ReturnReasonCode", 57, 2);
  /** Positions 59-73: trace number of the dishonored return. */
  public static final Field DISHONORED_RETURN_TRACE_NUMBER = Field.numeric("DishonoredReturnTraceNumber", 59, 15);
  /** Positions 74-76: Julian settlement day of the dishonored return. */
  public static final Field DISHONORED_RETURN_SETTLEMENT_DATE =
      Field.optionalNumeric("DishonoredReturnSettlementDate", 74, 3);
  /** Positions 77-78: reason code of the dishonor, without its R. */
  public static final Field DISHONORED_RETURN_REASON_CODE = Field.numeric("DishonoredReturnReasonCode", 77, 2);
  /** Position 79: reserved, blank. */
  public static final Field RESERVED = Field.text("Reserved", 79, 1);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, CONTESTED_RETURN_CODE,
      ORIGINAL_ENTRY_TRACE_NUMBER, DATE_ORIGINAL_ENTRY_RETURNED, ORIGINAL_RECEIVING_DFI_IDENTIFICATION,
      ORIGINAL_SETTLEMENT_DATE, RETURN_TRACE_NUMBER, RETURN_SETTLEMENT_DATE, RETURN_REASON_CODE,
      DISHONORED_RETURN_TRACE_NUMBER, DISHONORED_RETURN_SETTLEMENT_DATE, DISHONORED_RETURN_REASON_CODE,
      RESERVED, TRACE_NUMBER);

  private Addenda99Contested(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda99Contested parse(String line, int lineNumber) {
    return new Addenda99Contested(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  public String dishonoredReturnTraceNumber() {
    return DISHONORED_RETURN_TRACE_NUMBER.raw(line());
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    checkReasonCode(CONTESTED_RETURN_CODE, options, out);
    FieldChecks.yymmdd(this, DATE_ORIGINAL_ENTRY_RETURNED, out);
    checkTwoDigitReason(RETURN_REASON_CODE, out);
    checkTwoDigitReason(DISHONORED_RETURN_REASON_CODE, out);
  }
}
