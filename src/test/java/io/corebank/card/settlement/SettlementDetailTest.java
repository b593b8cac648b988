package io.corebank.card.settlement;

import static io.corebank.card.settlement.SettlementTestData.ARN;
import static io.corebank.card.settlement.SettlementTestData.PRESENTMENT_TEXT;
import static io.corebank.card.settlement.SettlementTestData.SETTLEMENT_DATE;
import static io.corebank.card.settlement.SettlementTestData.TOKEN;
import static io.corebank.card.settlement.SettlementTestData.presentment;
import static io.corebank.card.settlement.SettlementTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettlementDetailTest {

  @Test
  void writesExactCharacters() {
    SettlementDetail detail = presentment().build();
    assertThat(detail.text()).isEqualTo(PRESENTMENT_TEXT).hasSize(250);
    assertThat(detail.validate()).isEmpty();
  }

  @Test
  void parsesEveryField() {
    SettlementDetail detail = SettlementDetail.parse(PRESENTMENT_TEXT, 2);
    assertThat(detail.messageType()).isEqualTo(MessageType.PRESENTMENT);
    assertThat(detail.cardToken()).isEqualTo(TOKEN);
    assertThat(detail.lastFour()).isEqualTo("4242");
    assertThat(detail.authorizationCode()).contains("A1B2C3");
    assertThat(detail.arn()).isEqualTo(ARN);
    assertThat(detail.transactionAmountCents()).isEqualTo(12_345);
    assertThat(detail.transactionCurrency()).isEqualTo("USD");
    assertThat(detail.settlementAmountCents()).isEqualTo(12_345);
    assertThat(detail.settlementCurrency()).isEqualTo("USD");
    assertThat(detail.interchangeFeeCents()).isEqualTo(185);
    assertThat(detail.merchantId()).isEqualTo("M00000000000042");
    assertThat(detail.merchantName()).isEqualTo("CORNER GROCERY");
    assertThat(detail.mcc()).isEqualTo("5411");
    assertThat(detail.settlementDate()).isEqualTo(SETTLEMENT_DATE);
    assertThat(detail.originalDate()).contains(LocalDate.of(2025, 3, 13));
    assertThat(detail).isEqualTo(presentment().build());
    assertThat(detail.toBuilder().build()).isEqualTo(detail);
    assertThat(SettlementRecord.parse(PRESENTMENT_TEXT, 2)).isInstanceOf(SettlementDetail.class).isEqualTo(detail);
  }

  @Test
  void creditsCarryALeadingMinusAndOptionalFieldsAreBlankOrZeros() {
    SettlementDetail refund = presentment().messageType(MessageType.REFUND)
        .authorizationCode(null)
        .originalDate(null)
        .transactionAmount(-2_500, "EUR")
        .settlementAmount(-2_719, "USD")
        .interchangeFeeCents(-41)
        .build();
    assertThat(refund.text()).isEqualTo("DRFND" + TOKEN + "4242" + "      " + ARN
        + "-000000000002500" + "EUR" + "-000000000002719" + "USD" + "-00000000041"
        + "M00000000000042" + "CORNER GROCERY           " + "5411" + "20250314" + "00000000" + " ".repeat(38));
    assertThat(refund.validate()).isEmpty();
    assertThat(refund.authorizationCode()).isEmpty();
    assertThat(refund.originalDate()).isEmpty();
    assertThat(refund.transactionAmountCents()).isEqualTo(-2_500);
    assertThat(refund.settlementAmountCents()).isEqualTo(-2_719);
    assertThat(refund.interchangeFeeCents()).isEqualTo(-41);
  }

  @Test
  void aFeeNeedsNoMerchantNorAuthorizationAndMayGoEitherWay() {
    SettlementDetail fee = presentment().messageType(MessageType.FEE).authorizationCode(null).originalDate(null)
        .merchant(null, null, null).transactionAmount(-150, "USD").settlementAmount(-150, "USD").interchangeFeeCents(0)
        .build();
    assertThat(fee.validate()).isEmpty();
    assertThat(fee.merchantId()).isEmpty();
    assertThat(fee.merchantName()).isEmpty();
    assertThat(fee.mcc()).isEqualTo("    ");
    assertThat(fee.toBuilder().settlementAmount(150, "USD").transactionAmount(150, "USD").build().validate()).isEmpty();
  }

  @Test
  void roundTripsThroughBothEncodings() {
    SettlementDetail detail = presentment().build();
    assertThat(detail.encode(SettlementEncoding.ASCII)).isEqualTo(PRESENTMENT_TEXT.getBytes(StandardCharsets.US_ASCII));
    byte[] ebcdic = detail.encode(SettlementEncoding.EBCDIC);
    assertThat(ebcdic).hasSize(250);
    assertThat(ebcdic[102]).isEqualTo((byte) 0x4E); // '+' of the transaction amount in code page 037
    assertThat(ebcdic[4]).isEqualTo((byte) 0xE2); // 'S' of PRES
    assertThat(SettlementRecord.decode(ebcdic, SettlementEncoding.EBCDIC, 1)).isEqualTo(detail);
    SettlementDetail credit = presentment().messageType(MessageType.REVERSAL).transactionAmount(-12_345, "USD")
        .settlementAmount(-12_345, "USD").build();
    byte[] creditBytes = credit.encode(SettlementEncoding.EBCDIC);
    assertThat(creditBytes[102]).isEqualTo((byte) 0x60); // '-'
    assertThat(SettlementRecord.decode(creditBytes, SettlementEncoding.EBCDIC, 1)).isEqualTo(credit);
  }

  @Test
  void messageTypeIsKnown() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.MSG_TYPE, "PURC"))).containsExactly(
        violation(2, "SETL-D-MSG-TYPE", Rule.MESSAGE_TYPE, "PURC",
            "'PURC' is not a message type (PRES, RFND, REVR, CHBK or FEE_)"));
  }

  @Test
  void cardTokenIsLowerCaseHex() {
    String upper = TOKEN.toUpperCase();
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.CARD_TOKEN, upper))).containsExactly(
        violation(6, "SETL-D-CARD-TOKEN", Rule.CARD_TOKEN, upper, "card token is not 64 lower-case hexadecimal digits"));
  }

  @Test
  void cardTokenIsMandatory() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.CARD_TOKEN, ""))).containsExactly(
        violation(6, "SETL-D-CARD-TOKEN", Rule.MANDATORY, " ".repeat(64), "SETL-D-CARD-TOKEN is blank; a value is required"));
  }

  @Test
  void lastFourAreDigits() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.LAST_FOUR, "42a2"))).containsExactly(
        violation(70, "SETL-D-LAST-FOUR", Rule.LAST_FOUR, "42a2", "'42a2' is not 4 digits"));
  }

  @Test
  void authorizationCodeIsUpperCaseLettersOrDigits() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.AUTH_CODE, "a1b2c3"))).containsExactly(
        violation(74, "SETL-D-AUTH-CODE", Rule.AUTH_CODE, "a1b2c3", "'a1b2c3' is not 6 upper-case letters or digits"));
  }

  @Test
  void presentmentNeedsItsAuthorization() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.AUTH_CODE, ""))).containsExactly(
        violation(74, "SETL-D-AUTH-CODE", Rule.MANDATORY, "      ", "SETL-D-AUTH-CODE is blank; a value is required"));
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.ORIG_DATE, "00000000"))).containsExactly(
        violation(205, "SETL-D-ORIG-DATE", Rule.MANDATORY, "00000000", "SETL-D-ORIG-DATE is zeros; a date is required"));
  }

  @Test
  void arnCheckDigitIsLuhn() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.ARN, "74123455073000000000014"))).containsExactly(
        violation(80, "SETL-D-ARN", Rule.ARN, "74123455073000000000014", "check digit 4 does not match the computed 3"));
  }

  @Test
  void arnIsTwentyThreeDigits() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.ARN, "7412345507300000000001"))).containsExactly(
        violation(80, "SETL-D-ARN", Rule.ARN, "7412345507300000000001 ", "'7412345507300000000001 ' is not 23 digits"));
  }

  @Test
  void amountsHaveALeadingSign() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.TXN_AMOUNT, "000000000012345+"))).containsExactly(
        violation(103, "SETL-D-TXN-AMOUNT", Rule.NUMERIC, "000000000012345+",
            "'000000000012345+' does not start with a sign '+' or '-'"));
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.SETTLE_AMOUNT, "+0000000001234 5"))).containsExactly(
        violation(122, "SETL-D-SETTLE-AMOUNT", Rule.NUMERIC, "+0000000001234 5", "'+0000000001234 5' is not a sign and 15 digits"));
  }

  @Test
  void currenciesAreThreeUpperCaseLetters() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.TXN_CURRENCY, "U5D"))).containsExactly(
        violation(119, "SETL-D-TXN-CURRENCY", Rule.CURRENCY, "U5D", "'U5D' is not a currency code of three upper-case letters"));
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.SETTLE_CURRENCY, ""))).containsExactly(
        violation(138, "SETL-D-SETTLE-CURRENCY", Rule.MANDATORY, "   ", "SETL-D-SETTLE-CURRENCY is blank; a value is required"));
  }

  @Test
  void presentmentIsADebit() {
    SettlementDetail credit = presentment().transactionAmount(-12_345, "USD").settlementAmount(-12_345, "USD").build();
    assertThat(credit.validate()).containsExactly(
        violation(122, "SETL-D-SETTLE-AMOUNT", Rule.AMOUNT_SIGN, "-000000000012345",
            "PRES settles a positive amount (a debit), not -123.45", 0));
  }

  @Test
  void refundReversalAndChargebackAreCredits() {
    for (MessageType type : List.of(MessageType.REFUND, MessageType.REVERSAL, MessageType.CHARGEBACK)) {
      assertThat(presentment().messageType(type).build().validate()).containsExactly(
          violation(122, "SETL-D-SETTLE-AMOUNT", Rule.AMOUNT_SIGN, "+000000000012345",
              type.code() + " settles a negative amount (a credit), not 123.45", 0));
    }
  }

  @Test
  void amountsAreNotZero() {
    assertThat(presentment().settlementAmount(0, "USD").transactionAmount(0, "EUR").build().validate()).containsExactly(
        violation(103, "SETL-D-TXN-AMOUNT", Rule.AMOUNT_SIGN, "+000000000000000", "transaction amount is zero", 0),
        violation(122, "SETL-D-SETTLE-AMOUNT", Rule.AMOUNT_SIGN, "+000000000000000", "settlement amount is zero", 0));
  }

  @Test
  void transactionAndSettlementAmountsHaveOneSign() {
    assertThat(presentment().transactionAmount(-11_000, "EUR").build().validate()).containsExactly(
        violation(103, "SETL-D-TXN-AMOUNT", Rule.AMOUNT_SIGN, "-000000000011000",
            "transaction amount -110.00 and settlement amount 123.45 differ in sign", 0));
  }

  @Test
  void sameCurrencySameAmount() {
    assertThat(presentment().transactionAmount(12_346, "USD").build().validate()).containsExactly(
        violation(122, "SETL-D-SETTLE-AMOUNT", Rule.CONVERSION, "+000000000012345",
            "transaction and settlement currency are both USD but the amounts differ: 123.46 and 123.45", 0));
    assertThat(presentment().transactionAmount(11_380, "EUR").build().validate()).isEmpty();
  }

  @Test
  void merchantIsMandatoryForCardTransactions() {
    assertThat(presentment().merchant(null, null, null).build().validate()).containsExactly(
        violation(153, "SETL-D-MERCHANT-ID", Rule.MANDATORY, " ".repeat(15), "SETL-D-MERCHANT-ID is blank; a value is required", 0),
        violation(168, "SETL-D-MERCHANT-NAME", Rule.MANDATORY, " ".repeat(25), "SETL-D-MERCHANT-NAME is blank; a value is required", 0),
        violation(193, "SETL-D-MCC", Rule.MANDATORY, "    ", "SETL-D-MCC is blank; a value is required", 0));
  }

  @Test
  void merchantIdIsAnIdentifier() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.MERCHANT_ID, "M 42"))).containsExactly(
        violation(153, "SETL-D-MERCHANT-ID", Rule.IDENTIFIER, "M 42           ",
            "'M 42           ' has ' ' at position 154; identifiers are upper-case letters, digits, '-', '_' and '.',"
                + " left-justified"));
  }

  @Test
  void mccIsFourDigits() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.MCC, "54A1"))).containsExactly(
        violation(193, "SETL-D-MCC", Rule.MCC, "54A1", "'54A1' is not 4 digits"));
  }

  @Test
  void datesAreReal() {
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.SETTLE_DATE, "20251301"))).containsExactly(
        violation(197, "SETL-D-SETTLE-DATE", Rule.DATE, "20251301", "'20251301' is not a real date CCYYMMDD"));
    assertThat(violations(with(PRESENTMENT_TEXT, SettlementDetail.ORIG_DATE, "20250431"))).containsExactly(
        violation(205, "SETL-D-ORIG-DATE", Rule.DATE, "20250431", "'20250431' is not a real date CCYYMMDD"));
  }

  @Test
  void authorizationComesBeforeSettlement() {
    assertThat(presentment().originalDate(SETTLEMENT_DATE.plusDays(1)).build().validate()).containsExactly(
        violation(205, "SETL-D-ORIG-DATE", Rule.DATE_ORDER, "20250315",
            "original date 20250315 is after the settlement date 20250314", 0));
    assertThat(presentment().originalDate(SETTLEMENT_DATE).build().validate()).isEmpty();
  }

  @Test
  void fillerIsSpaces() {
    String text = PRESENTMENT_TEXT.substring(0, 249) + "*";
    assertThat(violations(text)).containsExactly(
        violation(213, "FILLER", Rule.FILLER, " ".repeat(37) + "*", "FILLER at position 213 holds '*', not spaces"));
  }

  @Test
  void charactersArePrintable() {
    String text = with(PRESENTMENT_TEXT, SettlementDetail.MERCHANT_NAME, "CAF\u00c9 DU COIN");
    assertThat(violations(text)).containsExactly(
        violation(168, "SETL-D-MERCHANT-NAME", Rule.PRINTABLE, "CAF\u00c9 DU COIN             ",
            "character 0xC9 at position 171 is not printable"));
  }

  @Test
  void everyProblemIsReportedInPositionOrder() {
    String text = with(with(with(PRESENTMENT_TEXT, SettlementDetail.ORIG_DATE, "2025X313"),
        SettlementDetail.MSG_TYPE, "XXXX"), SettlementDetail.LAST_FOUR, "");
    assertThat(violations(text)).extracting(Violation::field, Violation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("SETL-D-MSG-TYPE", Rule.MESSAGE_TYPE),
        org.assertj.core.groups.Tuple.tuple("SETL-D-LAST-FOUR", Rule.MANDATORY),
        org.assertj.core.groups.Tuple.tuple("SETL-D-ORIG-DATE", Rule.NUMERIC));
  }

  @Test
  void accessorsNameTheBrokenField() {
    SettlementDetail detail = SettlementDetail.parse(with(PRESENTMENT_TEXT, SettlementDetail.MSG_TYPE, "PURC"), 9);
    assertThatThrownBy(detail::messageType).isInstanceOf(SettlementDataException.class)
        .hasMessage("line 9 (detail) field SETL-D-MSG-TYPE: 'PURC' is not a message type (PRES, RFND, REVR, CHBK or FEE_)");
    SettlementDetail badAmount = SettlementDetail.parse(with(PRESENTMENT_TEXT, SettlementDetail.SETTLE_AMOUNT, "+00000000000123A"), 9);
    assertThatThrownBy(badAmount::settlementAmountCents).isInstanceOf(SettlementDataException.class)
        .hasMessage("line 9 (detail) field SETL-D-SETTLE-AMOUNT: '+00000000000123A' is not a sign and 15 digits")
        .extracting(e -> ((SettlementDataException) e).violation().rule()).isEqualTo(Rule.NUMERIC);
  }

  @Test
  void refusesValuesThatCannotBeWritten() {
    assertThatThrownBy(() -> presentment().settlementAmount(1_000_000_000_000_000L, "USD").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SETL-D-SETTLE-AMOUNT: 1000000000000000 exceeds the 15 digits of PIC S9(13)V99");
    assertThatThrownBy(() -> presentment().interchangeFeeCents(Long.MIN_VALUE).build())
        .hasMessage("SETL-D-INTERCHANGE-FEE: -9223372036854775808 exceeds the 11 digits of PIC S9(09)V99");
    assertThatThrownBy(() -> SettlementDetail.builder().messageType(MessageType.PRESENTMENT).build())
        .hasMessage("SETL-D-CARD-TOKEN has no value");
    assertThatThrownBy(() -> presentment().merchant("M1", "N".repeat(26), "5411").build())
        .hasMessage("SETL-D-MERCHANT-NAME: '" + "N".repeat(26) + "' is 26 characters; PIC X(25) holds 25");
  }

  @Test
  void optionalAccessorsOfBlankFields() {
    SettlementDetail detail = presentment().authorizationCode("  ").build();
    assertThat(detail.authorizationCode()).isEqualTo(Optional.empty());
  }

  private static List<Violation> violations(String text) {
    return SettlementDetail.parse(text, 1).validate();
  }

  private static Violation violation(int position, String field, Rule rule, String value, String detail) {
    return violation(position, field, rule, value, detail, 1);
  }

  private static Violation violation(int position, String field, Rule rule, String value, String detail, long line) {
    return new Violation(line, position, "detail", field, rule, value, detail);
  }
}
