package io.corebank.cli;

import io.corebank.platform.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How amounts and counts look on a terminal. */
final class Formats {
  private Formats() {}

  /** 1234567 cents -> "$12,345.67"; negative amounts keep their sign in front. */
  static String usd(long cents) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    BigDecimal amount = Money.toDecimal(cents);
    return (cents < 0 ? "-$" : "$") + f.format(amount.abs());
  }

  static String count(long n) {
    return String.format(Locale.US, "%,d", n);
  }
}
