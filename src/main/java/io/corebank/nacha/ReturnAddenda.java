package io.corebank.nacha;

/**
 * The three addenda 99 layouts (return, dishonored return, contested dishonored return) share positions
 * 4-6 (the reason code), 7-21 (original entry trace), 28-35 (original RDFI) and 80-94 (trace number);
 * the reason code decides which layout applies.
 */
public abstract class ReturnAddenda extends Addenda {

  public static final String TYPE_CODE = "99";

  /** Positions 7-21 in every layout: trace number of the entry being returned. */
  public static final Field ORIGINAL_ENTRY_TRACE_NUMBER = Field.numeric("OriginalEntryTraceNumber", 7, 15);
  /** Positions 28-35 in every layout: RDFI identification of the original entry. */
  public static final Field ORIGINAL_RECEIVING_DFI_IDENTIFICATION =
      Field.numeric("OriginalReceivingDFIIdentification", 28, 8);
  /** Positions 80-94 in every layout: trace number of the return entry this addenda belongs to. */
  public static final Field TRACE_NUMBER = Field.numeric("TraceNumber", 80, 15);

  protected ReturnAddenda(String line, int lineNumber) {
    super(line, lineNumber);
  }

  /** The R-code in positions 4-6. */
  public final String reasonCode() {
    return line().substring(3, 6);
  }

  public final String originalEntryTraceNumber() {
    return ORIGINAL_ENTRY_TRACE_NUMBER.raw(line());
  }

  public final String originalReceivingDfiIdentification() {
    return ORIGINAL_RECEIVING_DFI_IDENTIFICATION.raw(line());
  }

  @Override
  public final Field traceNumberField() {
    return TRACE_NUMBER;
  }

  /** Parses a type 99 line into the layout its reason code calls for. */
  public static ReturnAddenda parse(String line, int lineNumber) {
    String code = line.length() >= 6 ? line.substring(3, 6) : "";
    if (ReturnReasonCodes.isDishonored(code)) {
      return Addenda99Dishonored.parse(line, lineNumber);
    }
    if (ReturnReasonCodes.isContested(code)) {
      return Addenda99Contested.parse(line, lineNumber);
    }
    return Addenda99.parse(line, lineNumber);
  }

  /** A reason code in positions 4-6 that NACHA assigns, or of custom form when the operator allows it. */
  protected final void checkReasonCode(Field field, ValidationOptions options, java.util.List<Violation> out) {
    String code = reasonCode();
    boolean accepted = ReturnReasonCodes.isAssigned(code)
        || options.allowCustomReturnCodes() && ReturnReasonCodes.isWellFormed(code);
    if (!accepted) {
      out.add(violation(field, Rule.RETURN_REASON_CODE, "return reason code " + code + " does not exist"));
    }
  }

  /** A 2-digit reason code (the R dropped) as dishonored and contested layouts carry the earlier returns'. */
  protected final void checkTwoDigitReason(Field field, java.util.List<Violation> out) {
    String digits = field.raw(line());
    if (field.isDigits(line()) && !ReturnReasonCodes.isAssigned("R" + digits)) {
      out.add(violation(field, Rule.RETURN_REASON_CODE, "return reason code R" + digits + " does not exist"));
    }
  }
}
