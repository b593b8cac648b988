package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FileControlTest {

  private static final String LINE = TestFiles.line("test/testdata/web-debit.ach", 14);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    FileControl control = FileControl.parse(LINE, 14);
    assertEquals(3, control.batchCount());
    assertEquals(2, control.blockCount());
    assertEquals(6, control.entryAddendaCount());
    assertEquals(50600106L, control.entryHash());
    assertEquals(15000L, control.totalDebitCents());
    assertEquals(26820L, control.totalCreditCents());
    assertEquals(LINE, control.format());
    assertClean(control.validate());
  }

  @Test
  void blankControlIsNotNumeric() {
    FileControl control = FileControl.parse("9", 5);
    assertViolation(control.validate(), Rule.NUMERIC, "BatchCount");
    assertViolation(control.validate(), Rule.RECORD_LENGTH, "Record");
  }

  @Test
  void nonNumericHash() {
    assertViolation(FileControl.parse(with(LINE, 22, "ABCDEFGHIJ"), 14).validate(), Rule.NUMERIC, "EntryHash");
  }
}
