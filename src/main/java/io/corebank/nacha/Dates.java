package io.corebank.nacha;

/** Calendar checks on the date and time fields, done on characters so that a bad date costs no exception. */
final class Dates {

  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private Dates() {
  }

  /** YYMMDD; the year is read as 20YY, which only matters for 29 February. */
  static boolean isYymmdd(String line, int index) {
    int yy = twoDigits(line, index);
    int mm = twoDigits(line, index + 2);
    int dd = twoDigits(line, index + 4);
    if (yy < 0 || mm < 1 || mm > 12 || dd < 1 || dd > DAYS_IN_MONTH[mm - 1]) {
      return false;
    }
    return mm != 2 || dd != 29 || (2000 + yy) % 4 == 0;
  }

  /** MMDD, e.g. the POS transaction date. */
  static boolean isMmdd(String line, int index) {
    int mm = twoDigits(line, index);
    int dd = twoDigits(line, index + 2);
    return mm >= 1 && mm <= 12 && dd >= 1 && dd <= DAYS_IN_MONTH[mm - 1];
  }

  /** MMYY, e.g. the SHR card expiration date. */
  static boolean isMmyy(String line, int index) {
    int mm = twoDigits(line, index);
    return mm >= 1 && mm <= 12 && twoDigits(line, index + 2) >= 0;
  }

  /** HHMM on a 24-hour clock. */
  static boolean isHhmm(String line, int index) {
    int hh = twoDigits(line, index);
    int mm = twoDigits(line, index + 2);
    return hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59;
  }

  private static int twoDigits(String line, int index) {
    char a = line.charAt(index);
    char b = line.charAt(index + 1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return -1;
    }
    return (a - '0') * 10 + (b - '0');
  }
}
