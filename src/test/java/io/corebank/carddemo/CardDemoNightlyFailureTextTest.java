package io.corebank.carddemo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardDemoNightlyFailureTextTest {
  @Test
  void aDataErrorIsReportedByItsOwnMessage() {
    Exception e = new IllegalStateException("step failed", new CardDemoDataException("daily transaction record 7: amount is not numeric"));
    assertThat(CardDemoNightly.describe(e)).isEqualTo("daily transaction record 7: amount is not numeric");
  }

  @Test
  void anythingElseCarriesItsCausesSoThatTheOperatorSeesWhatHappened() {
    Exception e = new Exception("Flow execution ended unexpectedly",
        new RuntimeException("Ended flow=posttran at state=posttran.split0 with exception",
            new java.util.ConcurrentModificationException("step executions")));
    assertThat(CardDemoNightly.describe(e)).isEqualTo("Exception: Flow execution ended unexpectedly; caused by RuntimeException: "
        + "Ended flow=posttran at state=posttran.split0 with exception; caused by ConcurrentModificationException: step executions");
  }
}
