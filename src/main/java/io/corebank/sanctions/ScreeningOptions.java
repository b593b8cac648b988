package io.corebank.sanctions;

/**
 * The knobs of {@link SanctionsScreen}.
 *
 * @param threshold          the lowest fuzzy score (0..1] reported as a {@link MatchKind#FUZZY} match; exact,
 *                           token-set and truncated matches do not depend on it. Default 0.92.
 * @param minNameLength      names shorter than this many letters and digits (spaces not counted), on either side,
 *                           match only exactly: fuzzy, token-set and truncated matching of very short strings is
 *                           noise. Default 6.
 * @param minTruncatedLength a screened name of at least this many characters as received (trimmed) that is the
 *                           beginning of a list name is reported as {@link MatchKind#TRUNCATED}: ACH cuts names
 *                           at 16 (batch header company name) or 22 (entry name) characters, and a name cut at a
 *                           word boundary loses its trailing space. Default 15.
 * @param useWeakAliases     whether weak aliases (OFAC's "weak AKAs") are screened. Default false: OFAC does not
 *                           expect them to be screened (FAQ 124) and they raise many false hits.
 */
public record ScreeningOptions(double threshold, int minNameLength, int minTruncatedLength, boolean useWeakAliases) {

  public static final double DEFAULT_THRESHOLD = 0.92;
  public static final int DEFAULT_MIN_NAME_LENGTH = 6;
  public static final int DEFAULT_MIN_TRUNCATED_LENGTH = 15;

  public ScreeningOptions {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    if (minNameLength < 1) {
      throw new IllegalArgumentException("minNameLength must be at least 1: " + minNameLength);
    }
    if (minTruncatedLength < 1) {
      throw new IllegalArgumentException("minTruncatedLength must be at least 1: " + minTruncatedLength);
    }
  }

  public static ScreeningOptions defaults() {
    return new ScreeningOptions(DEFAULT_THRESHOLD, DEFAULT_MIN_NAME_LENGTH, DEFAULT_MIN_TRUNCATED_LENGTH, false);
  }

  public ScreeningOptions withThreshold(double value) {
    return new ScreeningOptions(value, minNameLength, minTruncatedLength, useWeakAliases);
  }

  public ScreeningOptions withMinNameLength(int value) {
    return new ScreeningOptions(threshold, value, minTruncatedLength, useWeakAliases);
  }

  public ScreeningOptions withMinTruncatedLength(int value) {
    return new ScreeningOptions(threshold, minNameLength, value, useWeakAliases);
  }

  public ScreeningOptions withWeakAliases(boolean value) {
    return new ScreeningOptions(threshold, minNameLength, minTruncatedLength, value);
  }
}
