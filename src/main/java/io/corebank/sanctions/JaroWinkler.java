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

  public static double jaro(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return la == lb ? 1.0 : 0.0;
    }
    if (a.equals(b)) {
      return 1.0;
    }
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
    double m = matches;
    int transpositions = outOfOrder / 2; // whole transpositions, as in Winkler's strcmp95
    return (m / la + m / lb + (m - transpositions) / m) / 3.0;
  }
}
