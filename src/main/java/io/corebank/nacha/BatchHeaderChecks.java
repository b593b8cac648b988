package io.corebank.nacha;

import java.util.List;

/** Rules both batch header layouts share. */
final class BatchHeaderChecks {

  private BatchHeaderChecks() {
  }

  /** Service class is 200/220/225/280, the SEC code is assigned, and 280 goes with ADV and only ADV. */
  static void serviceClassAndSec(AchRecord header, Field serviceClass, Field sec, List<Violation> out) {
    FieldChecks.oneOf(header, serviceClass, ServiceClassCodes.ALL, Rule.INVALID_CODE, out);
    SecCode code = SecCode.fromText(sec.raw(header.format()));
    if (code == null) {
      out.add(header.violation(sec, Rule.INVALID_CODE, "'" + sec.raw(header.format()) + "' is not a SEC code"));
      return;
    }
    boolean advice = serviceClass.intValue(header.format()) == ServiceClassCodes.AUTOMATED_ACCOUNTING_ADVICES;
    if (advice != (code == SecCode.ADV)) {
      out.add(header.violation(serviceClass, Rule.SERVICE_CLASS,
          "service class 280 is for ADV batches only, and ADV batches use service class 280"));
    }
  }

  /** A non-digit is already reported by the numeric format check. */
  static void originatorStatus(AchRecord header, Field status, List<Violation> out) {
    char c = status.charAt(header.format(), 0);
    if (c >= '3' && c <= '9') {
      out.add(header.violation(status, Rule.INVALID_CODE, "originator status code must be 0, 1 or 2"));
    }
  }
}
