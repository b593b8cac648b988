package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchHeaderTest {

  private static final String LINE = TestFiles.line("test/ach-ppd-read/ppd-credit.ach", 2);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    BatchHeader header = BatchHeader.parse(LINE, 2);
    assertEquals(220, header.serviceClassCode());
    assertEquals(SecCode.PPD, header.secCode());
    assertEquals("Name on Account", header.companyName());
    assertEquals("121042882", header.companyIdentification());
    assertEquals("REG.SALARY", header.companyEntryDescription());
    assertEquals("181207", header.effectiveEntryDate());
    assertEquals("12104288", header.odfiIdentification());
    assertEquals(1, header.batchNumber());
    assertEquals(LINE, header.format());
    assertClean(header.validate());
  }

  @Test
  void serviceClassAndSecCodeAreChecked() {
    assertViolation(BatchHeader.parse(with(LINE, 2, "100"), 2).validate(), Rule.INVALID_CODE, "ServiceClassCode");
    assertViolation(BatchHeader.parse(with(LINE, 51, "XYZ"), 2).validate(), Rule.INVALID_CODE,
        "StandardEntryClassCode");
    assertViolation(BatchHeader.parse(with(LINE, 51, "ppd"), 2).validate(), Rule.UPPER_CASE,
        "StandardEntryClassCode");
    assertViolation(BatchHeader.parse(with(LINE, 2, "280"), 2).validate(), Rule.SERVICE_CLASS, "ServiceClassCode");
  }

  @Test
  void effectiveDateMustBeARealDate() {
    assertViolation(BatchHeader.parse(with(LINE, 70, "000000"), 2).validate(), Rule.DATE, "EffectiveEntryDate");
    assertViolation(BatchHeader.parse(with(LINE, 70, "190229"), 2).validate(), Rule.DATE, "EffectiveEntryDate");
    assertClean(BatchHeader.parse(with(LINE, 70, "200229"), 2).validate());
  }

  @Test
  void mandatoryFieldsAndStatus() {
    assertViolation(BatchHeader.parse(with(LINE, 5, "0000000000000000"), 2).validate(), Rule.MANDATORY,
        "CompanyName");
    assertViolation(BatchHeader.parse(with(LINE, 41, "          "), 2).validate(), Rule.MANDATORY,
        "CompanyIdentification");
    assertViolation(BatchHeader.parse(with(LINE, 79, "7"), 2).validate(), Rule.INVALID_CODE,
        "OriginatorStatusCode");
    assertViolation(BatchHeader.parse(with(LINE, 80, "1210428A"), 2).validate(), Rule.NUMERIC,
        "ODFIIdentification");
  }

  @Test
  void builderRoundTrips() {
    BatchHeader built = BatchHeader.builder().serviceClassCode(220).companyName("Name on Account")
        .companyIdentification("121042882").secCode(SecCode.PPD).companyEntryDescription("REG.SALARY")
        .effectiveEntryDate("181207").odfiIdentification("12104288").batchNumber(1).build();
    assertEquals(LINE, built.format());
  }
}
