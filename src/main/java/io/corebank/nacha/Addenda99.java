package io.corebank.nacha;

import java.util.List;

/** Addenda 99, return layout: why the RDFI sends an entry back (R01-R85 other than the dishonor codes). */
public final class Addenda99 extends ReturnAddenda {

  /** Positions 4-6: a NACHA return reason code. */
  public static final Field RETURN_REASON_CODE = Field.code("ReturnReasonCode", 4, 3);
  /** Positions 22-27: YYMMDD the receiver died; required for R14 and R15, blank otherwise. */
  public static final Field DATE_OF_DEATH = Field.optionalNumeric("DateOfDeath", 22, 6);
  /** Positions 36-79: free-form information from the RDFI. */
  public static final Field ADDENDA_INFORMATION = Field.text("AddendaInformation", 36, 44);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, ADDENDA_TYPE_CODE, RETURN_REASON_CODE,
      ORIGINAL_ENTRY_TRACE_NUMBER, DATE_OF_DEATH, ORIGINAL_RECEIVING_DFI_IDENTIFICATION, ADDENDA_INFORMATION,
      TRACE_NUMBER);

  private Addenda99(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static Addenda99 parse(String line, int lineNumber) {
    return new Addenda99(line, lineNumber);
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  public String dateOfDeath() {
    return DATE_OF_DEATH.raw(line());
  }

  public String addendaInformation() {
    return ADDENDA_INFORMATION.trimmed(line());
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    checkReasonCode(RETURN_REASON_CODE, options, out);
    if (ReturnReasonCodes.needsDateOfDeath(reasonCode()) && DATE_OF_DEATH.isBlankOrZeros(line())) {
      out.add(violation(DATE_OF_DEATH, Rule.MANDATORY, "returns " + reasonCode() + " carry the date of death"));
    }
    FieldChecks.yymmdd(this, DATE_OF_DEATH, out);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a return addenda; {@link ReturnEntryBuilder} fills it from the original entry. */
  public static final class Builder {
    private final LineBuilder line = new LineBuilder('7').set(ADDENDA_TYPE_CODE, TYPE_CODE);

    public Builder returnReasonCode(String code) {
      line.set(RETURN_REASON_CODE, code);
      return this;
    }

    public Builder originalEntryTraceNumber(String trace) {
      line.set(ORIGINAL_ENTRY_TRACE_NUMBER, trace);
      return this;
    }

    public Builder dateOfDeath(String yymmdd) {
      line.set(DATE_OF_DEATH, yymmdd);
      return this;
    }

    public Builder originalReceivingDfiIdentification(String eightDigits) {
      line.set(ORIGINAL_RECEIVING_DFI_IDENTIFICATION, eightDigits);
      return this;
    }

    public Builder addendaInformation(String text) {
      line.set(ADDENDA_INFORMATION, text);
      return this;
    }

    public Builder traceNumber(String trace) {
      line.set(TRACE_NUMBER, trace);
      return this;
    }

    public Addenda99 build() {
      return new Addenda99(line.build(), 0);
    }
  }
}
