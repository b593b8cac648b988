package io.corebank.sanctions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Screens names (the originator and receiver names of ACH entries) against the SDN list. Immutable and
 * thread-safe once built; build one per list and options.
 *
 * <p>Every primary name and every alias of the list (weak aliases only if
 * {@link ScreeningOptions#useWeakAliases()}) is a <em>list name</em>, normalized by {@link NameNormalizer}: for
 * individuals all tokens, for entities, vessels and aircraft without legal forms and filler words. The screened
 * name is normalized the same way (both forms are kept: the full one is compared with individuals, the
 * stripped one with the others). Then, each rule giving at most one match per SDN entry (the strongest):
 * <ol>
 *   <li>{@link MatchKind#EXACT}: the two names are equal once spaces are removed ({@code WAL MART} equals
 *       {@code WALMART}); an individual in either order ({@code MADURO MOROS NICOLAS} or
 *       {@code NICOLAS MADURO MOROS}). The only rule for names shorter than
 *       {@link ScreeningOptions#minNameLength()} on either side.</li>
 *   <li>{@link MatchKind#TOKEN_SET}: the list name has two tokens or more and all of them are tokens of the
 *       screened name, in any order, other tokens allowed ({@code PAGO BANCO NACIONAL CUBA MIAMI} holds
 *       {@code BANCO NACIONAL CUBA}). A one-token list name (841 of them, many vessels: HERMANN, AURA) is not
 *       looked for inside longer names: that would hold every Hermann.</li>
 *   <li>{@link MatchKind#TRUNCATED}: the screened name is long enough to have been cut by its ACH field (as
 *       received, without leading and trailing spaces, at least {@link ScreeningOptions#minTruncatedLength()}
 *       characters: the company name of a batch header holds 16, the name of an entry 22) and, normalized, is the
 *       beginning of a list name with all its tokens (individuals in either order), its last token possibly cut:
 *       {@code BANCO NACIONAL D} is the beginning of {@code BANCO NACIONAL DE CUBA}, {@code A.I.C. SOGO KENK} of
 *       {@code AIC SOGO KENKYUSHO}. The score is the part of the list name covered.</li>
 *   <li>{@link MatchKind#FUZZY}: names are compared part by part with Jaro-Winkler, as OFAC's own Sanctions List
 *       Search does (FAQ 249): each token of the list name, longest first, takes the most similar token of the
 *       screened name not yet taken; every list token must reach {@link ScreeningOptions#threshold()} and the score
 *       is the similarity of the weakest one. So every part of the list name must be there, each with at most a
 *       typo: {@code BANCO NACIONAL DE CUBBA} scores 0.953, {@code NICOLAS MADURO MORROS} 0.961, {@code BANCO
 *       NACIONAL DE CHILE} 0.483 (CHILE is not CUBA), {@code MARY TAYLOR} against {@code TAYLOR, Mark} 0.883 (a
 *       different first name does not ride on a shared surname, as it would with a mean). A one-token list name is
 *       compared only with a one-token screened name ({@code HIZBALLA}: 0.978). With the default 0.92, Winkler's
 *       weighting of the first letters gives: one missing, extra or swapped letter anywhere in a part of five
 *       letters or more passes; one wrong letter passes from the fourth letter of a part of six letters or more,
 *       not earlier (one wrong letter in a five-letter part scores at most 0.920, in its last letter); two errors
 *       in a part fail. Names shorter than {@link ScreeningOptions#minNameLength()} (6) letters match exactly or
 *       not at all.</li>
 * </ol>
 *
 * <p>Speed: nothing is compared with the whole list. Exact matches are a hash look-up, truncated ones a binary
 * search in the sorted list names. Token-set and fuzzy candidates come from an index of the <em>distinctive</em>
 * tokens of the list names (a token in more than {@value #COMMON_TOKEN_VARIANTS} list names, such as AL, ALI,
 * MUHAMMAD, BANK, is common and indexes nothing, except for a list name made of common tokens only) grouped by
 * their first three letters: for each token of the screened name, the list tokens of its group that are equal to
 * it or reach the threshold against it bring their list names as candidates, which are then compared fully. This
 * blocking step, like the first-letter filter of OFAC's own search, assumes that at least one distinctive part
 * of the list name keeps its first three letters in the screened name (Jaro-Winkler itself rests on errors being
 * rarer at the start of names); a name misspelt in the first three letters of every distinctive part is not
 * found.
 */
public final class SanctionsScreen {

  /** A token in more list names than this is common and does not make list names candidates. */
  static final int COMMON_TOKEN_VARIANTS = 40;
  private static final int BLOCK_LENGTH = 3;

  private final ScreeningOptions options;
  private final Variant[] variants;
  private final Map<String, List<Variant>> exactIndividual = new HashMap<>();
  private final Map<String, List<Variant>> exactOther = new HashMap<>();
  /** First three letters of a distinctive list token: the tokens and, for each, the list names that have it. */
  private final Map<String, TokenPosting[]> blocks;
  private final String[] prefixKeys;
  private final Variant[] prefixVariants;

  public SanctionsScreen(SdnList list) {
    this(list, ScreeningOptions.defaults());
  }

  public SanctionsScreen(SdnList list, ScreeningOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    List<Variant> all = new ArrayList<>();
    List<Map.Entry<String, Variant>> prefixes = new ArrayList<>();
    for (SdnEntry entry : list.entries()) {
      addVariant(all, prefixes, entry, null, entry.name());
      for (SdnAlias alias : entry.aliases()) {
        if (!alias.weak() || options.useWeakAliases()) {
          addVariant(all, prefixes, entry, alias, alias.name());
        }
      }
    }
    this.variants = all.toArray(new Variant[0]);
    this.blocks = buildBlocks(all, options.minNameLength());
    prefixes.sort(Map.Entry.comparingByKey());
    this.prefixKeys = prefixes.stream().map(Map.Entry::getKey).toArray(String[]::new);
    this.prefixVariants = prefixes.stream().map(Map.Entry::getValue).toArray(Variant[]::new);
  }

  public ScreeningOptions options() {
    return options;
  }

  /** Number of list names screened against (primary names and aliases). */
  public int listNameCount() {
    return variants.length;
  }

  /**
   * The SDN entries the name matches, at most one match per entry (its strongest), strongest first (by kind,
   * then score, then ent_num). Empty when the name is clear.
   */
  public List<SanctionsMatch> screen(String name) {
    return screen(name, false);
  }

  /**
   * The same rules applied to every list name, without the candidate index: slow, for tests that check the index
   * finds what a full comparison finds.
   */
  List<SanctionsMatch> screenWithoutIndex(String name) {
    return screen(name, true);
  }

  private List<SanctionsMatch> screen(String name, boolean fullScan) {
    String full = NameNormalizer.normalize(name);
    if (full.isEmpty()) {
      return List.of();
    }
    Query q = new Query(full);
    Map<Integer, SanctionsMatch> best = new LinkedHashMap<>();

    for (Variant v : exactIndividual.getOrDefault(q.fullJoined, List.of())) {
      offer(best, v, MatchKind.EXACT, 1.0);
    }
    for (Variant v : exactOther.getOrDefault(q.strippedJoined, List.of())) {
      offer(best, v, MatchKind.EXACT, 1.0);
    }

    if (name.strip().length() >= options.minTruncatedLength() && q.fullJoined.length() >= options.minNameLength()) {
      int i = lowerBound(prefixKeys, full);
      while (i < prefixKeys.length && prefixKeys[i].startsWith(full)) {
        if (prefixKeys[i].length() > full.length()) {
          offer(best, prefixVariants[i], MatchKind.TRUNCATED, (double) full.length() / prefixKeys[i].length());
        }
        i++;
      }
    }

    if (fullScan && q.fullJoined.length() >= options.minNameLength()) {
      for (Variant v : variants) {
        if (v.joined.length() >= options.minNameLength()) {
          compare(best, v, q);
        }
      }
    } else if (q.fullJoined.length() >= options.minNameLength()) {
      Set<Variant> seen = null;
      Set<String> queryTokens = new LinkedHashSet<>(Arrays.asList(q.fullTokens));
      for (String token : queryTokens) {
        TokenPosting[] postings = blocks.get(blockKey(token));
        if (postings == null) {
          continue;
        }
        int tokenLetters = letters(token);
        for (TokenPosting posting : postings) {
          if (!posting.token.equals(token) && !similar(posting, token, tokenLetters)) {
            continue;
          }
          if (seen == null) {
            seen = Collections.newSetFromMap(new IdentityHashMap<>());
          }
          for (Variant v : posting.variants) {
            if (seen.add(v)) {
              compare(best, v, q);
            }
          }
        }
      }
    }

    if (best.isEmpty()) {
      return List.of();
    }
    List<SanctionsMatch> matches = new ArrayList<>(best.values());
    matches.sort(STRONGEST_FIRST);
    return List.copyOf(matches);
  }

  /** The strongest match, if any. */
  public Optional<SanctionsMatch> best(String name) {
    List<SanctionsMatch> matches = screen(name);
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
  }

  /**
   * The fuzzy score of a screened name against a list name as {@link #screen} computes it (for tests and for
   * explaining a hit): normalized, stop tokens dropped unless {@code individual}.
   */
  public static double fuzzyScore(String screened, String listName, boolean individual) {
    List<String> q = NameNormalizer.tokens(NameNormalizer.normalize(screened));
    List<String> l = NameNormalizer.tokens(NameNormalizer.normalize(listName));
    if (!individual) {
      q = NameNormalizer.entityTokens(q);
      l = NameNormalizer.entityTokens(l);
    }
    if (l.size() == 1) {
      return q.size() == 1 ? JaroWinkler.similarity(q.get(0), l.get(0)) : 0.0;
    }
    return tokenScore(byLengthDescending(l.toArray(new String[0])), q.toArray(new String[0]), 0.0);
  }

  // ---------------------------------------------------------------------------------------------------------

  private static final Comparator<SanctionsMatch> STRONGEST_FIRST = Comparator
      .comparing(SanctionsMatch::kind)
      .thenComparing(Comparator.comparingDouble(SanctionsMatch::score).reversed())
      .thenComparingInt(SanctionsMatch::entNum);

  /** A list name, normalized. */
  private static final class Variant {
    final int id;
    final SdnEntry entry;
    final SdnAlias alias;
    final String name;
    final boolean individual;
    /** Comparison tokens, longest first. */
    final String[] tokens;
    final int[] tokenLetters;
    final String joined;

    Variant(int id, SdnEntry entry, SdnAlias alias, String name, boolean individual, String[] tokens) {
      this.id = id;
      this.entry = entry;
      this.alias = alias;
      this.name = name;
      this.individual = individual;
      this.joined = String.join("", tokens);
      this.tokens = byLengthDescending(tokens);
      this.tokenLetters = letters(this.tokens);
    }
  }

  /** A screened name, normalized. */
  private static final class Query {
    final String[] fullTokens;
    final String[] strippedTokens;
    final int[] fullLetters;
    final int[] strippedLetters;
    final String fullJoined;
    final String strippedJoined;

    Query(String full) {
      List<String> tokens = NameNormalizer.tokens(full);
      List<String> stripped = NameNormalizer.entityTokens(tokens);
      this.fullTokens = tokens.toArray(new String[0]);
      this.strippedTokens = stripped.toArray(new String[0]);
      this.fullLetters = letters(fullTokens);
      this.strippedLetters = letters(strippedTokens);
      this.fullJoined = String.join("", tokens);
      this.strippedJoined = String.join("", stripped);
    }
  }

  private void addVariant(List<Variant> all, List<Map.Entry<String, Variant>> prefixes, SdnEntry entry,
                          SdnAlias alias, String name) {
    boolean individual = entry.type() == SdnType.INDIVIDUAL;
    List<String> forms = individual ? NameNormalizer.individualOrders(name) : List.of(NameNormalizer.normalize(name));
    if (forms.get(0).isEmpty()) {
      return;
    }
    List<String> tokens = NameNormalizer.tokens(forms.get(0));
    if (!individual) {
      tokens = NameNormalizer.entityTokens(tokens);
    }
    Variant v = new Variant(all.size(), entry, alias, name, individual, tokens.toArray(new String[0]));
    all.add(v);
    if (individual) {
      for (String form : forms) {
        exactIndividual.computeIfAbsent(form.replace(" ", ""), k -> new ArrayList<>(1)).add(v);
      }
    } else {
      exactOther.computeIfAbsent(v.joined, k -> new ArrayList<>(1)).add(v);
    }
    for (String form : forms) {
      prefixes.add(Map.entry(form, v));
    }
  }

  private static Map<String, TokenPosting[]> buildBlocks(List<Variant> all, int minNameLength) {
    Map<String, Integer> frequency = new HashMap<>();
    for (Variant v : all) {
      for (String token : new LinkedHashSet<>(Arrays.asList(v.tokens))) {
        frequency.merge(token, 1, Integer::sum);
      }
    }
    Map<String, List<Variant>> byToken = new LinkedHashMap<>();
    for (Variant v : all) {
      if (v.joined.length() < minNameLength) {
        continue; // matched only exactly
      }
      Set<String> posted = new LinkedHashSet<>();
      for (String token : v.tokens) {
        if (frequency.get(token) <= COMMON_TOKEN_VARIANTS) {
          posted.add(token);
        }
      }
      if (posted.isEmpty()) {
        posted.addAll(Arrays.asList(v.tokens));
      }
      for (String token : posted) {
        byToken.computeIfAbsent(token, k -> new ArrayList<>()).add(v);
      }
    }
    Map<String, List<TokenPosting>> lists = new HashMap<>();
    byToken.forEach((token, list) -> lists.computeIfAbsent(blockKey(token), k -> new ArrayList<>())
        .add(new TokenPosting(token, letters(token), list.toArray(new Variant[0]))));
    Map<String, TokenPosting[]> blocks = new HashMap<>(lists.size() * 2);
    lists.forEach((key, list) -> blocks.put(key, list.toArray(new TokenPosting[0])));
    return blocks;
  }

  /** A distinctive list token, its {@link #letters}, and the list names that have it. */
  private record TokenPosting(String token, int letters, Variant[] variants) {
  }

  private boolean similar(TokenPosting posting, String queryToken, int queryLetters) {
    return upperBound(posting.token, posting.letters, queryToken, queryLetters) >= options.threshold()
        && JaroWinkler.similarity(posting.token, queryToken) >= options.threshold();
  }

  /** The set of letters and digits of a token as bits (A-Z: bits 0-25, 0-9: bits 26-35 folded into 26-31). */
  private static int letters(String token) {
    int bits = 0;
    for (int i = 0; i < token.length(); i++) {
      bits |= bit(token.charAt(i));
    }
    return bits;
  }

  private static int[] letters(String[] tokens) {
    int[] letters = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      letters[i] = letters(tokens[i]);
    }
    return letters;
  }

  private static int absent(String token, int letters) {
    int count = 0;
    for (int i = 0; i < token.length(); i++) {
      if ((bit(token.charAt(i)) & letters) == 0) {
        count++;
      }
    }
    return count;
  }

  private static int bit(char c) {
    return c >= 'A' && c <= 'Z' ? 1 << (c - 'A') : 1 << (26 + (c % 6));
  }

  private static String blockKey(String token) {
    return token.length() <= BLOCK_LENGTH ? token : token.substring(0, BLOCK_LENGTH);
  }

  private void compare(Map<Integer, SanctionsMatch> best, Variant v, Query q) {
    String[] queryTokens = v.individual ? q.fullTokens : q.strippedTokens;
    int[] queryLetters = v.individual ? q.fullLetters : q.strippedLetters;
    String queryJoined = v.individual ? q.fullJoined : q.strippedJoined;
    if (queryJoined.length() < options.minNameLength()) {
      return;
    }
    if (v.tokens.length == 1) {
      // a one-token list name is compared with one-token names only (equal ones are exact matches, found already)
      if (queryTokens.length == 1 && !queryJoined.equals(v.joined)) {
        double score = JaroWinkler.similarity(queryJoined, v.joined);
        if (score >= options.threshold()) {
          offer(best, v, MatchKind.FUZZY, score);
        }
      }
      return;
    }
    if (containsAll(queryTokens, v.tokens)) {
      offer(best, v, MatchKind.TOKEN_SET, 1.0);
      return;
    }
    double score = tokenScore(v.tokens, v.tokenLetters, queryTokens, queryLetters, options.threshold());
    if (score >= options.threshold()) {
      offer(best, v, MatchKind.FUZZY, score);
    }
  }

  /** Whether every list token is a distinct token of the query (a list token written twice must be there twice). */
  private static boolean containsAll(String[] query, String[] list) {
    if (list.length > query.length) {
      return false;
    }
    long used = 0;
    int queryCount = Math.min(query.length, 64);
    outer:
    for (String token : list) {
      for (int i = 0; i < queryCount; i++) {
        if ((used & (1L << i)) == 0 && query[i].equals(token)) {
          used |= 1L << i;
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  /**
   * The similarity of the least similar part: each list token, longest first, takes the most similar query token
   * not yet taken (Jaro-Winkler); the result is the lowest of these similarities (0 for a list token left without
   * partner). Stops at the first list token whose best partner is below {@code floor} and returns that value.
   */
  static double tokenScore(String[] listTokens, String[] queryTokens, double floor) {
    return tokenScore(listTokens, letters(listTokens), queryTokens, letters(queryTokens), floor);
  }

  private static double tokenScore(String[] listTokens, int[] listLetters, String[] queryTokens, int[] queryLetters,
                                   double floor) {
    int queryCount = Math.min(queryTokens.length, 64);
    long used = 0;
    double weakest = 1.0;
    for (int t = 0; t < listTokens.length; t++) {
      String token = listTokens[t];
      double bestScore = 0;
      int bestIndex = -1;
      for (int i = 0; i < queryCount; i++) {
        if ((used & (1L << i)) != 0) {
          continue;
        }
        String candidate = queryTokens[i];
        if (token.equals(candidate)) {
          bestScore = 1.0;
          bestIndex = i;
          break;
        }
        double bound = upperBound(token, listLetters[t], candidate, queryLetters[i]);
        if (bound < floor || bound <= bestScore) {
          continue;
        }
        double s = JaroWinkler.similarity(token, candidate);
        if (s > bestScore) {
          bestScore = s;
          bestIndex = i;
        }
      }
      if (bestIndex >= 0) {
        used |= 1L << bestIndex;
      }
      weakest = Math.min(weakest, bestScore);
      if (weakest < floor) {
        return weakest;
      }
    }
    return weakest;
  }

  /**
   * A cheap upper bound of the Jaro-Winkler similarity of two tokens: from their lengths, then from the characters
   * of each whose letter the other lacks (they cannot be matches).
   */
  private static double upperBound(String a, int lettersA, String b, int lettersB) {
    double bound = JaroWinkler.upperBound(a.length(), b.length());
    if (lettersA == lettersB) {
      return bound; // the same letters: nothing more to learn
    }
    int matchable = Math.min(a.length() - absent(a, lettersB), b.length() - absent(b, lettersA));
    if (matchable == 0) {
      return 0.0;
    }
    double jaro = ((double) matchable / a.length() + (double) matchable / b.length() + 1) / 3;
    return Math.min(bound, jaro <= 0.7 ? jaro : jaro + 0.4 * (1 - jaro));
  }

  private static String[] byLengthDescending(String[] tokens) {
    String[] sorted = tokens.clone();
    Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed()); // stable: equal lengths keep order
    return sorted;
  }

  private static void offer(Map<Integer, SanctionsMatch> best, Variant v, MatchKind kind, double score) {
    SanctionsMatch current = best.get(v.entry.entNum());
    if (current != null) {
      int byKind = kind.compareTo(current.kind());
      if (byKind > 0 || (byKind == 0 && score <= current.score())) {
        return;
      }
    }
    best.put(v.entry.entNum(), new SanctionsMatch(v.entry, v.alias, v.name, kind, score));
  }

  private static int lowerBound(String[] sorted, String key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].compareTo(key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
