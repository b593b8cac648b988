package io.corebank.nacha;

import java.util.List;

/** Rules every entry layout checks on its own, without the batch around it. */
final class EntryChecks {

  private EntryChecks() {
  }

  /** A numeric transaction code must be one NACHA assigns (ADV codes are checked against the batch). */
  static void transactionCodeKnown(AchRecord entry, List<Violation> out) {
    int code = EntryRecord.TRANSACTION_CODE.intValue(entry.format());
    if (code >= 0 && !TransactionCodes.isKnown(code) && !TransactionCodes.isAdvice(code)) {
      out.add(entry.violation(EntryRecord.TRANSACTION_CODE, Rule.INVALID_CODE,
          "transaction code " + entry.value(EntryRecord.TRANSACTION_CODE) + " is not assigned by NACHA"));
    }
  }

  /** The indicator is 0 or 1 (a non-digit is already reported by the numeric check). */
  static void addendaIndicatorValue(AchRecord entry, List<Violation> out) {
    char c = EntryRecord.ADDENDA_RECORD_INDICATOR.charAt(entry.format(), 0);
    if (c >= '2' && c <= '9') {
      out.add(entry.violation(EntryRecord.ADDENDA_RECORD_INDICATOR, Rule.ADDENDA_INDICATOR,
          "addenda record indicator must be 0 or 1"));
    }
  }
}
