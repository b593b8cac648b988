package io.corebank.card.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AcquirerReferenceNumbersTest {

  @Test
  void luhnCheckDigitOfKnownNumbers() {
    assertThat(AcquirerReferenceNumbers.checkDigit("7992739871")).isEqualTo(3);
    // the test card number 4111 1111 1111 1111
    assertThat(AcquirerReferenceNumbers.checkDigit("411111111111111")).isEqualTo(1);
    assertThat(AcquirerReferenceNumbers.checkDigit("7412345507300000000001")).isEqualTo(3);
    assertThat(AcquirerReferenceNumbers.checkDigit("7412345507300000000002")).isEqualTo(1);
  }

  @Test
  void validArnIsTwentyThreeDigitsEndingInItsCheckDigit() {
    assertThat(AcquirerReferenceNumbers.isValid("74123455073000000000013")).isTrue();
    assertThat(AcquirerReferenceNumbers.isValid("74123455073000000000014")).isFalse();
    assertThat(AcquirerReferenceNumbers.isValid("7412345507300000000013")).isFalse();
    assertThat(AcquirerReferenceNumbers.isWellFormed("7412345507300000000001X")).isFalse();
    assertThat(AcquirerReferenceNumbers.isWellFormed(null)).isFalse();
    assertThat(AcquirerReferenceNumbers.withCheckDigit("7412345507300000000001")).isEqualTo("74123455073000000000013");
  }

  @Test
  void aSingleMistypedDigitOrAdjacentSwapIsCaught() {
    String arn = "74123455073000000000013";
    for (int i = 0; i < 22; i++) {
      for (char d = '0'; d <= '9'; d++) {
        if (d != arn.charAt(i)) {
          assertThat(AcquirerReferenceNumbers.isValid(arn.substring(0, i) + d + arn.substring(i + 1))).isFalse();
        }
      }
    }
    assertThat(AcquirerReferenceNumbers.isValid("71423455073000000000013")).isFalse();
  }

  @Test
  void checkDigitNeedsDigits() {
    assertThatThrownBy(() -> AcquirerReferenceNumbers.checkDigit("12a4")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AcquirerReferenceNumbers.checkDigit("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AcquirerReferenceNumbers.withCheckDigit("123"))
        .hasMessage("an ARN has 22 digits before its check digit, not 3");
  }
}
