package io.corebank.nacha;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates one batch as it streams: each entry against the batch header (service class, SEC code,
 * trace numbers), each entry's addenda (see {@link AddendaRules}), and the batch control against the
 * running totals.
 */
final class BatchValidator {

  private final BatchHeaderRecord header;
  private final SecCode sec;
  private final boolean reversal;
  private final ValidationOptions options;
  private final List<Violation> out;
  private final BatchTotals totals = new BatchTotals();
  private final List<Addenda> addenda = new ArrayList<>();
  private EntryRecord entry;
  private String lastTraceNumber;

  BatchValidator(BatchHeaderRecord header, ValidationOptions options, List<Violation> out) {
    this.header = header;
    this.sec = header.secCode();
    this.reversal = "REVERSAL".equals(header.companyEntryDescription());
    this.options = options;
    this.out = out;
  }

  long batchNumber() {
    return header.batchNumber();
  }

  BatchTotals totals() {
    return totals;
  }

  void entry(EntryRecord next) {
    finishEntry();
    entry = next;
    totals.addEntry(next);
    checkServiceClass(next);
    checkSecCode(next);
    checkTraceNumber(next);
  }

  void addenda(Addenda next) {
    if (entry == null) {
      out.add(new Violation(next.lineNumber(), 1, next.label(), "RecordTypeCode", Rule.RECORD_ORDER,
          "7", "addenda with no entry detail before it"));
      return;
    }
    totals.addAddenda();
    addenda.add(next);
  }

  void control(BatchControlRecord control) {
    finishEntry();
    compare(control, control.serviceClassCodeField(), header.serviceClassCode(), "service class code",
        "batch header");
    compare(control, control.entryAddendaCountField(), totals.entryAddendaCount(), "entry/addenda count",
        "computed");
    compare(control, control.entryHashField(), totals.entryHash(), "entry hash", "computed");
    compare(control, control.totalDebitField(), totals.totalDebitCents(), "total debit amount", "computed");
    compare(control, control.totalCreditField(), totals.totalCreditCents(), "total credit amount", "computed");
    Field companyId = control.companyIdentificationField();
    String controlCompanyId = companyId == null ? null : control.record().value(companyId).trim();
    if (controlCompanyId != null && !(header instanceof IatBatchHeader)
        && !controlCompanyId.equals(header.companyIdentification())) {
      out.add(control.record().violation(companyId, Rule.CONTROL_TOTAL, "company identification '"
          + controlCompanyId + "' differs from batch header '" + header.companyIdentification() + "'"));
    }
    Field odfi = control.odfiIdentificationField();
    if (!control.record().value(odfi).equals(header.odfiIdentification())) {
      out.add(control.record().violation(odfi, Rule.CONTROL_TOTAL, "ODFI identification "
          + control.record().value(odfi) + " differs from batch header " + header.odfiIdentification()));
    }
    compare(control, control.batchNumberField(), header.batchNumber(), "batch number", "batch header");
  }

  void closeWithoutControl() {
    finishEntry();
  }

  private void finishEntry() {
    if (entry != null) {
      AddendaRules.check(entry, addenda, sec, header, out);
      entry = null;
      addenda.clear();
    }
  }

  /** 220 batches hold credits only, 225 batches debits only, 280 batches advices only. */
  private void checkServiceClass(EntryRecord next) {
    int code = next.transactionCode();
    if (!isAssigned(code)) {
      return;
    }
    int serviceClass = header.serviceClassCode();
    String problem = null;
    if (serviceClass == ServiceClassCodes.CREDITS_ONLY && !TransactionCodes.isCredit(code)) {
      problem = "is not a credit but service class 220 is credits only";
    } else if (serviceClass == ServiceClassCodes.DEBITS_ONLY && !TransactionCodes.isDebit(code)) {
      problem = "is not a debit but service class 225 is debits only";
    }
    if (problem != null) {
      out.add(next.record().violation(EntryRecord.TRANSACTION_CODE, Rule.SERVICE_CLASS,
          "transaction code " + code + " " + problem));
    }
  }

  private void checkSecCode(EntryRecord next) {
    int code = next.transactionCode();
    if (sec == null || !isAssigned(code)) {
      return;
    }
    String problem = switch (sec.side()) {
      case ADVICE -> TransactionCodes.isAdvice(code) ? null : "ADV batches carry transaction codes 81-88 only";
      case RETURN_CODES_ONLY -> TransactionCodes.isReturnOrNoc(code) ? null
          : "COR entries carry return/NOC transaction codes (21, 26, 31, 36, 41, 46, 51, 56)";
      case CREDITS -> sideProblem(code, !reversal);
      case DEBITS -> sideProblem(code, reversal);
      case BOTH -> TransactionCodes.isAdvice(code) ? "transaction codes 81-88 are for ADV batches only" : null;
    };
    if (problem == null && sec == SecCode.IAT && code / 10 != 2 && code / 10 != 3) {
      problem = "IAT entries carry checking or savings transaction codes (21-39)";
    }
    if (problem != null) {
      out.add(next.record().violation(EntryRecord.TRANSACTION_CODE, Rule.SEC_CODE,
          sec + " batch" + (reversal ? " described REVERSAL" : "") + ": transaction code " + code + " - "
              + problem));
    }
    if (sec.receiverNameRequired() && next instanceof EntryDetail detail
        && detail.value(EntryDetail.INDIVIDUAL_NAME).replace('0', ' ').isBlank()) {
      out.add(detail.violation(EntryDetail.INDIVIDUAL_NAME, Rule.MANDATORY,
          sec + " entries must name the receiver"));
    }
    if (sec == SecCode.SHR && next instanceof EntryDetail detail) {
      FieldChecks.mmyy(detail, EntryDetail.SHR_CARD_EXPIRATION_DATE, out);
    }
  }

  /** Unassigned codes are reported by the entry itself; judging their side would only repeat that. */
  private static boolean isAssigned(int code) {
    return TransactionCodes.isKnown(code) || TransactionCodes.isAdvice(code);
  }

  /** Debit-only SEC codes may carry only credits when the batch reverses earlier debits, and vice versa. */
  private static String sideProblem(int code, boolean creditsOnly) {
    if (creditsOnly) {
      return TransactionCodes.isCredit(code) ? null : "such batches may carry only credits";
    }
    return TransactionCodes.isDebit(code) ? null : "such batches may carry only debits";
  }

  /** Trace numbers start with the ODFI identification and strictly ascend within the batch. */
  private void checkTraceNumber(EntryRecord next) {
    Field field = next.traceNumberField();
    if (field == null || !field.isDigits(next.record().format())) {
      return;
    }
    String trace = next.traceNumber();
    if (!trace.startsWith(header.odfiIdentification())) {
      out.add(next.record().violation(field, Rule.TRACE_ODFI,
          "trace number " + trace + " does not start with ODFI " + header.odfiIdentification()));
    }
    if (lastTraceNumber != null && trace.compareTo(lastTraceNumber) <= 0) {
      out.add(next.record().violation(field, Rule.TRACE_ORDER,
          "trace number " + trace + " does not ascend after " + lastTraceNumber));
    }
    lastTraceNumber = trace;
  }

  private void compare(BatchControlRecord control, Field field, long expected, String what, String source) {
    long stated = control.number(field);
    if (stated != expected) {
      out.add(control.record().violation(field, Rule.CONTROL_TOTAL,
          what + " " + control.record().value(field).trim() + " does not match " + source + " " + expected));
    }
  }
}
