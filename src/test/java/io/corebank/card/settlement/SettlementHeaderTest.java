package io.corebank.card.settlement;

import static io.corebank.card.settlement.SettlementTestData.HEADER_TEXT;
import static io.corebank.card.settlement.SettlementTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SettlementHeaderTest {

  @Test
  void writesExactCharacters() {
    SettlementHeader header = SettlementTestData.header();
    assertThat(header.text()).isEqualTo(HEADER_TEXT).hasSize(250);
    assertThat(header.validate()).isEmpty();
  }

  @Test
  void parsesEveryField() {
    SettlementHeader header = SettlementHeader.parse(HEADER_TEXT, 1);
    assertThat(header.formatVersion()).isEqualTo(1);
    assertThat(header.networkId()).isEqualTo("CBNET");
    assertThat(header.fileId()).isEqualTo("F20250314-0001");
    assertThat(header.createdAt()).isEqualTo(LocalDateTime.of(2025, 3, 14, 5, 30, 0));
    assertThat(header.settlementDate()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(header.currency()).isEqualTo("USD");
    assertThat(header.lineNumber()).isEqualTo(1);
    assertThat(header.label()).isEqualTo("header");
    assertThat(header).isEqualTo(SettlementTestData.header());
    assertThat(SettlementRecord.parse(HEADER_TEXT, 1)).isInstanceOf(SettlementHeader.class).isEqualTo(header);
  }

  @Test
  void roundTripsThroughBothEncodings() {
    SettlementHeader header = SettlementTestData.header();
    byte[] ascii = header.encode(SettlementEncoding.ASCII);
    assertThat(ascii).isEqualTo(HEADER_TEXT.getBytes(StandardCharsets.US_ASCII));
    byte[] ebcdic = header.encode(SettlementEncoding.EBCDIC);
    assertThat(ebcdic).hasSize(250);
    assertThat(ebcdic[0]).isEqualTo((byte) 0xC8); // 'H' in code page 037
    assertThat(ebcdic[1]).isEqualTo((byte) 0xF0); // '0'
    assertThat(SettlementRecord.decode(ebcdic, SettlementEncoding.EBCDIC, 1)).isEqualTo(header);
    assertThat(SettlementRecord.decode(ascii, SettlementEncoding.ASCII, 1)).isEqualTo(header);
  }

  @Test
  void formatVersionIsOne() {
    assertThat(violations(with(HEADER_TEXT, SettlementHeader.FORMAT_VERSION, "02"))).containsExactly(
        new Violation(1, 2, "header", "SETL-H-FORMAT-VERSION", Rule.VERSION, "02",
            "format version 02 is not 01, the version this reader knows"));
  }

  @Test
  void formatVersionIsDigits() {
    assertThat(violations(with(HEADER_TEXT, SettlementHeader.FORMAT_VERSION, "1 "))).containsExactly(
        new Violation(1, 2, "header", "SETL-H-FORMAT-VERSION", Rule.NUMERIC, "1 ", "'1 ' is not 2 digits"));
  }

  @Test
  void networkIdIsMandatory() {
    assertThat(violations(with(HEADER_TEXT, SettlementHeader.NETWORK_ID, ""))).containsExactly(
        new Violation(1, 4, "header", "SETL-H-NETWORK-ID", Rule.MANDATORY, "        ",
            "SETL-H-NETWORK-ID is blank; a value is required"));
  }

  @Test
  void networkIdIsAnIdentifier() {
    assertThat(violations(with(HEADER_TEXT, SettlementHeader.NETWORK_ID, "cbnet"))).containsExactly(
        new Violation(1, 4, "header", "SETL-H-NETWORK-ID", Rule.IDENTIFIER, "cbnet   ",
            "'cbnet   ' has 'c' at position 4; identifiers are upper-case letters, digits, '-', '_' and '.',"
                + " left-justified"));
  }

  @Test
  void fileIdIsLeftJustified() {
    assertThat(violations(with(HEADER_TEXT, SettlementHeader.FILE_ID, " F1"))).containsExactly(
        new Violation(1, 12, "header", "SETL-H-FILE-ID", Rule.IDENTIFIER, " F1                 ",
            "' F1                 ' has ' ' at position 12; identifiers are upper-case letters, digits, '-', '_'"
                + " and '.', left-justified"));
  }

  @Test
  void creationTimeIsReal() {
    assertThat(violations(with(HEADER_TEXT, SettlementHeader.CREATED_TS, "20250314256000"))).containsExactly(
        new Violation(1, 32, "header", "SETL-H-CREATED-TS", Rule.DATE, "20250314256000",
            "'20250314256000' is not a real time CCYYMMDDHHMMSS"));
  }

  @Test
  void settlementDateIsReal() {
    assertThat(violations(with(HEADER_TEXT, SettlementHeader.SETTLE_DATE, "20250229"))).containsExactly(
        new Violation(1, 46, "header", "SETL-H-SETTLE-DATE", Rule.DATE, "20250229",
            "'20250229' is not a real date CCYYMMDD"));
  }

  @Test
  void settlementDateIsMandatory() {
    assertThat(violations(with(HEADER_TEXT, SettlementHeader.SETTLE_DATE, "00000000"))).containsExactly(
        new Violation(1, 46, "header", "SETL-H-SETTLE-DATE", Rule.MANDATORY, "00000000",
            "SETL-H-SETTLE-DATE is zeros; a date is required"));
  }

  @Test
  void currencyIsThreeUpperCaseLetters() {
    assertThat(violations(with(HEADER_TEXT, SettlementHeader.CURRENCY, "Usd"))).containsExactly(
        new Violation(1, 54, "header", "SETL-H-CURRENCY", Rule.CURRENCY, "Usd",
            "'Usd' is not a currency code of three upper-case letters"));
  }

  @Test
  void fillerIsSpaces() {
    String text = HEADER_TEXT.substring(0, 240) + "X" + HEADER_TEXT.substring(241);
    assertThat(violations(text)).containsExactly(
        new Violation(1, 57, "header", "FILLER", Rule.FILLER, text.substring(56), "FILLER at position 57 holds 'X', not spaces"));
  }

  @Test
  void charactersArePrintable() {
    String text = with(HEADER_TEXT, SettlementHeader.FILE_ID, "F2025\t0314");
    assertThat(violations(text)).containsExactly(
        new Violation(1, 12, "header", "SETL-H-FILE-ID", Rule.PRINTABLE, "F2025\t0314          ",
            "character 0x09 at position 17 is not printable"));
  }

  @Test
  void recordIsTwoHundredFiftyBytes() {
    assertThat(SettlementHeader.parse(HEADER_TEXT + " ", 3).validate()).containsExactly(
        new Violation(3, 251, "header", "SETTLEMENT-RECORD", Rule.RECORD_LENGTH, "251", "record is 251 bytes, not 250"));
    assertThat(SettlementHeader.parse(HEADER_TEXT.substring(0, 200), 3).validate()).containsExactly(
        new Violation(3, 201, "header", "SETTLEMENT-RECORD", Rule.RECORD_LENGTH, "200", "record is 200 bytes, not 250"));
  }

  @Test
  void accessorsNameTheBrokenField() {
    SettlementHeader header = SettlementHeader.parse(with(HEADER_TEXT, SettlementHeader.SETTLE_DATE, "2025031X"), 7);
    assertThatThrownBy(header::settlementDate).isInstanceOf(SettlementDataException.class)
        .hasMessage("line 7 (header) field SETL-H-SETTLE-DATE: '2025031X' is not 8 digits");
  }

  @Test
  void refusesValuesThatCannotBeWritten() {
    assertThatThrownBy(() -> SettlementHeader.of("CBNET", "F".repeat(21), LocalDateTime.of(2025, 3, 14, 5, 30),
        LocalDate.of(2025, 3, 14), "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SETL-H-FILE-ID: '" + "F".repeat(21) + "' is 21 characters; PIC X(20) holds 20");
    assertThatThrownBy(() -> SettlementHeader.of("CBNÉT", "F1", LocalDateTime.of(2025, 3, 14, 5, 30),
        LocalDate.of(2025, 3, 14), "USD"))
        .hasMessage("SETL-H-NETWORK-ID: character U+00C9 is not printable ASCII");
    assertThatThrownBy(() -> SettlementHeader.of("CBNET", "F1", null, LocalDate.of(2025, 3, 14), "USD"))
        .hasMessage("SETL-H-CREATED-TS has no value");
  }

  @Test
  void parseRefusesAnotherRecordType() {
    assertThatThrownBy(() -> SettlementHeader.parse("D" + HEADER_TEXT.substring(1), 2))
        .hasMessage("line 2 is not a header: it does not start with H");
  }

  private static java.util.List<Violation> violations(String text) {
    return SettlementHeader.parse(text, 1).validate();
  }
}
