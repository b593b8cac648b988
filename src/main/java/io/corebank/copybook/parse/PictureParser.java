package io.corebank.copybook.parse;

import io.corebank.copybook.Picture;

import java.util.Arrays;
import java.util.Locale;

/**
 * Parses PICTURE strings made of X, A, 9, S, V and P, each optionally followed by a repeat
 * count in parentheses. Edited pictures (Z, $, comma, B, 0, /, +, -, CR, DB, *) are refused:
 * they describe report lines, not stored records.
 */
final class PictureParser {

  /** A picture problem, with the 0-based index in the picture string where it was found. */
  static final class PictureException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int index;

    PictureException(int index, String message) {
      super(message);
      this.index = index;
    }
  }

  private PictureParser() {
  }

  static Picture parse(String picture) {
    String text = picture.toUpperCase(Locale.ROOT);
    StringBuilder symbols = new StringBuilder();
    int[] sourceIndex = new int[16];
    int i = 0;
    while (i < text.length()) {
      char symbol = text.charAt(i);
      int symbolIndex = i++;
      int repeat = 1;
      if (i < text.length() && text.charAt(i) == '(') {
        int close = text.indexOf(')', i);
        if (close < 0) {
          throw new PictureException(i, "repeat count in picture " + text + " is not closed by ')'");
        }
        repeat = repeatCount(text, i + 1, close);
        i = close + 1;
      }
      if ("XA9SVP".indexOf(symbol) < 0) {
        throw new PictureException(symbolIndex, "picture symbol '" + symbol + "' in " + text
            + " is not supported; expected X, A, 9, S, V or P");
      }
      sourceIndex = ensureCapacity(sourceIndex, symbols.length() + repeat);
      for (int r = 0; r < repeat; r++) {
        sourceIndex[symbols.length()] = symbolIndex;
        symbols.append(symbol);
      }
    }
    if (symbols.length() == 0) {
      throw new PictureException(0, "picture string is empty");
    }
    return classify(text, symbols.toString(), sourceIndex);
  }

  private static int repeatCount(String text, int from, int to) {
    String digits = text.substring(from, to);
    if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 7
        || Integer.parseInt(digits) == 0) {
      throw new PictureException(from, "repeat count '" + digits + "' in picture " + text
          + " must be a positive integer");
    }
    return Integer.parseInt(digits);
  }

  private static int[] ensureCapacity(int[] array, int size) {
    return array.length >= size ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
  }

  private static Picture classify(String text, String symbols, int[] sourceIndex) {
    boolean hasText = symbols.indexOf('X') >= 0 || symbols.indexOf('A') >= 0;
    if (hasText) {
      int numericOnly = firstIndexOfAny(symbols, "SVP");
      if (numericOnly >= 0) {
        throw new PictureException(sourceIndex[numericOnly], "symbol '" + symbols.charAt(numericOnly)
            + "' is not allowed in alphanumeric picture " + text);
      }
      return new Picture(text, Picture.Category.ALPHANUMERIC, 0, 0, false, symbols.length());
    }
    return numeric(text, symbols, sourceIndex);
  }

  private static Picture numeric(String text, String symbols, int[] sourceIndex) {
    boolean signed = symbols.charAt(0) == 'S';
    int misplacedSign = symbols.indexOf('S', 1);
    if (misplacedSign >= 0) {
      throw new PictureException(sourceIndex[misplacedSign], "S must be the first symbol of picture " + text);
    }
    String positions = signed ? symbols.substring(1) : symbols;
    int offset = signed ? 1 : 0;
    int point = positions.indexOf('V');
    if (point >= 0 && positions.indexOf('V', point + 1) >= 0) {
      throw new PictureException(sourceIndex[positions.indexOf('V', point + 1) + offset],
          "V may appear only once in picture " + text);
    }
    String digitsAndScaling = positions.replace("V", "");
    int firstNine = digitsAndScaling.indexOf('9');
    int lastNine = digitsAndScaling.lastIndexOf('9');
    if (firstNine < 0) {
      throw new PictureException(0, "numeric picture " + text + " has no digit position 9");
    }
    if (digitsAndScaling.substring(firstNine, lastNine + 1).indexOf('P') >= 0
        || (firstNine > 0 && lastNine < digitsAndScaling.length() - 1)) {
      throw new PictureException(sourceIndex[symbols.indexOf('P')],
          "P must be at the left or at the right end of the digits of picture " + text);
    }
    boolean scalingOnLeft = firstNine > 0;
    int decimalPoint = point >= 0 ? point : (scalingOnLeft ? 0 : digitsAndScaling.length());
    int scale = lastNine + 1 - decimalPoint;
    int digits = lastNine - firstNine + 1;
    return new Picture(text, Picture.Category.NUMERIC, digits, scale, signed, digits);
  }

  private static int firstIndexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
