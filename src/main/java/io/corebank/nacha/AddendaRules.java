package io.corebank.nacha;

import java.util.List;

/**
 * Rules that tie an entry to its addenda: the addenda record indicator, the addenda types and counts the
 * SEC code permits, the back-references (trace or sequence numbers), and what returns and notifications
 * of change must look like.
 */
final class AddendaRules {

  private static final int MAX_IAT_17 = 2;
  private static final int MAX_IAT_18 = 5;
  private static final int MAX_REMITTANCE_ADDENDA = 9999;

  private AddendaRules() {
  }

  static void check(EntryRecord entry, List<Addenda> addenda, SecCode sec, BatchHeaderRecord header,
            List<Violation> out) {
    checkIndicator(entry, addenda, out);
    checkBackReferences(entry, addenda, out);
    boolean isReturn = addenda.stream().anyMatch(a -> a instanceof ReturnAddenda);
    boolean isNoc = addenda.stream().anyMatch(a -> a instanceof Addenda98);
    if (isReturn || isNoc) {
      checkReturnOrNoc(entry, isReturn, out);
    }
    if (sec == SecCode.COR || isNoc) {
      long amount = entry.amountCents();
      if (amount > 0) {
        out.add(entry.record().violation(entry.amountField(), Rule.NOC_AMOUNT,
            "notification of change entries carry a zero amount, not " + amount));
      }
    }
    if (sec == null) {
      return;
    }
    if (sec == SecCode.IAT) {
      checkIat(entry, addenda, header, out);
    } else {
      checkDomestic(entry, addenda, sec, isReturn, out);
    }
  }

  private static void checkIndicator(EntryRecord entry, List<Addenda> addenda, List<Violation> out) {
    char indicator = entry.addendaRecordIndicator();
    if (indicator == '1' && addenda.isEmpty()) {
      out.add(entry.record().violation(EntryRecord.ADDENDA_RECORD_INDICATOR, Rule.ADDENDA_INDICATOR,
          "addenda record indicator is 1 but no addenda follow"));
    } else if (indicator == '0' && !addenda.isEmpty()) {
      out.add(entry.record().violation(EntryRecord.ADDENDA_RECORD_INDICATOR, Rule.ADDENDA_INDICATOR,
          "addenda record indicator is 0 but " + addenda.size() + " addenda follow"));
    }
  }

  /** 02/98/99 repeat the entry's trace number; 05 and 10-18 its last 7 digits; sequence numbers count from 1. */
  private static void checkBackReferences(EntryRecord entry, List<Addenda> addenda, List<Violation> out) {
    String trace = entry.traceNumber();
    if (trace == null) {
      return;
    }
    String sequence = trace.substring(8);
    int remittanceSequence = 0;
    int iat17Sequence = 0;
    int iat18Sequence = 0;
    for (Addenda a : addenda) {
      Field traceField = a.traceNumberField();
      if (traceField != null && !a.value(traceField).equals(trace)) {
        out.add(a.violation(traceField, Rule.ADDENDA_TRACE,
            "trace number " + a.value(traceField) + " differs from its entry's trace number " + trace));
      }
      Field sequenceField = a.entryDetailSequenceNumberField();
      if (sequenceField != null && !a.value(sequenceField).equals(sequence)) {
        out.add(a.violation(sequenceField, Rule.ADDENDA_SEQUENCE, "entry detail sequence number "
            + a.value(sequenceField) + " does not match its entry's trace number " + trace));
      }
      Field addendaSequence = a.addendaSequenceNumberField();
      if (addendaSequence != null) {
        int expected = switch (a.addendaTypeCode()) {
          case "17" -> ++iat17Sequence;
          case "18" -> ++iat18Sequence;
          default -> ++remittanceSequence;
        };
        if (addendaSequence.longValue(a.format()) != expected) {
          out.add(a.violation(addendaSequence, Rule.ADDENDA_SEQUENCE, "addenda sequence number "
              + a.value(addendaSequence) + " should be " + expected));
        }
      }
    }
  }

  /** Returns and NOCs travel on return transaction codes (x1, x6), never on forward ones. */
  private static void checkReturnOrNoc(EntryRecord entry, boolean isReturn, List<Violation> out) {
    int code = entry.transactionCode();
    if (code >= 0 && !TransactionCodes.isReturnOrNoc(code)) {
      out.add(entry.record().violation(EntryRecord.TRANSACTION_CODE, Rule.RETURN_TRANSACTION_CODE,
          (isReturn ? "return" : "notification of change") + " entry carries forward transaction code "
              + code + "; use " + TransactionCodes.returnCodeFor(code)));
    }
  }

  private static void checkDomestic(EntryRecord entry, List<Addenda> addenda, SecCode sec, boolean isReturn,
                    List<Violation> out) {
    if (isReturn) {
      expectOnly(entry, addenda, ReturnAddenda.TYPE_CODE, 1, 1, "a return entry carries exactly one addenda 99",
          out);
      return;
    }
    switch (sec.addendaPolicy()) {
      case NONE -> expectOnly(entry, addenda, "--", 0, 0, sec + " entries carry no addenda", out);
      case AT_MOST_ONE_05 -> expectOnly(entry, addenda, Addenda05.TYPE_CODE, 0, 1,
          sec + " entries carry at most one addenda 05", out);
      case UP_TO_9999_05 -> {
        expectOnly(entry, addenda, Addenda05.TYPE_CODE, 0, MAX_REMITTANCE_ADDENDA,
            sec + " entries carry up to 9999 addenda 05", out);
        if (sec == SecCode.CTX && entry instanceof EntryDetail detail) {
          long stated = EntryDetail.CTX_NUMBER_OF_ADDENDA_RECORDS.longValue(detail.format());
          if (stated != addenda.size()) {
            out.add(detail.violation(EntryDetail.CTX_NUMBER_OF_ADDENDA_RECORDS, Rule.ADDENDA_PERMITTED,
                "number of addenda records " + detail.value(EntryDetail.CTX_NUMBER_OF_ADDENDA_RECORDS)
                    + " but " + addenda.size() + " follow"));
          }
        }
      }
      case EXACTLY_ONE_02 -> expectOnly(entry, addenda, Addenda02.TYPE_CODE, 1, 1,
          sec + " entries carry exactly one addenda 02", out);
      case EXACTLY_ONE_98 -> expectOnly(entry, addenda, Addenda98.TYPE_CODE, 1, 1,
          "notification of change entries carry exactly one addenda 98", out);
      case IAT -> throw new IllegalStateException("IAT addenda are checked by checkIat");
    }
  }

  /** All addenda are of {@code typeCode} and there are between {@code min} and {@code max} of them. */
  private static void expectOnly(EntryRecord entry, List<Addenda> addenda, String typeCode, int min, int max,
                   String rule, List<Violation> out) {
    for (Addenda a : addenda) {
      if (!a.addendaTypeCode().equals(typeCode)) {
        out.add(a.violation(Addenda.ADDENDA_TYPE_CODE, Rule.ADDENDA_PERMITTED,
            "addenda " + a.addendaTypeCode() + " not permitted: " + rule));
        return;
      }
    }
    if (addenda.size() > max) {
      out.add(addenda.get(max).violation(Addenda.ADDENDA_TYPE_CODE, Rule.ADDENDA_PERMITTED,
          "too many addenda: " + rule));
    } else if (addenda.size() < min) {
      out.add(entry.record().violation(EntryRecord.ADDENDA_RECORD_INDICATOR, Rule.ADDENDA_PERMITTED,
          "addenda missing: " + rule));
    }
  }

  /** 10, 11, ..., 16 in order; then up to two 17 and five 18; then one 98 (IAT NOC) or 99 (IAT return). */
  private static void checkIat(EntryRecord entry, List<Addenda> addenda, BatchHeaderRecord header,
                 List<Violation> out) {
    int index = 0;
    for (int type = 10; type <= 16; type++, index++) {
      if (index >= addenda.size() || !addenda.get(index).addendaTypeCode().equals(Integer.toString(type))) {
        AchRecord at = index < addenda.size() ? addenda.get(index) : entry.record();
        Field field = index < addenda.size() ? Addenda.ADDENDA_TYPE_CODE : EntryRecord.ADDENDA_RECORD_INDICATOR;
        out.add(at.violation(field, Rule.ADDENDA_PERMITTED, "IAT entries carry addenda 10 to 16 in order; "
            + "addenda " + type + " expected"));
        return;
      }
    }
    int count17 = 0;
    int count18 = 0;
    boolean closing = false;
    for (; index < addenda.size(); index++) {
      Addenda a = addenda.get(index);
      String type = a.addendaTypeCode();
      String problem = null;
      if (closing) {
        problem = "nothing may follow the addenda 98 or 99 of an IAT entry";
      } else if (type.equals("17")) {
        problem = count18 > 0 ? "addenda 17 must precede addenda 18"
            : ++count17 > MAX_IAT_17 ? "at most two addenda 17" : null;
      } else if (type.equals("18")) {
        problem = ++count18 > MAX_IAT_18 ? "at most five addenda 18" : null;
      } else if (type.equals(Addenda98.TYPE_CODE)) {
        closing = true;
        problem = header instanceof IatBatchHeader iat && iat.isNotificationOfChange() ? null
            : "addenda 98 only in an IAT notification of change batch (IATCOR)";
      } else if (type.equals(ReturnAddenda.TYPE_CODE)) {
        closing = true;
      } else {
        problem = "addenda " + type + " is not an IAT addenda";
      }
      if (problem != null) {
        out.add(a.violation(Addenda.ADDENDA_TYPE_CODE, Rule.ADDENDA_PERMITTED, problem));
        return;
      }
    }
  }
}
