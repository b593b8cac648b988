package io.corebank.mq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnlineGatewayPaddingTest {
  @Test
  void merchantCategoryAndEntryModeAreZeroPaddedAsTheDomainExpects() {
    assertThat(OnlineGateway.zeroPadded(5411, 4)).isEqualTo("5411");
    assertThat(OnlineGateway.zeroPadded(742, 4)).isEqualTo("0742");
    assertThat(OnlineGateway.zeroPadded(0, 4)).isEqualTo("0000");
    assertThat(OnlineGateway.zeroPadded(5, 2)).isEqualTo("05");
    assertThat(OnlineGateway.zeroPadded(90, 2)).isEqualTo("90");
    for (int n = 0; n < 10_000; n += 7) assertThat(OnlineGateway.zeroPadded(n, 4)).isEqualTo(String.format("%04d", n));
  }
}
