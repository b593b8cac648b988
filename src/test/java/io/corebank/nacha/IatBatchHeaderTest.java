package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IatBatchHeaderTest {

  private static final String LINE = TestFiles.line("test/ach-iat-read/iat-credit.ach", 2);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    assertTrue(IatBatchHeader.isIat(LINE));
    IatBatchHeader header = IatBatchHeader.parse(LINE, 2);
    assertEquals(220, header.serviceClassCode());
    assertEquals(SecCode.IAT, header.secCode());
    assertEquals("123456789", header.companyIdentification());
    assertEquals("23138010", header.odfiIdentification());
    assertEquals("FF", header.value(IatBatchHeader.FOREIGN_EXCHANGE_INDICATOR));
    assertEquals("CAD", header.value(IatBatchHeader.ISO_ORIGINATING_CURRENCY_CODE));
    assertFalse(header.isNotificationOfChange());
    assertEquals(LINE, header.format());
    assertClean(header.validate());
  }

  @Test
  void iatCorHeaderIsRecognised() {
    String line = TestFiles.line("test/testdata/iat-addenda98.ach", 2);
    assertTrue(IatBatchHeader.isIat(line));
    assertTrue(IatBatchHeader.parse(line, 2).isNotificationOfChange());
  }

  @Test
  void codesAreChecked() {
    assertViolation(IatBatchHeader.parse(with(LINE, 2, "100"), 2).validate(), Rule.INVALID_CODE, "ServiceClassCode");
    assertViolation(IatBatchHeader.parse(with(LINE, 2, "280"), 2).validate(), Rule.INVALID_CODE, "ServiceClassCode");
    assertViolation(IatBatchHeader.parse(with(LINE, 21, "XX"), 2).validate(), Rule.INVALID_CODE,
        "ForeignExchangeIndicator");
    assertViolation(IatBatchHeader.parse(with(LINE, 23, "4"), 2).validate(), Rule.INVALID_CODE,
        "ForeignExchangeReferenceIndicator");
    assertViolation(IatBatchHeader.parse(with(LINE, 64, "cad"), 2).validate(), Rule.UPPER_CASE,
        "ISOOriginatingCurrencyCode");
    assertViolation(IatBatchHeader.parse(with(LINE, 70, "181232"), 2).validate(), Rule.DATE, "EffectiveEntryDate");
  }
}
