package io.corebank.card.settlement;

/**
 * Acquirer reference numbers (ARN): the 23-digit reference the acquirer gives a transaction when it presents it,
 * which the issuer quotes back in chargebacks. Public descriptions of the networks' rules agree on the shape
 * (a format digit, the acquirer's BIN, a Julian processing date, the acquirer's sequence number) and on a final
 * check digit computed like a card number's; this file takes that check digit to be the Luhn (mod 10) digit of
 * the first 22 digits, and checks nothing else of the structure.
 */
public final class AcquirerReferenceNumbers {

  public static final int LENGTH = 23;

  private AcquirerReferenceNumbers() {
  }

  /** 23 ASCII digits. */
  public static boolean isWellFormed(String arn) {
    if (arn == null || arn.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = arn.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** 23 digits whose last is the Luhn check digit of the first 22. */
  public static boolean isValid(String arn) {
    return isWellFormed(arn) && arn.charAt(LENGTH - 1) - '0' == checkDigit(arn.substring(0, LENGTH - 1));
  }

  /**
   * The Luhn check digit to append to {@code digits}: from the rightmost digit leftwards every second digit,
   * starting with the rightmost, is doubled (9 subtracted when the double exceeds 9); the check digit brings the
   * sum to a multiple of 10.
   *
   * @throws IllegalArgumentException when {@code digits} holds anything but ASCII digits, or nothing
   */
  public static int checkDigit(String digits) {
    if (digits.isEmpty()) {
      throw new IllegalArgumentException("no digits to compute a check digit of");
    }
    int sum = 0;
    boolean doubled = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        throw new IllegalArgumentException("'" + digits + "' is not all digits");
      }
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  /** The 23-digit ARN of these first 22 digits and their check digit. */
  public static String withCheckDigit(String first22) {
    if (first22.length() != LENGTH - 1) {
      throw new IllegalArgumentException("an ARN has 22 digits before its check digit, not " + first22.length());
    }
    return first22 + checkDigit(first22);
  }
}
