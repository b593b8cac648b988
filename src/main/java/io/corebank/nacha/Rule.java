package io.corebank.nacha;

/** The rules a NACHA file can break; every {@link Violation} names exactly one. */
public enum Rule {
  RECORD_LENGTH("a record is exactly 94 characters"),
  PRINTABLE_ASCII("records hold printable ASCII only (0x20-0x7E)"),
  NUMERIC("numeric fields hold digits only"),
  UPPER_CASE("code fields hold upper-case letters and digits only"),
  MANDATORY("mandatory fields are neither blank nor all zeros"),
  FIXED_VALUE("the field has one permitted value"),
  DATE("dates are real calendar dates (YYMMDD, MMDD, MMYY or HHMM)"),
  ROUTING_NUMBER("routing numbers are 9 digits whose last digit is the 3-7-1 check digit"),
  INVALID_CODE("the code is not one NACHA assigns for this field"),
  RETURN_REASON_CODE("return reason codes are the R-codes NACHA publishes"),
  CHANGE_CODE("change codes are C01-C14 or the refused-NOC codes C61-C69"),
  SERVICE_CLASS("the transaction code agrees with the batch service class code"),
  SEC_CODE("the transaction code and addenda are permitted for the SEC code"),
  RETURN_TRANSACTION_CODE("return and NOC entries use return transaction codes (21, 26, 31, ...)"),
  NOC_AMOUNT("notification of change entries carry a zero amount"),
  TRACE_ORDER("trace numbers ascend within a batch"),
  TRACE_ODFI("a trace number starts with the batch's ODFI identification"),
  ADDENDA_INDICATOR("the addenda record indicator is 1 exactly when addenda follow"),
  ADDENDA_PERMITTED("addenda types and counts follow the SEC code's limits"),
  ADDENDA_SEQUENCE("addenda sequence numbers ascend from 1 and point at their entry"),
  ADDENDA_TRACE("an addenda 02, 98 or 99 carries its entry's trace number"),
  RECORD_ORDER("records come as 1 (5 (6 (7)*)* 8)* 9, then only padding"),
  CONTROL_TOTAL("control records equal what the batch or file holds"),
  BLOCK_COUNT("the file holds block count x 10 records");

  private final String description;

  Rule(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
