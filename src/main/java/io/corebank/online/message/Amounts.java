package io.corebank.online.message;

import java.math.BigDecimal;

/** Cents as text for messages and errors. */
final class Amounts {
  private Amounts() {
  }

  /** 1234 as 12.34, -5 as -0.05. */
  static String format(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
