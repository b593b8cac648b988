package io.corebank.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {

  /** The classic examples of Winkler's papers and of the Wikipedia article, to three decimals. */
  @ParameterizedTest
  @CsvSource({
      "MARTHA, MARHTA, 0.944, 0.961",
      "DWAYNE, DUANE, 0.822, 0.840",
      "DIXON, DICKSONX, 0.767, 0.813",
      "JELLYFISH, SMELLYFISH, 0.896, 0.896",
  })
  void referenceValues(String a, String b, double jaro, double jaroWinkler) {
    assertThat(JaroWinkler.jaro(a, b)).isCloseTo(jaro, within(0.0005));
    assertThat(JaroWinkler.similarity(a, b)).isCloseTo(jaroWinkler, within(0.0005));
    assertThat(JaroWinkler.similarity(b, a)).isCloseTo(jaroWinkler, within(0.0005));
  }

  @Test
  void equalEmptyAndDisjointStrings() {
    assertThat(JaroWinkler.similarity("CUBA", "CUBA")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("", "CUBA")).isEqualTo(0.0);
    assertThat(JaroWinkler.similarity("ABC", "XYZ")).isEqualTo(0.0);
  }

  @Test
  void noPrefixBoostAtOrBelowSevenTenths() {
    // Jaro 0.667 with a common first letter: Winkler's boost applies only above 0.7
    assertThat(JaroWinkler.jaro("AL", "AB")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(JaroWinkler.similarity("AL", "AB")).isCloseTo(2.0 / 3, within(1e-9));
  }

  /** Short strings take a path without arrays, long ones (over 64 characters) one with: both agree with the text book. */
  @Test
  void agreesWithATextbookImplementationAtAllLengths() {
    Random random = new Random(42);
    for (int n = 0; n < 5000; n++) {
      String a = randomWord(random, 1 + random.nextInt(100));
      String b = random.nextBoolean() ? randomWord(random, 1 + random.nextInt(100)) : mutate(a, random);
      assertThat(JaroWinkler.jaro(a, b)).as(a + " / " + b).isCloseTo(textbookJaro(a, b), within(1e-12));
    }
  }

  @Test
  void upperBoundIsNeverBelowTheSimilarity() {
    String[] words = {"MADURO", "MOROS", "NICOLAS", "MORROS", "NICOLA", "M", "MA", "HIZBALLAH", "HIZBALLA", "CUBA",
        "CUBBA", "ABC", "ZAWAHIRI", "AL"};
    for (String a : words) {
      for (String b : words) {
        assertThat(JaroWinkler.upperBound(a.length(), b.length())).as(a + " " + b)
            .isGreaterThanOrEqualTo(JaroWinkler.similarity(a, b));
      }
    }
  }

  private static String randomWord(Random random, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append("ABDEHILMNORS ".charAt(random.nextInt(13)));
    }
    return s.toString();
  }

  private static String mutate(String word, Random random) {
    StringBuilder s = new StringBuilder(word);
    int i = random.nextInt(s.length());
    switch (random.nextInt(3)) {
      case 0 -> s.setCharAt(i, 'Z');
      case 1 -> s.deleteCharAt(i);
      default -> s.insert(i, 'Q');
    }
    return s.toString();
  }

  /** Jaro as usually written: boolean arrays, then matched characters compared in order. */
  private static double textbookJaro(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty() ? 1.0 : 0.0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] ma = new boolean[a.length()];
    boolean[] mb = new boolean[b.length()];
    int m = 0;
    for (int i = 0; i < a.length(); i++) {
      for (int j = Math.max(0, i - window); j <= Math.min(b.length() - 1, i + window); j++) {
        if (!mb[j] && a.charAt(i) == b.charAt(j)) {
          ma[i] = true;
          mb[j] = true;
          m++;
          break;
        }
      }
    }
    if (m == 0) {
      return 0.0;
    }
    StringBuilder sa = new StringBuilder();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < a.length(); i++) {
      if (ma[i]) {
        sa.append(a.charAt(i));
      }
    }
    for (int j = 0; j < b.length(); j++) {
      if (mb[j]) {
        sb.append(b.charAt(j));
      }
    }
    int half = 0;
    for (int k = 0; k < m; k++) {
      if (sa.charAt(k) != sb.charAt(k)) {
        half++;
      }
    }
    int t = half / 2;
    return ((double) m / a.length() + (double) m / b.length() + (double) (m - t) / m) / 3.0;
  }
}
