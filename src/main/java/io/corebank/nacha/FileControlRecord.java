package io.corebank.nacha;

/** What file validation needs from either file control layout (domestic or ADV). */
public interface FileControlRecord {

  Field batchCountField();

  Field blockCountField();

  Field entryAddendaCountField();

  Field entryHashField();

  Field totalDebitField();

  Field totalCreditField();

  AchRecord record();

  default long number(Field field) {
    return field.longValue(record().format());
  }
}
