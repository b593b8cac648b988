package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.corebank.nacha.TestFiles.assertViolation;
import static io.corebank.nacha.TestFiles.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-record rules: each test breaks one rule in an otherwise valid reference file. */
class AchFileValidatorTest {

  private static List<String> lines(String file) {
    return new ArrayList<>(Arrays.asList(new String(TestFiles.bytes(file), StandardCharsets.ISO_8859_1)
        .split("\n")));
  }

  private static List<Violation> validate(List<String> lines) throws IOException {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    return NachaValidator.validate(new ByteArrayInputStream(bytes), ValidationOptions.defaults()).violations();
  }

  private static List<Violation> validateWith(String file, int line, int start, String value) throws IOException {
    List<String> lines = lines(file);
    lines.set(line - 1, with(lines.get(line - 1), start, value));
    return validate(lines);
  }

  @Test
  void referenceFileIsClean() throws IOException {
    assertTrue(validate(lines("test/testdata/ppd-mixedDebitCredit.ach")).isEmpty());
  }

  @Test
  void traceNumbersAscendAndStartWithTheOdfi() throws IOException {
    String file = "test/testdata/ppd-mixedDebitCredit.ach";
    assertViolation(validateWith(file, 4, 80, "121042880000001"), Rule.TRACE_ORDER, "TraceNumber");
    assertViolation(validateWith(file, 4, 80, "999999990000002"), Rule.TRACE_ODFI, "TraceNumber");
  }

  @Test
  void transactionCodeAgreesWithServiceClass() throws IOException {
    String file = "test/ach-ppd-read/ppd-credit.ach";
    List<Violation> violations = validateWith(file, 3, 2, "27");
    Violation v = assertViolation(violations, Rule.SERVICE_CLASS, "TransactionCode");
    assertEquals(3, v.lineNumber());
    assertViolation(validateWith("test/ach-ccd-read/ccd-debit.ach", 3, 2, "22"), Rule.SERVICE_CLASS,
        "TransactionCode");
  }

  @Test
  void transactionCodeAgreesWithSecCode() throws IOException {
    assertViolation(validateWith("test/ach-tel-read/tel-debit.ach", 2, 2, "200"), Rule.CONTROL_TOTAL,
        "ServiceClassCode");
    List<String> tel = lines("test/ach-tel-read/tel-debit.ach");
    tel.set(1, with(tel.get(1), 2, "200"));
    tel.set(2, with(tel.get(2), 2, "22"));
    assertViolation(validate(tel), Rule.SEC_CODE, "TransactionCode");
    assertViolation(validateWith("test/testdata/ppd-mixedDebitCredit.ach", 3, 2, "81"), Rule.SEC_CODE,
        "TransactionCode");
  }

  @Test
  void addendaIndicatorMatchesAddenda() throws IOException {
    assertViolation(validateWith("test/ach-web-read/web-credit.ach", 3, 79, "0"), Rule.ADDENDA_INDICATOR,
        "AddendaRecordIndicator");
    assertViolation(validateWith("test/ach-ppd-read/ppd-credit.ach", 3, 79, "1"), Rule.ADDENDA_INDICATOR,
        "AddendaRecordIndicator");
  }

  @Test
  void addendaPermittedPerSecCode() throws IOException {
    List<String> ppd = lines("test/ach-web-read/web-credit.ach");
    ppd.add(3, with(ppd.get(3), 84, "0002"));
    assertViolation(validate(ppd), Rule.ADDENDA_PERMITTED, "AddendaTypeCode");

    List<String> pos = lines("test/ach-pos-read/pos-debit.ach");
    pos.remove(3);
    pos.set(2, with(pos.get(2), 79, "0"));
    assertViolation(validate(pos), Rule.ADDENDA_PERMITTED, "AddendaRecordIndicator");

    List<String> ctx = lines("test/ach-ctx-read/ctx-debit.ach");
    ctx.set(2, with(ctx.get(2), 55, "0003"));
    assertViolation(validate(ctx), Rule.ADDENDA_PERMITTED, "NumberOfAddendaRecords");
  }

  @Test
  void addendaPointBackAtTheirEntry() throws IOException {
    assertViolation(validateWith("test/ach-web-read/web-credit.ach", 4, 88, "0000009"), Rule.ADDENDA_SEQUENCE,
        "EntryDetailSequenceNumber");
    assertViolation(validateWith("test/ach-web-read/web-credit.ach", 4, 84, "0002"), Rule.ADDENDA_SEQUENCE,
        "AddendaSequenceNumber");
    assertViolation(validateWith("test/ach-pos-read/pos-debit.ach", 4, 80, "121042880000009"),
        Rule.ADDENDA_TRACE, "TraceNumber");
  }

  @Test
  void iatEntriesNeedAddenda10To16InOrder() throws IOException {
    List<String> iat = lines("test/ach-iat-read/iat-credit.ach");
    iat.remove(5);
    assertViolation(validate(iat), Rule.ADDENDA_PERMITTED, "AddendaTypeCode");
    List<String> extra17 = lines("test/ach-iat-read/iat-credit.ach");
    extra17.add(10, extra17.get(10));
    extra17.add(10, extra17.get(10));
    assertViolation(validate(extra17), Rule.ADDENDA_PERMITTED, "AddendaTypeCode");
  }

  @Test
  void notificationsOfChangeCarryZeroAndReturnCodes() throws IOException {
    String file = "test/corrected/cor-read-trace-fixed.ach";
    assertTrue(validate(lines(file)).isEmpty());
    assertViolation(validateWith(file, 3, 30, "0000000001"), Rule.NOC_AMOUNT, "Amount");
    assertViolation(validateWith(file, 3, 2, "22"), Rule.RETURN_TRANSACTION_CODE, "TransactionCode");
  }

  @Test
  void batchControlMustMatchTheBatch() throws IOException {
    String file = "test/testdata/ppd-mixedDebitCredit.ach";
    assertViolation(validateWith(file, 6, 5, "000004"), Rule.CONTROL_TOTAL, "EntryAddendaCount");
    assertViolation(validateWith(file, 6, 11, "0069414031"), Rule.CONTROL_TOTAL, "EntryHash");
    assertViolation(validateWith(file, 6, 21, "000200000001"), Rule.CONTROL_TOTAL, "TotalDebitEntryDollarAmount");
    assertViolation(validateWith(file, 6, 33, "000000000001"), Rule.CONTROL_TOTAL, "TotalCreditEntryDollarAmount");
    assertViolation(validateWith(file, 6, 88, "0000002"), Rule.CONTROL_TOTAL, "BatchNumber");
    assertViolation(validateWith(file, 6, 45, "999999999 "), Rule.CONTROL_TOTAL, "CompanyIdentification");
  }

  @Test
  void fileControlMustMatchTheFile() throws IOException {
    String file = "test/testdata/ppd-mixedDebitCredit.ach";
    assertViolation(validateWith(file, 7, 2, "000002"), Rule.CONTROL_TOTAL, "BatchCount");
    assertViolation(validateWith(file, 7, 8, "000002"), Rule.BLOCK_COUNT, "BlockCount");
    assertViolation(validateWith(file, 7, 22, "0069414031"), Rule.CONTROL_TOTAL, "EntryHash");
  }

  @Test
  void paddingOnlyAfterTheFileControl() throws IOException {
    List<String> lines = lines("test/ach-ppd-read/ppd-credit.ach");
    lines.add(1, BlockPadding.LINE);
    assertViolation(validate(lines), Rule.RECORD_ORDER, "RecordTypeCode");
  }

  @Test
  void firstViolationIsEarliestByLineAndPosition() throws IOException {
    List<String> lines = lines("test/testdata/ppd-mixedDebitCredit.ach");
    lines.set(0, with(with(lines.get(0), 34, "a"), 4, " 231380105"));
    lines.set(2, with(lines.get(2), 12, "9"));
    List<Violation> violations = validate(lines);
    assertEquals("ImmediateDestination", violations.get(0).field());
    assertEquals("FileIDModifier", violations.get(1).field());
    assertEquals(3, violations.get(2).lineNumber());
  }
}
