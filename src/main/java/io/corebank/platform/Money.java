package io.corebank.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money crosses the JDBC boundary as DECIMAL(18,2) and lives in Java as a {@code long} count of cents.
 * Never a double. Conversions refuse anything that would lose a cent instead of rounding it away.
 */
public final class Money {
  private Money() {}

  public static BigDecimal toDecimal(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  public static long toCents(BigDecimal amount) {
    if (amount == null) throw new IllegalArgumentException("amount is null");
    return amount.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
  }

  /** 12345 -> "123.45", -5 -> "-0.05". */
  public static String format(long cents) {
    return toDecimal(cents).toPlainString();
  }

  /** "123.45" -> 12345; refuses more than two decimals. */
  public static long parse(String amount) {
    try {
      return toCents(new BigDecimal(amount.trim()));
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("not an amount with at most two decimals: '" + amount + "'", e);
    }
  }
}
