package io.corebank.copybook;

/**
 * A parsed PICTURE string.
 *
 * @param text          the picture as written, upper-cased (e.g. {@code S9(7)V9(2)})
 * @param category      alphanumeric (X, A or mixed) or numeric (9, S, V, P)
 * @param digits        number of digit positions that occupy storage (the 9s); 0 when alphanumeric
 * @param scale         power of ten the stored integer is divided by: 2 for {@code 9(5)V99},
 *                      6 for {@code PPP999}, -3 for {@code 999PPP}
 * @param signed        true when the picture starts with S
 * @param displayLength bytes the item takes as USAGE DISPLAY, not counting a separate sign
 */
public record Picture(String text, Category category, int digits, int scale, boolean signed, int displayLength) {

  public enum Category { ALPHANUMERIC, NUMERIC }

  public boolean isNumeric() {
    return category == Category.NUMERIC;
  }
}
