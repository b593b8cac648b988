package io.corebank.nacha;

/** ABA routing number arithmetic. */
public final class RoutingNumbers {

  private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7};

  private RoutingNumbers() {
  }

  /**
   * Check digit of the 8 digits starting at {@code offset}: weights 3, 7, 1 repeated, then
   * (10 - sum mod 10) mod 10. Returns -1 when a character is not a digit.
   */
  public static int checkDigit(CharSequence digits, int offset) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = digits.charAt(offset + i);
      if (c < '0' || c > '9') {
        return -1;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return (10 - sum % 10) % 10;
  }

  /** True for 9 digits whose ninth is the check digit of the first eight. */
  public static boolean isValid(String routingNumber) {
    if (routingNumber.length() != 9) {
      return false;
    }
    char last = routingNumber.charAt(8);
    return last >= '0' && last <= '9' && checkDigit(routingNumber, 0) == last - '0';
  }

  /** The full 9-digit routing number for an 8-digit institution identification. */
  public static String withCheckDigit(String eightDigits) {
    int check = checkDigit(eightDigits, 0);
    if (eightDigits.length() != 8 || check < 0) {
      throw new IllegalArgumentException("not 8 digits: '" + eightDigits + "'");
    }
    return eightDigits + check;
  }
}
