package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertViolation;

class UnknownRecordTest {

  @Test
  void unknownRecordAndAddendaTypes() {
    assertViolation(UnknownRecord.parse("X" + " ".repeat(93), 1).validate(), Rule.INVALID_CODE, "RecordTypeCode");
    assertViolation(UnknownRecord.parse("703" + " ".repeat(91), 1).validate(), Rule.INVALID_CODE,
        "AddendaTypeCode");
  }
}
