package io.corebank.card.settlement;

import static io.corebank.card.settlement.SettlementTestData.header;
import static io.corebank.card.settlement.SettlementTestData.presentment;
import static io.corebank.card.settlement.SettlementTestData.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SettlementFileValidatorTest {

  private static final SettlementDetail D1 = presentment().build();
  private static final SettlementDetail D2 = presentment().arn(SettlementTestData.arn(2)).transactionAmount(5_000, "EUR")
      .settlementAmount(5_431, "USD").interchangeFeeCents(81).build();
  private static final SettlementDetail D3 = presentment().messageType(MessageType.REFUND).arn(SettlementTestData.arn(3))
      .authorizationCode(null).originalDate(null).transactionAmount(-2_000, "USD").settlementAmount(-2_000, "USD")
      .interchangeFeeCents(-30).build();
  /** The trailer of D1, D2, D3. */
  private static final SettlementTrailer TRAILER = SettlementTrailer.of(3, 17_776, 2_000, 236,
      73_000_000_000_013L + 73_000_000_000_021L + 73_000_000_000_039L);

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(SettlementEncoding.class)
  void fileRoundTrip(SettlementEncoding encoding) throws IOException {
    Path file = directory.resolve("settle." + encoding);
    SettlementTrailer trailer = SettlementFiles.write(file, encoding, header(), List.of(D1, D2, D3).iterator());
    assertThat(trailer).isEqualTo(TRAILER);

    ValidationReport report = new SettlementFileValidator().validate(file, encoding);
    assertThat(report.violations()).isEmpty();
    assertThat(report.accepted()).isTrue();
    assertThat(report.detailCount()).isEqualTo(3);
    assertThat(report.recordCount()).isEqualTo(5);
    assertThat(report.summary()).isEqualTo("accepted: 3 details");

    List<SettlementRecord> records = new ArrayList<>();
    try (SettlementFileReader reader = SettlementFileReader.open(file, encoding)) {
      reader.next().ifPresent(records::add);
      reader.next().ifPresent(records::add);
      reader.next().ifPresent(records::add);
      reader.next().ifPresent(records::add);
      reader.next().ifPresent(records::add);
      assertThat(reader.next()).isEmpty();
    }
    assertThat(records).containsExactly(header(), D1, D2, D3, TRAILER);
    SettlementDetail d2 = (SettlementDetail) records.get(2);
    assertThat(d2.transactionAmountCents()).isEqualTo(5_000);
    assertThat(d2.transactionCurrency()).isEqualTo("EUR");
    assertThat(d2.settlementAmountCents()).isEqualTo(5_431);
    assertThat(((SettlementDetail) records.get(3)).settlementAmountCents()).isEqualTo(-2_000);
    assertThat(java.nio.file.Files.size(file)).isEqualTo(encoding == SettlementEncoding.ASCII ? 5 * 251 : 5 * 250);
  }

  @Test
  void detailCountMismatchIsRejected() throws IOException {
    ValidationReport report = validate(header(), D1, D2, D3, SettlementTrailer.of(4, 17_776, 2_000, 236, TRAILER.hash()));
    assertThat(report.violations()).containsExactly(new Violation(5, 2, "trailer", "SETL-T-DETAIL-COUNT",
        Rule.CONTROL_TOTAL, "000000004", "detail count 4 does not equal the details' 3"));
    assertThat(report.rejected()).isTrue();
  }

  @Test
  void totalDebitMismatchIsRejected() throws IOException {
    ValidationReport report = validate(header(), D1, D2, D3, SettlementTrailer.of(3, 17_777, 2_000, 236, TRAILER.hash()));
    assertThat(report.violations()).containsExactly(new Violation(5, 11, "trailer", "SETL-T-TOTAL-DEBIT",
        Rule.CONTROL_TOTAL, "00000000000017777", "total debit 177.77 does not equal the details' 177.76"));
  }

  @Test
  void totalCreditMismatchIsRejected() throws IOException {
    ValidationReport report = validate(header(), D1, D2, D3, SettlementTrailer.of(3, 17_776, 0, 236, TRAILER.hash()));
    assertThat(report.violations()).containsExactly(new Violation(5, 28, "trailer", "SETL-T-TOTAL-CREDIT",
        Rule.CONTROL_TOTAL, "00000000000000000", "total credit 0.00 does not equal the details' 20.00"));
  }

  @Test
  void totalInterchangeMismatchIsRejected() throws IOException {
    ValidationReport report = validate(header(), D1, D2, D3, SettlementTrailer.of(3, 17_776, 2_000, -236, TRAILER.hash()));
    assertThat(report.violations()).containsExactly(new Violation(5, 45, "trailer", "SETL-T-TOTAL-INTERCHANGE",
        Rule.CONTROL_TOTAL, "-00000000000000236", "total interchange -2.36 does not equal the details' 2.36"));
  }

  @Test
  void hashMismatchIsRejected() throws IOException {
    ValidationReport report = validate(header(), D1, D2, D3, SettlementTrailer.of(3, 17_776, 2_000, 236, 219_000_000_000_074L));
    assertThat(report.violations()).containsExactly(new Violation(5, 63, "trailer", "SETL-T-HASH",
        Rule.CONTROL_HASH, "219000000000074", "hash 219000000000074 does not equal the details' 219000000000073"));
  }

  @Test
  void aDetailSwappedForAnotherOfTheSameAmountChangesOnlyTheHash() throws IOException {
    SettlementDetail other = D1.toBuilder().arn(SettlementTestData.arn(9)).build();
    ValidationReport report = validate(header(), other, D2, D3, TRAILER);
    assertThat(report.violations()).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SETL-T-HASH", Rule.CONTROL_HASH));
  }

  @Test
  void theFileStartsWithTheHeader() throws IOException {
    ValidationReport report = validate(D1, D2, D3, TRAILER);
    assertThat(report.violations()).containsExactly(new Violation(1, 1, "detail", "SETL-REC-TYPE", Rule.RECORD_ORDER,
        "D", "the file starts with a detail; its first record is the header"));
  }

  @Test
  void theHeaderIsFirst() throws IOException {
    ValidationReport report = validate(D1, header(), D2, D3, TRAILER);
    assertThat(report.violations()).containsExactly(
        new Violation(1, 1, "detail", "SETL-REC-TYPE", Rule.RECORD_ORDER, "D",
            "the file starts with a detail; its first record is the header"),
        new Violation(2, 1, "header", "SETL-REC-TYPE", Rule.RECORD_ORDER, "H",
            "the header is on line 2; it must be the first record"));
  }

  @Test
  void oneHeaderOnly() throws IOException {
    ValidationReport report = validate(header(), D1, header(), D2, D3, TRAILER);
    assertThat(report.violations()).containsExactly(new Violation(3, 1, "header", "SETL-REC-TYPE", Rule.RECORD_ORDER,
        "H", "second header; the header is on line 1"));
  }

  @Test
  void theFileEndsWithTheTrailer() throws IOException {
    ValidationReport report = validate(header(), D1, D2, D3);
    assertThat(report.violations()).containsExactly(new Violation(5, 1, "end of file", "SETL-REC-TYPE",
        Rule.RECORD_ORDER, "", "the file ends without a trailer"));
  }

  @Test
  void nothingFollowsTheTrailer() throws IOException {
    ValidationReport report = validate(header(), D1, D2, D3, TRAILER, D1, TRAILER);
    assertThat(report.violations()).containsExactly(
        new Violation(6, 1, "detail", "SETL-REC-TYPE", Rule.RECORD_ORDER, "D",
            "record after the trailer on line 5; the trailer is the last record"),
        new Violation(7, 1, "trailer", "SETL-REC-TYPE", Rule.RECORD_ORDER, "T",
            "record after the trailer on line 5; the trailer is the last record"));
    assertThat(report.detailCount()).isEqualTo(3);
  }

  @Test
  void anEmptyFileIsRejected() throws IOException {
    ValidationReport report = new SettlementFileValidator().validate(new ByteArrayInputStream(new byte[0]),
        SettlementEncoding.ASCII);
    assertThat(report.violations()).containsExactly(new Violation(1, 1, "end of file", "SETL-REC-TYPE",
        Rule.RECORD_ORDER, "", "the file is empty; it holds a header, the details and a trailer"));
  }

  @Test
  void aFileWithoutDetailsIsAccepted() throws IOException {
    assertThat(validate(header(), SettlementTrailer.of(0, 0, 0, 0, 0)).accepted()).isTrue();
  }

  @Test
  void detailsCarryTheHeadersDateAndCurrency() throws IOException {
    SettlementDetail otherDay = D1.toBuilder().settlementDate(SettlementTestData.SETTLEMENT_DATE.minusDays(1))
        .originalDate(SettlementTestData.SETTLEMENT_DATE.minusDays(2)).build();
    SettlementDetail otherCurrency = D3.toBuilder().transactionAmount(-2_000, "EUR").settlementAmount(-2_000, "EUR")
        .build();
    ValidationReport report = validate(header(), otherDay, D2, otherCurrency, TRAILER);
    assertThat(report.violations()).containsExactly(
        new Violation(2, 197, "detail", "SETL-D-SETTLE-DATE", Rule.HEADER_AGREEMENT, "20250313",
            "settlement date 20250313 is not the header's 20250314 (line 1)"),
        new Violation(4, 138, "detail", "SETL-D-SETTLE-CURRENCY", Rule.HEADER_AGREEMENT, "EUR",
            "settlement currency EUR is not the header's USD (line 1)"));
  }

  @Test
  void aMalformedRecordRejectsTheFile() throws IOException {
    String badArn = with(D2.text(), SettlementDetail.ARN, "74123455073000000000022");
    ValidationReport report = validate(lines(header().text(), D1.text(), badArn, D3.text(), TRAILER.text()));
    // the altered ARN is still 23 digits, so the trailer is reconciled, and its hash no longer matches
    assertThat(report.violations()).containsExactly(
        new Violation(3, 80, "detail", "SETL-D-ARN", Rule.ARN, "74123455073000000000022",
            "check digit 2 does not match the computed 1"),
        new Violation(5, 63, "trailer", "SETL-T-HASH", Rule.CONTROL_HASH, "219000000000073",
            "hash 219000000000073 does not equal the details' 219000000000074"));
    assertThat(report.summary()).isEqualTo("rejected: 2 violation(s)" + System.lineSeparator()
        + "line 3 (detail) field SETL-D-ARN: check digit 2 does not match the computed 1" + System.lineSeparator()
        + "line 5 (trailer) field SETL-T-HASH: hash 219000000000073 does not equal the details' 219000000000074");
  }

  @Test
  void controlsAreNotReconciledWhenADetailsAmountCannotBeRead() throws IOException {
    String badAmount = with(D2.text(), SettlementDetail.SETTLE_AMOUNT, "+0000000000054.1");
    ValidationReport report = validate(lines(header().text(), D1.text(), badAmount, D3.text(), TRAILER.text()));
    assertThat(report.violations()).containsExactly(new Violation(3, 122, "detail", "SETL-D-SETTLE-AMOUNT",
        Rule.NUMERIC, "+0000000000054.1", "'+0000000000054.1' is not a sign and 15 digits"));
  }

  @Test
  void aRecordOfUnknownTypeRejectsTheFile() throws IOException {
    String damaged = "d" + D2.text().substring(1);
    ValidationReport report = validate(lines(header().text(), D1.text(), damaged, D3.text(), TRAILER.text()));
    assertThat(report.violations()).containsExactly(new Violation(3, 1, "record of unknown type", "SETL-REC-TYPE",
        Rule.RECORD_TYPE, "d", "record type 'd' is not H (header), D (detail) or T (trailer)"));
  }

  @Test
  void keepsTheFirstViolationsAndCountsTheRest() throws IOException {
    SettlementDetail zero = D1.toBuilder().build();
    String bad = with(zero.text(), SettlementDetail.LAST_FOUR, "x");
    ValidationReport report = new SettlementFileValidator(2).validate(new ByteArrayInputStream(
        lines(header().text(), bad, bad, bad, bad, bad, SettlementTrailer.of(5, 61_725, 0, 925,
            5 * 73_000_000_000_013L).text())), SettlementEncoding.ASCII);
    assertThat(report.violations()).hasSize(2);
    assertThat(report.violationCount()).isEqualTo(5);
    assertThat(report.summary()).endsWith("... and 3 more");
  }

  private static ValidationReport validate(SettlementRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (SettlementRecord record : records) {
      out.write(record.encode(SettlementEncoding.EBCDIC));
    }
    return new SettlementFileValidator().validate(new ByteArrayInputStream(out.toByteArray()), SettlementEncoding.EBCDIC);
  }

  private static ValidationReport validate(byte[] asciiFile) throws IOException {
    return new SettlementFileValidator().validate(new ByteArrayInputStream(asciiFile), SettlementEncoding.ASCII);
  }

  private static byte[] lines(String... texts) {
    return (String.join("\n", texts) + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
