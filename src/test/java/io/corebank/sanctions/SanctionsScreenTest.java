package io.corebank.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SanctionsScreenTest {

  static SdnList list;
  static SanctionsScreen screen;

  @BeforeAll
  static void build() {
    list = OfacFiles.list();
    screen = new SanctionsScreen(list);
  }

  @Test
  void indexesEveryPrimaryNameAndStrongAlias() {
    assertThat(screen.listNameCount()).isEqualTo(8976 + 11910);
    assertThat(new SanctionsScreen(list, ScreeningOptions.defaults().withWeakAliases(true)).listNameCount())
        .isEqualTo(8976 + 11910 + 2438);
  }

  @Test
  void exactPrimaryName() {
    SanctionsMatch match = only("BANCO NACIONAL DE CUBA");
    assertThat(match.entNum()).isEqualTo(306);
    assertThat(match.primaryName()).isEqualTo("BANCO NACIONAL DE CUBA");
    assertThat(match.matchedName()).isEqualTo("BANCO NACIONAL DE CUBA");
    assertThat(match.alias()).isNull();
    assertThat(match.viaAlias()).isFalse();
    assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.programs()).containsExactly("CUBA");
    assertThat(match.describe()).isEqualTo("SDN 306 BANCO NACIONAL DE CUBA [CUBA] EXACT 1.000");
  }

  @Test
  void exactAlias() {
    SanctionsMatch match = only("NATIONAL BANK OF CUBA");
    assertThat(match.entNum()).isEqualTo(306);
    assertThat(match.primaryName()).isEqualTo("BANCO NACIONAL DE CUBA");
    assertThat(match.matchedName()).isEqualTo("NATIONAL BANK OF CUBA");
    assertThat(match.alias()).isEqualTo(new SdnAlias(220, AliasType.AKA, "NATIONAL BANK OF CUBA", false, null));
    assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
    assertThat(match.describe()).isEqualTo("SDN 306 BANCO NACIONAL DE CUBA (aka NATIONAL BANK OF CUBA) [CUBA] EXACT 1.000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Banco Nacional de Cuba, S.A.", "banco nacional de cuba", "BANCO-NACIONAL DE CUBA INC",
      "THE BANCO NACIONAL CUBA"})
  void exactWhateverTheCaseLegalFormAndFillers(String name) {
    assertThat(screen.screen(name)).extracting(SanctionsMatch::entNum, SanctionsMatch::kind)
        .containsExactly(tuple(306, MatchKind.EXACT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NICOLAS MADURO MOROS", "MADURO MOROS NICOLAS", "Nicolás Maduro Moros", "MADURO-MOROS, NICOLAS"})
  void exactIndividualInEitherOrder(String name) {
    assertThat(screen.screen(name)).extracting(SanctionsMatch::entNum, SanctionsMatch::kind)
        .containsExactly(tuple(22790, MatchKind.EXACT));
  }

  @Test
  void exactIgnoresSpaces() {
    assertThat(only("HIZB ALLAH").entNum()).isEqualTo(4697);
    assertThat(only("HIZB ALLAH").kind()).isEqualTo(MatchKind.EXACT);
    assertThat(only("ANGLO CARIBBEAN").entNum()).isEqualTo(173);
  }

  @Test
  void shortNamesMatchExactly() {
    assertThat(only("HAMAS").entNum()).isEqualTo(4695);
    assertThat(only("HAMAS").kind()).isEqualTo(MatchKind.EXACT);
  }

  @Test
  void tokenSetInAnyOrderAmongOtherWords() {
    SanctionsMatch inside = only("PAGO BANCO NACIONAL CUBA MIAMI");
    assertThat(inside.entNum()).isEqualTo(306);
    assertThat(inside.kind()).isEqualTo(MatchKind.TOKEN_SET);
    assertThat(inside.score()).isEqualTo(1.0);
    SanctionsMatch reordered = only("MOROS NICOLAS MADURO");
    assertThat(reordered.entNum()).isEqualTo(22790);
    assertThat(reordered.kind()).isEqualTo(MatchKind.TOKEN_SET);
    assertThat(only("CUBA NATIONAL BANK").alias().altNum()).isEqualTo(220);
  }

  @Test
  void aOneTokenListNameIsNotLookedForInsideLongerNames() {
    assertThat(screen.screen("HIZBALLAH")).extracting(SanctionsMatch::entNum).containsExactly(4697);
    assertThat(screen.screen("HIZBALLAH RESTAURANT SUPPLY")).isEmpty();
  }

  @Test
  void individualNameCutToTwentyTwoCharacters() {
    // RODRIGUEZ OREJUELA, Gilberto Jose is 32 characters normalized, in either order
    List<SanctionsMatch> firstNameFirst = screen.screen("GILBERTO JOSE RODRIGUEZ OREJUELA".substring(0, 22));
    assertThat(firstNameFirst.get(0)).extracting(SanctionsMatch::entNum, SanctionsMatch::kind)
        .containsExactly(4107, MatchKind.TRUNCATED);
    assertThat(firstNameFirst.get(0).score()).isCloseTo(22.0 / 32, within(1e-9));
    // the same cut name is also within one letter per part of an alias of another entry: both are reported
    assertThat(firstNameFirst).extracting(SanctionsMatch::entNum, SanctionsMatch::kind)
        .containsExactly(tuple(4107, MatchKind.TRUNCATED), tuple(6860, MatchKind.FUZZY));
    assertThat(firstNameFirst.get(1).matchedName()).isEqualTo("GILBERT, Joseph");
    assertThat(screen.screen("RODRIGUEZ OREJUELA GILBERTO JOSE".substring(0, 22)))
        .extracting(SanctionsMatch::entNum, SanctionsMatch::kind)
        .containsExactly(tuple(4107, MatchKind.TRUNCATED));
    assertThat(only("AEROCARIBBEAN AIRLINES".substring(0, 20)).kind()).isEqualTo(MatchKind.TRUNCATED);
  }

  @Test
  void companyNameCutToSixteenCharacters() {
    SanctionsMatch bnc = only("BANCO NACIONAL DE CUBA".substring(0, 16));
    assertThat(bnc.entNum()).isEqualTo(306);
    assertThat(bnc.kind()).isEqualTo(MatchKind.TRUNCATED);
    assertThat(bnc.score()).isCloseTo(16.0 / 22, within(1e-9));
    // a cut name that is the beginning of several list names holds them all
    assertThat(screen.screen("EMPRESA CUBANA DE PESCADOS Y MARISCOS".substring(0, 16)))
        .extracting(SanctionsMatch::entNum, SanctionsMatch::kind)
        .containsExactly(tuple(735, MatchKind.TRUNCATED), tuple(751, MatchKind.TRUNCATED));
    // punctuation does not count against the cut: 16 characters as received, 13 normalized
    assertThat(screen.screen("A.I.C. SOGO KENKYUSHO".substring(0, 16))).extracting(SanctionsMatch::kind)
        .contains(MatchKind.TRUNCATED);
  }

  @Test
  void aShortNameIsNotTakenForACutOne() {
    assertThat(screen.screen("BANCO NACIONAL")).as("14 characters: not a cut field").isEmpty();
    assertThat(new SanctionsScreen(list, ScreeningOptions.defaults().withMinTruncatedLength(14))
        .screen("BANCO NACIONAL")).extracting(SanctionsMatch::entNum).contains(306);
  }

  @Test
  void fuzzyMatchesAllowATypoPerPart() {
    SanctionsMatch bank = only("BANCO NACIONAL DE CUBBA");
    assertThat(bank.entNum()).isEqualTo(306);
    assertThat(bank.kind()).isEqualTo(MatchKind.FUZZY);
    assertThat(bank.score()).isCloseTo(JaroWinkler.similarity("CUBBA", "CUBA"), within(1e-12));
    assertThat(bank.score()).isCloseTo(0.9533, within(0.0001));
    assertThat(only("NICOLAS MADURO MORROS").score()).isCloseTo(0.9611, within(0.0001));
    assertThat(only("NICOLAS MADURO MORROS").entNum()).isEqualTo(22790);
    assertThat(only("HIZBALLA")).extracting(SanctionsMatch::entNum, SanctionsMatch::kind)
        .containsExactly(4697, MatchKind.FUZZY);
    assertThat(only("HIZBALLA").score()).isCloseTo(0.9778, within(0.0001));
    assertThat(only("AEROCARIBEAN AIRLINES")).extracting(SanctionsMatch::entNum, SanctionsMatch::kind)
        .containsExactly(36, MatchKind.FUZZY);
    assertThat(only("NATIONALE BANK OF CUBA").alias().name()).isEqualTo("NATIONAL BANK OF CUBA");
    // Winkler's weighting of the first letters: a wrong first letter in a short part is too much
    assertThat(SanctionsScreen.fuzzyScore("NATIONAL BANK OF KUBA", "NATIONAL BANK OF CUBA", false)).isLessThan(0.85);
    assertThat(screen.screen("NATIONAL BANK OF KUBA")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "JOHN SMITH", "ACME PAYROLL", "ACME PAYROLL INC", "WAL MART", "WALMART", "WAL-MART STORES INC", "AMAZON COM",
      "HOME DEPOT", "JOSE GARCIA", "MARIA RODRIGUEZ", "MICHAEL JOHNSON", "JENNIFER WILLIAMS", "ROBERT BROWN",
      "GENERAL TRADING CO", "GLOBAL TRADING LLC", "FIRST NATIONAL BANK", "BANK OF AMERICA", "CITY OF CHICAGO",
      "US TREASURY 310", "IRS TREAS 310", "SOCIAL SECURITY", "PAYPAL", "VENMO", "ADP PAYROLL", "BLUE CROSS",
      // near misses
      "BANCO NACIONAL DE CHILE", "BANCO NACIONAL", "NATIONAL BANK OF CHINA", "MARY TAYLOR", "AHMED HASSAN",
      "NICOLAS MADURO", "HIZBALLAH RESTAURANT SUPPLY", "CUBA", "BNC", "HAMASS", "AEROCARIBBEAN TRAVEL",
  })
  void clearNames(String name) {
    assertThat(screen.screen(name)).as(name).isEmpty();
  }

  @Test
  void blankAndSymbolOnlyNamesAreClear() {
    assertThat(screen.screen(null)).isEmpty();
    assertThat(screen.screen("")).isEmpty();
    assertThat(screen.screen("   ")).isEmpty();
    assertThat(screen.screen("*** & ***")).isEmpty();
    assertThat(screen.best("JOHN SMITH")).isEmpty();
    assertThat(screen.best("NATIONAL BANK OF CUBA").orElseThrow().entNum()).isEqualTo(306);
  }

  @Test
  void theThresholdDecidesFuzzyMatchesOnly() {
    double morros = 0.9611; // NICOLAS MADURO MORROS: MORROS against MOROS
    assertThat(screenWith(0.96).screen("NICOLAS MADURO MORROS")).extracting(SanctionsMatch::entNum).containsExactly(22790);
    assertThat(screenWith(0.97).screen("NICOLAS MADURO MORROS")).isEmpty();
    assertThat(morros).isBetween(0.96, 0.97);
    // AHMED HASSAN against AHMAD, Hasan (22060): AHMED/AHMAD 0.907, HASSAN/HASAN 0.967; the weakest part decides
    assertThat(SanctionsScreen.fuzzyScore("AHMED HASSAN", "AHMAD, Hasan", true)).isCloseTo(0.9067, within(0.0001));
    assertThat(screen.screen("AHMED HASSAN")).isEmpty();
    assertThat(screenWith(0.90).screen("AHMED HASSAN")).extracting(SanctionsMatch::entNum).contains(22060);
    // exact, token-set and truncated matches do not depend on it
    SanctionsScreen strict = screenWith(1.0);
    assertThat(strict.screen("NATIONAL BANK OF CUBA")).extracting(SanctionsMatch::kind).containsExactly(MatchKind.EXACT);
    assertThat(strict.screen("PAGO BANCO NACIONAL CUBA MIAMI")).extracting(SanctionsMatch::kind)
        .containsExactly(MatchKind.TOKEN_SET);
    assertThat(strict.screen("BANCO NACIONAL D")).extracting(SanctionsMatch::kind).containsExactly(MatchKind.TRUNCATED);
    assertThat(strict.screen("BANCO NACIONAL DE CUBBA")).isEmpty();
  }

  @Test
  void fuzzyScoresPartByPart() {
    assertThat(SanctionsScreen.fuzzyScore("BANCO NACIONAL DE CHILE", "BANCO NACIONAL DE CUBA", false))
        .isCloseTo(JaroWinkler.similarity("CUBA", "CHILE"), within(1e-12));
    assertThat(SanctionsScreen.fuzzyScore("MARY TAYLOR", "TAYLOR, Mark", true))
        .isCloseTo(JaroWinkler.similarity("MARK", "MARY"), within(1e-12)).isLessThan(0.92);
    assertThat(SanctionsScreen.fuzzyScore("PATRICK OBRIEN", "O'BRIEN, Patrick", true)).isEqualTo(1.0);
    assertThat(SanctionsScreen.fuzzyScore("MADURO", "MADURO MOROS, Nicolas", true)).as("missing parts count 0")
        .isEqualTo(0.0);
    assertThat(SanctionsScreen.fuzzyScore("HIZBALLAH FOUNDATION", "HIZBALLAH", false))
        .as("a one-token list name against a longer name").isEqualTo(0.0);
  }

  @Test
  void theMinimumNameLengthKeepsShortNamesExact() {
    // HAMAS has five letters: below the default minimum it matches only exactly
    assertThat(screen.screen("HAMASS")).isEmpty();
    SanctionsScreen five = new SanctionsScreen(list, ScreeningOptions.defaults().withMinNameLength(5));
    assertThat(five.screen("HAMASS")).extracting(SanctionsMatch::entNum, SanctionsMatch::kind)
        .containsExactly(tuple(4695, MatchKind.FUZZY));
  }

  @Test
  void weakAliasesOnlyWhenAskedFor() {
    SanctionsScreen withWeak = new SanctionsScreen(list, ScreeningOptions.defaults().withWeakAliases(true));
    assertThat(screen.screen("BNC")).isEmpty();
    SanctionsMatch bnc = withWeak.best("BNC").orElseThrow();
    assertThat(bnc.entNum()).isEqualTo(306);
    assertThat(bnc.alias()).isEqualTo(new SdnAlias(0, AliasType.AKA, "BNC", true, null));
    assertThat(bnc.describe()).isEqualTo("SDN 306 BANCO NACIONAL DE CUBA (weak aka BNC) [CUBA] EXACT 1.000");
    assertThat(screen.screen("AHMED THE TANZANIAN")).isEmpty();
    assertThat(withWeak.screen("AHMED THE TANZANIAN")).extracting(SanctionsMatch::entNum).containsExactly(6925);
  }

  @Test
  void oneMatchPerEntryTheStrongest() {
    // HIZBALLAH is the primary name and is in several aliases (LEBANESE HIZBALLAH, HIZBALLAH INTERNATIONAL)
    List<SanctionsMatch> matches = screen.screen("LEBANESE HIZBALLAH INTERNATIONAL");
    assertThat(matches).extracting(SanctionsMatch::entNum).containsOnlyOnce(4697);
    assertThat(matches.get(0).kind()).isEqualTo(MatchKind.TOKEN_SET);
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> ScreeningOptions.defaults().withThreshold(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScreeningOptions.defaults().withThreshold(1.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScreeningOptions.defaults().withMinNameLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScreeningOptions.defaults().withMinTruncatedLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ScreeningOptions.defaults()).isEqualTo(new ScreeningOptions(0.92, 6, 15, false));
  }

  /**
   * The index is a shortcut, not a rule: on ordinary names and on list names with a typo after the third letter of a
   * part (the blocking assumption), it finds exactly what comparing with every list name finds.
   */
  @Test
  void theIndexFindsWhatAFullComparisonFinds() {
    Random random = new Random(17);
    List<String> names = new ArrayList<>();
    String[] ordinary = {"JOHN SMITH", "MARIA GARCIA LOPEZ", "ACME PAYROLL INC", "MARK TAYLOR", "GOLDEN STAR",
        "EMILY LIU", "OMAR R PATEL", "DANIEL RODRIGUEZ", "PIONEER LOGISTICS", "EAGLE LLC", "CAPITAL"};
    names.addAll(List.of(ordinary));
    for (int i = 0; i < 250; i++) {
      SdnEntry entry = list.entries().get(random.nextInt(list.size()));
      String name = entry.aliases().isEmpty() || random.nextBoolean() ? entry.name()
          : entry.aliases().get(random.nextInt(entry.aliases().size())).name();
      names.add(typo(name.toUpperCase(Locale.ROOT), random));
    }
    int matched = 0;
    for (String name : names) {
      List<SanctionsMatch> indexed = screen.screen(name);
      assertThat(indexed).as(name).isEqualTo(screen.screenWithoutIndex(name));
      matched += indexed.isEmpty() ? 0 : 1;
    }
    assertThat(matched).as("most list names with a typo are still found").isGreaterThan(180);
  }

  /** One letter of one token, from its fourth letter on, replaced, dropped or doubled. */
  private static String typo(String name, Random random) {
    String[] tokens = name.split(" ");
    int t = random.nextInt(tokens.length);
    String token = tokens[t];
    if (token.length() > 4) {
      int i = 3 + random.nextInt(token.length() - 3);
      StringBuilder s = new StringBuilder(token);
      switch (random.nextInt(3)) {
        case 0 -> s.setCharAt(i, 'X');
        case 1 -> s.deleteCharAt(i);
        default -> s.insert(i, s.charAt(i));
      }
      tokens[t] = s.toString();
    }
    return String.join(" ", tokens);
  }

  private static SanctionsMatch only(String name) {
    List<SanctionsMatch> matches = screen.screen(name);
    assertThat(matches).as(name).hasSize(1);
    return matches.get(0);
  }

  private static SanctionsScreen screenWith(double threshold) {
    return new SanctionsScreen(list, ScreeningOptions.defaults().withThreshold(threshold));
  }
}
