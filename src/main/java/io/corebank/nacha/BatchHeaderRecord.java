package io.corebank.nacha;

/** What batch validation needs from either batch header layout (domestic or IAT). */
public interface BatchHeaderRecord {

  /** 200 mixed, 220 credits only, 225 debits only, 280 automated accounting advices. */
  int serviceClassCode();

  /** The SEC code as written, e.g. {@code PPD}. */
  String standardEntryClassCode();

  /** Null when the header names no SEC code NACHA assigns. */
  default SecCode secCode() {
    return SecCode.fromText(standardEntryClassCode());
  }

  String companyEntryDescription();

  /** Company identification (domestic) or originator identification (IAT), trimmed. */
  String companyIdentification();

  /** First 8 digits of the originating DFI's routing number; trace numbers start with it. */
  String odfiIdentification();

  long batchNumber();

  int lineNumber();

  String label();
}
