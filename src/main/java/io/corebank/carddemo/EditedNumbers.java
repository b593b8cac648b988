package io.corebank.carddemo;

/**
 * COBOL numeric editing of amounts in cents, for the edit pictures the CardDemo printers use:
 * {@value #BALANCE}, {@value #AMOUNT}, {@value #REPORT_AMOUNT} and {@value #REPORT_TOTAL}.
 *
 * <p>{@link #edit} understands the subset of PICTURE symbols these need: digit positions {@code 9}
 * (always a digit) and {@code Z} (a leading zero becomes a space), the insertion characters {@code ,}
 * and {@code .}, one fixed sign {@code +} or {@code -} as the first or the last symbol, and repetition
 * such as {@code 9(9)}. The picture must have exactly two digit positions after the point, because the
 * value is in cents. The result is what {@code MOVE amount TO edited-item} leaves in the item:
 * <ul>
 * <li>digits beyond the picture are dropped from the high-order end, as a MOVE truncates
 *     ({@code 1,234,567,890.12} into {@code 9(9).99-} is {@code 234567890.12 });</li>
 * <li>zero suppression runs from the left over {@code Z} positions and the commas among them, and stops
 *     at the first non-zero digit, at a {@code 9} or at the point;</li>
 * <li>when every digit position is a {@code Z} and the value is zero, the whole item is spaces, sign and
 *     point included (the sample report prints a zero interest amount that way);</li>
 * <li>a fixed {@code -} prints {@code -} for a negative value and a space otherwise; a fixed {@code +}
 *     prints {@code -} or {@code +}. A value whose kept digits are all zero counts as positive.</li>
 * </ul>
 */
public final class EditedNumbers {
  /** The statement's current balance: leading zeros kept, trailing sign. */
  public static final String BALANCE = "9(9).99-";
  /** The statement's transaction amounts and card total. */
  public static final String AMOUNT = "Z(9).99-";
  /** The report's transaction amounts. */
  public static final String REPORT_AMOUNT = "-ZZZ,ZZZ,ZZZ.ZZ";
  /** The report's account, page and grand totals. */
  public static final String REPORT_TOTAL = "+ZZZ,ZZZ,ZZZ.ZZ";

  private static final int SCALE = 2;

  private EditedNumbers() {
  }

  /** {@code cents} edited by {@code picture}; the result has the picture's length. */
  public static String edit(String picture, long cents) {
    String symbols = expand(picture);
    int digitPositions = validate(picture, symbols);
    long magnitude = keptDigits(cents, digitPositions);
    boolean negative = cents < 0 && magnitude != 0;
    boolean allZ = symbols.indexOf('9') < 0;
    if (allZ && magnitude == 0) {
      return " ".repeat(symbols.length());
    }
    String digits = String.format("%0" + digitPositions + "d", magnitude);
    StringBuilder out = new StringBuilder(symbols.length());
    int next = 0;
    boolean suppressing = true;
    for (int i = 0; i < symbols.length(); i++) {
      char symbol = symbols.charAt(i);
      switch (symbol) {
        case '9' -> {
          suppressing = false;
          out.append(digits.charAt(next++));
        }
        case 'Z' -> {
          char digit = digits.charAt(next++);
          if (suppressing && digit == '0') {
            out.append(' ');
          } else {
            suppressing = false;
            out.append(digit);
          }
        }
        case ',' -> out.append(suppressing ? ' ' : ',');
        case '.' -> {
          suppressing = false;
          out.append('.');
        }
        case '+' -> out.append(negative ? '-' : '+');
        case '-' -> out.append(negative ? '-' : ' ');
        default -> throw new IllegalStateException("unchecked symbol " + symbol);
      }
    }
    return out.toString();
  }

  /** The absolute value of {@code cents} reduced to its low-order {@code digitPositions} digits. */
  private static long keptDigits(long cents, int digitPositions) {
    if (digitPositions >= 19) {
      throw new IllegalArgumentException("more than 18 digit positions");
    }
    long modulus = 1;
    for (int i = 0; i < digitPositions; i++) {
      modulus *= 10;
    }
    long remainder = cents % modulus; // same sign as cents, so negating it cannot overflow
    return remainder < 0 ? -remainder : remainder;
  }

  /** The picture with repetitions written out: {@code 9(3).99} becomes {@code 999.99}. */
  private static String expand(String picture) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < picture.length()) {
      char symbol = picture.charAt(i);
      int close;
      if (i + 1 < picture.length() && picture.charAt(i + 1) == '(' && (close = picture.indexOf(')', i + 2)) > 0) {
        int count;
        try {
          count = Integer.parseInt(picture.substring(i + 2, close));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad repetition in picture " + picture);
        }
        if (count < 1 || count > 18) {
          throw new IllegalArgumentException("bad repetition in picture " + picture);
        }
        out.append(String.valueOf(symbol).repeat(count));
        i = close + 1;
      } else {
        out.append(symbol);
        i++;
      }
    }
    return out.toString();
  }

  /** Checks the expanded picture is one {@link #edit} handles; returns its number of digit positions. */
  private static int validate(String picture, String symbols) {
    int digits = 0;
    int afterPoint = -1;
    boolean seenNine = false;
    for (int i = 0; i < symbols.length(); i++) {
      char symbol = symbols.charAt(i);
      switch (symbol) {
        case '9' -> {
          seenNine = true;
          digits++;
        }
        case 'Z' -> {
          if (seenNine) {
            throw new IllegalArgumentException("Z after 9 in picture " + picture);
          }
          digits++;
        }
        case ',' -> {
        }
        case '.' -> {
          if (afterPoint >= 0) {
            throw new IllegalArgumentException("two points in picture " + picture);
          }
          afterPoint = digits;
        }
        case '+', '-' -> {
          if (i != 0 && i != symbols.length() - 1) {
            throw new IllegalArgumentException("sign neither first nor last in picture " + picture);
          }
          if (symbols.chars().filter(c -> c == '+' || c == '-').count() > 1) {
            throw new IllegalArgumentException("more than one sign in picture " + picture);
          }
        }
        default -> throw new IllegalArgumentException("unsupported symbol " + symbol + " in picture " + picture);
      }
    }
    if (afterPoint < 0 || digits - afterPoint != SCALE) {
      throw new IllegalArgumentException("picture " + picture + " must have two digit positions after the point");
    }
    return digits;
  }
}
