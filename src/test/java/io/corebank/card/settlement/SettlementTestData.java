package io.corebank.card.settlement;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Fixed records for the tests, with their exact characters. */
final class SettlementTestData {
  static final LocalDate SETTLEMENT_DATE = LocalDate.of(2025, 3, 14);
  /** SHA-256 of "test": a token of the right shape. */
  static final String TOKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  /** Format 7, BIN 412345, Julian 5073 (2025, day 73 = 14 March), sequence 1, Luhn check digit 3. */
  static final String ARN = "74123455073000000000013";

  static final String HEADER_TEXT = "H01CBNET   F20250314-0001      2025031405300020250314USD" + " ".repeat(194);

  static final String PRESENTMENT_TEXT = "DPRES" + TOKEN + "4242" + "A1B2C3" + ARN
      + "+000000000012345" + "USD" + "+000000000012345" + "USD" + "+00000000185"
      + "M00000000000042" + "CORNER GROCERY           " + "5411" + "20250314" + "20250313" + " ".repeat(38);

  private SettlementTestData() {
  }

  static SettlementHeader header() {
    return SettlementHeader.of("CBNET", "F20250314-0001", LocalDateTime.of(2025, 3, 14, 5, 30, 0), SETTLEMENT_DATE,
        "USD");
  }

  static SettlementDetail.Builder presentment() {
    return SettlementDetail.builder()
        .messageType(MessageType.PRESENTMENT)
        .cardToken(TOKEN)
        .lastFour("4242")
        .authorizationCode("A1B2C3")
        .arn(ARN)
        .transactionAmount(12_345, "USD")
        .settlementAmount(12_345, "USD")
        .interchangeFeeCents(185)
        .merchant("M00000000000042", "CORNER GROCERY", "5411")
        .settlementDate(SETTLEMENT_DATE)
        .originalDate(SETTLEMENT_DATE.minusDays(1));
  }

  /** An ARN with the given sequence number and a correct check digit. */
  static String arn(long sequence) {
    String digits = Long.toString(sequence);
    return AcquirerReferenceNumbers.withCheckDigit("74123455073" + "0".repeat(11 - digits.length()) + digits);
  }

  /** {@code text} with the field's characters replaced by {@code raw} (padded with spaces to the field's length). */
  static String with(String text, SettlementField field, String raw) {
    String padded = raw.length() >= field.length() ? raw.substring(0, field.length())
        : raw + " ".repeat(field.length() - raw.length());
    return text.substring(0, field.offset()) + padded + text.substring(field.offset() + field.length());
  }
}
