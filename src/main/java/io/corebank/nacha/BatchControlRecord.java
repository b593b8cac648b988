package io.corebank.nacha;

/** What batch validation needs from either batch control layout (domestic/IAT or ADV). */
public interface BatchControlRecord {

  Field serviceClassCodeField();

  Field entryAddendaCountField();

  Field entryHashField();

  Field totalDebitField();

  Field totalCreditField();

  /** Null for ADV, whose control carries ACH operator data instead. */
  Field companyIdentificationField();

  Field odfiIdentificationField();

  Field batchNumberField();

  AchRecord record();

  default long number(Field field) {
    return field.longValue(record().format());
  }
}
