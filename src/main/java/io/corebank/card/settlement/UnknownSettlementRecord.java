package io.corebank.card.settlement;

import java.util.List;

/** A record whose first byte is not H, D or T: kept so that the validator can name it and go on. */
public final class UnknownSettlementRecord extends SettlementRecord {

  /** Positions 2-250 as one field: what is not the record type. */
  public static final SettlementField RECORD_DATA = SettlementLayout.field("SETL-REC-DATA");

  private static final List<SettlementField> FIELDS = List.of(RECORD_TYPE, RECORD_DATA);

  UnknownSettlementRecord(String text, long lineNumber, int originalLength) {
    super(text, lineNumber, originalLength);
  }

  @Override
  public String label() {
    return "record of unknown type";
  }

  @Override
  public List<SettlementField> fields() {
    return FIELDS;
  }

  @Override
  void validateRules(RecordChecks checks) {
    checks.fail(RECORD_TYPE, Rule.RECORD_TYPE, "record type '" + value(RECORD_TYPE) + "' is not H (header), D (detail)"
        + " or T (trailer)");
  }
}
