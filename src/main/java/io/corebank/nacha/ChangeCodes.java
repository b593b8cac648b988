package io.corebank.nacha;

/** Notification-of-change codes: C01-C14, and C61-C69 for refused NOCs. */
public final class ChangeCodes {

  private ChangeCodes() {
  }

  public static boolean isValid(String code) {
    if (code.length() != 3 || code.charAt(0) != 'C'
        || !Character.isDigit(code.charAt(1)) || !Character.isDigit(code.charAt(2))) {
      return false;
    }
    int number = Integer.parseInt(code.substring(1));
    return (number >= 1 && number <= 14) || (number >= 61 && number <= 69);
  }

  public static boolean isRefusal(String code) {
    return isValid(code) && code.charAt(1) == '6';
  }
}
