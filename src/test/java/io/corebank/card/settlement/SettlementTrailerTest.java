package io.corebank.card.settlement;

import static io.corebank.card.settlement.SettlementTestData.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementTrailerTest {

  private static final String TRAILER_TEXT = "T" + "000000003" + "00000000000024690" + "00000000000002719"
      + "+00000000000000329" + "000000000000046" + " ".repeat(173);

  @Test
  void writesExactCharacters() {
    SettlementTrailer trailer = SettlementTrailer.of(3, 24_690, 2_719, 329, 46);
    assertThat(trailer.text()).isEqualTo(TRAILER_TEXT).hasSize(250);
    assertThat(trailer.validate()).isEmpty();
  }

  @Test
  void parsesEveryField() {
    SettlementTrailer trailer = SettlementTrailer.parse(TRAILER_TEXT, 5);
    assertThat(trailer.detailCount()).isEqualTo(3);
    assertThat(trailer.totalDebitCents()).isEqualTo(24_690);
    assertThat(trailer.totalCreditCents()).isEqualTo(2_719);
    assertThat(trailer.totalInterchangeCents()).isEqualTo(329);
    assertThat(trailer.hash()).isEqualTo(46);
    assertThat(trailer.label()).isEqualTo("trailer");
    assertThat(SettlementRecord.parse(TRAILER_TEXT, 5)).isInstanceOf(SettlementTrailer.class).isEqualTo(trailer);
  }

  @Test
  void negativeInterchangeTotal() {
    SettlementTrailer trailer = SettlementTrailer.of(0, 0, 0, -41, 0);
    assertThat(trailer.value(SettlementTrailer.TOTAL_INTERCHANGE)).isEqualTo("-00000000000000041");
    assertThat(trailer.totalInterchangeCents()).isEqualTo(-41);
    byte[] ebcdic = trailer.encode(SettlementEncoding.EBCDIC);
    assertThat(SettlementRecord.decode(ebcdic, SettlementEncoding.EBCDIC, 1)).isEqualTo(trailer);
  }

  @Test
  void totalsFromDetails() {
    SettlementTotals totals = new SettlementTotals();
    totals.add(SettlementTestData.presentment().build());
    totals.add(SettlementTestData.presentment().arn(SettlementTestData.arn(2)).build());
    totals.add(SettlementTestData.presentment().messageType(MessageType.REFUND).arn(SettlementTestData.arn(3))
        .transactionAmount(-2_719, "USD").settlementAmount(-2_719, "USD").interchangeFeeCents(-41).build());
    // last 15 digits of the ARNs: day 073, sequence 1, 2, 3 and check digits 3, 1, 9
    assertThat(SettlementTotals.hashOf(SettlementTestData.arn(3))).isEqualTo(73_000_000_000_039L);
    assertThat(totals.trailer()).isEqualTo(SettlementTrailer.of(3, 24_690, 2_719, 329,
        73_000_000_000_013L + 73_000_000_000_021L + 73_000_000_000_039L));
    assertThat(totals.hash()).isEqualTo(219_000_000_000_073L);
  }

  @Test
  void hashIsTheArnsLastFifteenDigitsModuloTenToTheFifteenth() {
    SettlementTotals totals = new SettlementTotals();
    totals.add(SettlementTestData.presentment().arn("74123459999999999999995").build());
    totals.add(SettlementTestData.presentment().arn("74123459999999999999995").build());
    assertThat(SettlementTotals.hashOf("74123459999999999999995")).isEqualTo(999_999_999_999_995L);
    assertThat(totals.hash()).isEqualTo(999_999_999_999_990L); // 2 x 999999999999995 - 10^15
  }

  @Test
  void controlsAreDigits() {
    assertThat(SettlementTrailer.parse(with(TRAILER_TEXT, SettlementTrailer.DETAIL_COUNT, "3"), 4).validate())
        .containsExactly(new Violation(4, 2, "trailer", "SETL-T-DETAIL-COUNT", Rule.NUMERIC, "3        ",
            "'3        ' is not 9 digits"));
    assertThat(SettlementTrailer.parse(with(TRAILER_TEXT, SettlementTrailer.TOTAL_DEBIT, "-0000000000024690"), 4)
        .validate()).containsExactly(new Violation(4, 11, "trailer", "SETL-T-TOTAL-DEBIT", Rule.NUMERIC,
            "-0000000000024690", "'-0000000000024690' is not 17 digits"));
    assertThat(SettlementTrailer.parse(with(TRAILER_TEXT, SettlementTrailer.TOTAL_INTERCHANGE, "000000000000000329"), 4)
        .validate()).containsExactly(new Violation(4, 45, "trailer", "SETL-T-TOTAL-INTERCHANGE", Rule.NUMERIC,
            "000000000000000329", "'000000000000000329' does not start with a sign '+' or '-'"));
  }

  @Test
  void fillerIsSpaces() {
    String text = TRAILER_TEXT.substring(0, 100) + "0" + TRAILER_TEXT.substring(101);
    List<Violation> violations = SettlementTrailer.parse(text, 4).validate();
    assertThat(violations).extracting(Violation::field, Violation::rule, Violation::position, Violation::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("FILLER", Rule.FILLER, 78,
            "FILLER at position 78 holds '0', not spaces"));
  }

  @Test
  void refusesValuesThatCannotBeWritten() {
    assertThatThrownBy(() -> SettlementTrailer.of(-1, 0, 0, 0, 0))
        .hasMessage("SETL-T-DETAIL-COUNT: negative value -1 in unsigned PIC 9(09)");
    assertThatThrownBy(() -> SettlementTrailer.of(1_000_000_000, 0, 0, 0, 0))
        .hasMessage("SETL-T-DETAIL-COUNT: 1000000000 exceeds the 9 digits of PIC 9(09)");
  }

  @Test
  void aRecordOfAnotherTypeIsUnknown() {
    SettlementRecord record = SettlementRecord.parse("X" + " ".repeat(249), 6);
    assertThat(record).isInstanceOf(UnknownSettlementRecord.class);
    assertThat(record.validate()).containsExactly(new Violation(6, 1, "record of unknown type", "SETL-REC-TYPE",
        Rule.RECORD_TYPE, "X", "record type 'X' is not H (header), D (detail) or T (trailer)"));
    assertThatThrownBy(() -> SettlementTrailer.parse("X", 6)).hasMessage("line 6 is not a trailer: it does not start with T");
  }
}
