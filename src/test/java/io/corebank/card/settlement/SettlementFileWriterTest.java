package io.corebank.card.settlement;

import static io.corebank.card.settlement.SettlementTestData.HEADER_TEXT;
import static io.corebank.card.settlement.SettlementTestData.PRESENTMENT_TEXT;
import static io.corebank.card.settlement.SettlementTestData.header;
import static io.corebank.card.settlement.SettlementTestData.presentment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SettlementFileWriterTest {

  @Test
  void writesLinesAndComputesTheTrailer() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SettlementTrailer trailer;
    try (SettlementFileWriter writer = new SettlementFileWriter(out, SettlementEncoding.ASCII)) {
      writer.header(header());
      writer.detail(presentment().build());
      writer.detail(presentment().messageType(MessageType.REFUND).arn(SettlementTestData.arn(2))
          .transactionAmount(-2_000, "USD").settlementAmount(-2_000, "USD").interchangeFeeCents(-30).build());
      trailer = writer.finish();
    }
    assertThat(trailer).isEqualTo(SettlementTrailer.of(2, 12_345, 2_000, 155,
        73_000_000_000_013L + 73_000_000_000_021L));
    String expected = HEADER_TEXT + "\n" + PRESENTMENT_TEXT + "\n"
        + presentment().messageType(MessageType.REFUND).arn(SettlementTestData.arn(2)).transactionAmount(-2_000, "USD")
            .settlementAmount(-2_000, "USD").interchangeFeeCents(-30).build().text() + "\n"
        + "T" + "000000002" + "00000000000012345" + "00000000000002000" + "+00000000000000155" + "146000000000034"
        + " ".repeat(173)
        + "\n";
    assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo(expected);
  }

  @Test
  void writesEbcdicRecordsBackToBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SettlementFileWriter writer = new SettlementFileWriter(out, SettlementEncoding.EBCDIC)) {
      writer.header(header());
      writer.detail(presentment().build());
      writer.finish();
    }
    byte[] bytes = out.toByteArray();
    assertThat(bytes).hasSize(750);
    assertThat(bytes[250]).isEqualTo((byte) 0xC4); // 'D' in code page 037
    assertThat(bytes[500]).isEqualTo((byte) 0xE3); // 'T'
    assertThat(new SettlementFileValidator().validate(new ByteArrayInputStream(bytes), SettlementEncoding.EBCDIC)
        .accepted()).isTrue();
  }

  @Test
  void refusesADetailThatBreaksARule() throws IOException {
    try (SettlementFileWriter writer = new SettlementFileWriter(new ByteArrayOutputStream(), SettlementEncoding.ASCII)) {
      writer.header(header());
      assertThatThrownBy(() -> writer.detail(presentment().arn("74123455073000000000014").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("detail breaks 1 rule(s): line 0 (detail) field SETL-D-ARN: check digit 4 does not match the"
              + " computed 3 [ARN, value '74123455073000000000014']");
      assertThat(writer.totals().detailCount()).isZero();
    }
  }

  @Test
  void refusesADetailOfAnotherDayOrCurrency() throws IOException {
    try (SettlementFileWriter writer = new SettlementFileWriter(new ByteArrayOutputStream(), SettlementEncoding.ASCII)) {
      writer.header(header());
      assertThatThrownBy(() -> writer.detail(presentment().transactionAmount(12_345, "EUR")
          .settlementAmount(12_345, "EUR").build()))
          .hasMessage("detail 1 settles on 20250314 in EUR; the header says 20250314 in USD (HEADER_AGREEMENT)");
      assertThatThrownBy(() -> writer.detail(presentment().settlementDate(SettlementTestData.SETTLEMENT_DATE.plusDays(1))
          .build()))
          .hasMessage("detail 1 settles on 20250315 in USD; the header says 20250314 in USD (HEADER_AGREEMENT)");
    }
  }

  @Test
  void keepsTheOrder() throws IOException {
    try (SettlementFileWriter writer = new SettlementFileWriter(new ByteArrayOutputStream(), SettlementEncoding.ASCII)) {
      assertThatThrownBy(() -> writer.detail(presentment().build())).isInstanceOf(IllegalStateException.class)
          .hasMessage("details come after the header and before the trailer");
      assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
      writer.header(header());
      assertThatThrownBy(() -> writer.header(header())).hasMessage("the header is already written");
      writer.finish();
      assertThatThrownBy(() -> writer.detail(presentment().build())).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(writer::finish).hasMessage("the trailer comes once, after the header");
    }
  }

  @Test
  void closingWithoutFinishingLeavesNoTrailer() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SettlementFileWriter writer = new SettlementFileWriter(out, SettlementEncoding.ASCII)) {
      writer.header(header());
      writer.detail(presentment().build());
    }
    ValidationReport report = new SettlementFileValidator().validate(new ByteArrayInputStream(out.toByteArray()),
        SettlementEncoding.ASCII);
    assertThat(report.violations()).containsExactly(new Violation(3, 1, "end of file", "SETL-REC-TYPE",
        Rule.RECORD_ORDER, "", "the file ends without a trailer"));
  }

  @Test
  void refusesAnInvalidHeader() {
    SettlementHeader header = SettlementHeader.of("cbnet", "F1", java.time.LocalDateTime.of(2025, 3, 14, 0, 0),
        SettlementTestData.SETTLEMENT_DATE, "USD");
    assertThatThrownBy(() -> new SettlementFileWriter(new ByteArrayOutputStream(), SettlementEncoding.ASCII)
        .header(header)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("header breaks 1 rule(s): line 0 (header) field SETL-H-NETWORK-ID:");
  }
}
