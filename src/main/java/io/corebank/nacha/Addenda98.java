package io.corebank.nacha;

import java.util.List;

/**
 * Addenda 98: notification of change (NOC). The RDFI tells the originator which entry data to correct
 * (change codes C01-C14), or an ODFI refuses a NOC (C61-C69).
 */
public final class Addenda98 extends Addenda {

  public static final String TYPE_CODE = "98";

  /** Positions 4-6: C01-C14, or C61-C69 for a refused NOC. */
  public static final Field CHANGE_CODE = Field.code("ChangeCode", 4, 3);
  /** Positions 7-21: trace number of the entry being corrected. */
  public static final Field ORIGINAL_ENTRY_TRACE_NUMBER = Field.numeric("OriginalEntryTraceNumber", 7, 15);
  /** Positions 22-27: reserved, blank. */
  public static final Field RESERVED1 = Field.text("Reserved1", 22, 6);
  /** Positions 28-35: RDFI identification of the original entry. */
  public static final Field ORIGINAL_RECEIVING_DFI_IDENTIFICATION =
      Field.numeric("OriginalReceivingDFIIdentification", 28, 8);
  /** Positions 36-64: the corrected data, laid out per change code; mandatory. */
  public static final Field CORRECTED_DATA = Field.requiredText("CorrectedData", 36, 29);
  /** Positions 65-79: reserved, blank. */
  public static final Field RESERVED2 = Field.text("Reserved2", 65, 15);
  /** Positions 80-94: trace number of the NOC entry this addenda belongs to. */
  public static final Field TRACE_NUMBER = Field.numeric("TraceNumber", 80, 15);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, CHANGE_CODE,
      ORIGINAL_ENTRY_TRACE_NUMBER, RESERVED1, ORIGINAL_RECEIVING_DFI_IDENTIFICATION, CORRECTED_DATA, RESERVED2,
      TRACE_NUMBER);

  private Addenda98(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda98 parse(String line, int lineNumber) {
    return new Addenda98(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  public String changeCode() {
    return CHANGE_CODE.raw(line());
  }

  public String correctedData() {
    return CORRECTED_DATA.trimmed(line());
  }

  @Override
  public Field traceNumberField() {
    return TRACE_NUMBER;
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    if (!ChangeCodes.isValid(changeCode())) {
      out.add(violation(CHANGE_CODE, Rule.CHANGE_CODE, "change code " + changeCode() + " does not exist"));
    }
  }
}
