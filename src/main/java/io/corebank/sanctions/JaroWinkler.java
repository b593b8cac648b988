package io.corebank.sanctions;

/**
 * Jaro-Winkler similarity (Winkler 1990), the string measure OFAC's own Sanctions List Search uses (OFAC FAQ 249).
 *
 * <p>Jaro: characters match when equal and no further apart than {@code max(|a|, |b|) / 2 - 1}; with {@code m}
 * matches and {@code t} half the number of matched characters out of order (rounded down, as in Winkler's strcmp95),
 * {@code J = (m/|a| + m/|b| + (m - t)/m) / 3} (0 when {@code m} is 0). Winkler: when {@code J > 0.7}, add
 * {@code l * 0.1 * (1 - J)} for a common prefix of {@code l} characters, at most 4. Both 1.0 for equal
 * strings, 0.0 when one is empty and the other not.
 *
 * <p>Written here (some twenty lines) rather than taken from Apache Commons Text, which reaches this project
 * only as a transitive dependency of the Artemis broker and could disappear with it.
 */
public final class JaroWinkler {

  private static final double BOOST_THRESHOLD = 0.7;
  private static final double PREFIX_SCALE = 0.1;
  private static final int MAX_PREFIX = 4;

  private JaroWinkler() {
  }

  public static double similarity(String a, String b) {
    double jaro = jaro(a, b);
    if (jaro <= BOOST_THRESHOLD) {
      return jaro;
    }
    int limit = Math.min(MAX_PREFIX, Math.min(a.length(), b.length()));
    int prefix = 0;
    while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * PREFIX_SCALE * (1 - jaro);
  }

  /**
   * An upper bound of {@link #similarity} from the lengths alone (all characters of the shorter string matched, in
   * order, with a four-character common prefix): a cheap test before the real computation.
   */
  public static double upperBound(int lengthA, int lengthB) {
    if (lengthA == 0 || lengthB == 0) {
      return lengthA == lengthB ? 1.0 : 0.0;
    }
    int shorter = Math.min(lengthA, lengthB);
    int longer = Math.max(lengthA, lengthB);
    double jaro = (1.0 + (double) shorter / longer + 1.0) / 3.0;
    int prefix = Math.min(MAX_PREFIX, shorter);
    return jaro <= BOOST_THRESHOLD ? jaro : jaro + prefix * PREFIX_SCALE * (1 - jaro);
  }

  public static double jaro(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return la == lb ? 1.0 : 0.0;
    }
    if (a.equals(b)) {
      return 1.0;
    }
    if (la > 64 || lb > 64) {
      return jaroLong(a, b);
    }
    // names are short: the matched flags fit in two longs, nothing is allocated
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      int end = Math.min(lb - 1, i + window);
      for (int j = Math.max(0, i - window); j <= end; j++) {
        if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
          matchedA |= 1L << i;
          matchedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int outOfOrder = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if ((matchedA & (1L << i)) != 0) {
        while ((matchedB & (1L << j)) == 0) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          outOfOrder++;
        }
        j++;
      }
    }
    return jaro(la, lb, matches, outOfOrder);
  }

  private static double jaroLong(String a, String b) {
    int la = a.length();
    int lb = b.length();
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] matchedA = new boolean[la];
    boolean[] matchedB = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      int end = Math.min(lb - 1, i + window);
      for (int j = Math.max(0, i - window); j <= end; j++) {
        if (!matchedB[j] && b.charAt(j) == c) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int outOfOrder = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if (matchedA[i]) {
        while (!matchedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          outOfOrder++;
        }
        j++;
      }
    }
    return jaro(la, lb, matches, outOfOrder);
  }

  private static double jaro(int la, int lb, int matches, int outOfOrder) {
    int transpositions = outOfOrder / 2; // whole transpositions, as in Winkler's strcmp95
    double m = matches;
    return (m / la + m / lb + (m - transpositions) / m) / 3.0;
  }
}
