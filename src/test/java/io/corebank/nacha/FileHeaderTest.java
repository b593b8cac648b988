package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import static io.corebank.nacha.TestFiles.assertClean;
import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FileHeaderTest {

  private static final String LINE = TestFiles.line("test/ach-ppd-read/ppd-credit.ach", 1);

  @Test
  void parsesFieldsAndFormatsByteExact() {
    FileHeader header = FileHeader.parse(LINE, 1);
    assertEquals("231380104", header.immediateDestination());
    assertEquals("121042882", header.immediateOrigin());
    assertEquals("181206", header.fileCreationDate());
    assertEquals('A', header.fileIdModifier());
    assertEquals(LINE, header.format());
    assertClean(header.validate());
  }

  @Test
  void destinationCheckDigitIsVerified() {
    Violation v = assertViolation(FileHeader.parse(with(LINE, 4, " 231380105"), 1).validate(),
        Rule.ROUTING_NUMBER, "ImmediateDestination");
    assertEquals("line 1 (file header 1) field ImmediateDestination: check digit 5 does not match computed 4",
        v.message());
  }

  @Test
  void destinationCheckCanBeBypassed() {
    FileHeader header = FileHeader.parse(with(LINE, 4, " YYYYYYYYY"), 1);
    assertViolation(header.validate(), Rule.ROUTING_NUMBER, "ImmediateDestination");
    assertClean(header.validate(ValidationOptions.defaults().withBypassDestinationValidation(true)));
  }

  @Test
  void fixedValuesAreEnforced() {
    assertViolation(FileHeader.parse(with(LINE, 40, "9"), 1).validate(), Rule.FIXED_VALUE, "FormatCode");
    assertViolation(FileHeader.parse(with(LINE, 35, "095"), 1).validate(), Rule.FIXED_VALUE, "RecordSize");
    assertViolation(FileHeader.parse(with(LINE, 38, "20"), 1).validate(), Rule.FIXED_VALUE, "BlockingFactor");
    assertViolation(FileHeader.parse(with(LINE, 2, "02"), 1).validate(), Rule.FIXED_VALUE, "PriorityCode");
  }

  @Test
  void datesTimesAndModifierAreChecked() {
    assertViolation(FileHeader.parse(with(LINE, 24, "181306"), 1).validate(), Rule.DATE, "FileCreationDate");
    assertViolation(FileHeader.parse(with(LINE, 30, "2460"), 1).validate(), Rule.DATE, "FileCreationTime");
    assertViolation(FileHeader.parse(with(LINE, 34, "a"), 1).validate(), Rule.UPPER_CASE, "FileIDModifier");
    assertViolation(FileHeader.parse(with(LINE, 34, " "), 1).validate(), Rule.INVALID_CODE, "FileIDModifier");
    assertViolation(FileHeader.parse(with(LINE, 14, "ABCDEFGHIJ"), 1).validate(), Rule.NUMERIC, "ImmediateOrigin");
  }

  @Test
  void shortLineIsPaddedButReportsItsLength() {
    FileHeader header = FileHeader.parse(LINE.substring(0, 70), 1);
    assertEquals(94, header.format().length());
    assertViolation(header.validate(), Rule.RECORD_LENGTH, "Record");
  }

  @Test
  void builderWritesFixedFields() {
    FileHeader header = FileHeader.builder().immediateDestination("231380104").immediateOrigin("121042882")
        .fileCreation("181206", "0000").immediateDestinationName("Federal Reserve Bank")
        .immediateOriginName("My Bank Name").build();
    assertEquals(LINE, header.format());
  }
}
