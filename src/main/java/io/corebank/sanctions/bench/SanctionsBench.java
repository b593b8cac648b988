package io.corebank.sanctions.bench;

import io.corebank.sanctions.MatchKind;
import io.corebank.sanctions.SanctionsMatch;
import io.corebank.sanctions.SanctionsScreen;
import io.corebank.sanctions.SdnEntry;
import io.corebank.sanctions.SdnList;
import io.corebank.sanctions.SdnType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Screens generated ACH names against the SDN list on one thread and prints names screened per second (it
 * measures, it asserts nothing).
 *
 * <p>The names look like ACH entry names: upper case, individuals cut to 22 characters, companies to 16. By
 * default 99% are ordinary US names (first, optional middle initial, last; companies of one or two words and a
 * legal form) and 1% are list names (primary or alias, individuals in either order), cut the same way, so that the
 * hit paths are timed too. Then it prints how many names hit, by kind, and the hits among the ordinary names
 * (false positives of the rules on this vocabulary).
 *
 * <p>Arguments: [directory of sdn.csv, alt.csv, add.csv] [names] [rounds] [seed].
 */
public final class SanctionsBench {

  private static final String DEFAULT_DIR = "src/test/resources/ofac";

  private static final String[] FIRST = {
      "JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID", "ELIZABETH", "WILLIAM",
      "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH", "CHRISTOPHER", "KAREN", "CHARLES", "LISA",
      "DANIEL", "NANCY", "MATTHEW", "BETTY", "ANTHONY", "SANDRA", "MARK", "MARGARET", "DONALD", "ASHLEY", "STEVEN",
      "KIMBERLY", "ANDREW", "EMILY", "PAUL", "DONNA", "JOSHUA", "MICHELLE", "KENNETH", "CAROL", "KEVIN", "AMANDA",
      "BRIAN", "MELISSA", "GEORGE", "DEBORAH", "TIMOTHY", "STEPHANIE", "JOSE", "MARIA", "LUIS", "CARMEN", "CARLOS",
      "ANA", "JUAN", "ROSA", "WEI", "MEI", "HUONG", "MINH", "PRIYA", "RAHUL", "OMAR", "FATIMA", "AHMED", "AISHA",
      "DMITRI", "OLGA", "IVAN", "TATIANA", "KWAME", "AMARA", "HIROSHI", "YUKI", "SEAN", "SIOBHAN", "PIERRE", "CLAIRE"};
  private static final String[] LAST = {
      "SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ",
      "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN", "LEE",
      "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ", "LEWIS", "ROBINSON", "WALKER", "YOUNG",
      "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES", "NGUYEN", "HILL", "FLORES", "GREEN", "ADAMS", "NELSON", "BAKER",
      "HALL", "RIVERA", "CAMPBELL", "MITCHELL", "CARTER", "ROBERTS", "PATEL", "SHAH", "KHAN", "ALI", "HASSAN",
      "IBRAHIM", "IVANOV", "PETROV", "KOWALSKI", "NOWAK", "MULLER", "SCHMIDT", "ROSSI", "RUSSO", "DUBOIS", "OKAFOR",
      "MENSAH", "TANAKA", "SATO", "KIM", "PARK", "CHEN", "WANG", "LIU", "TRAN", "PHAM", "OBRIEN", "MURPHY", "KELLY"};
  private static final String[] BUSINESS = {
      "ACME", "ATLAS", "SUMMIT", "PIONEER", "EAGLE", "LIBERTY", "PRAIRIE", "HARBOR", "MIDWEST", "PACIFIC", "COASTAL",
      "BLUE", "RIVER", "OAK", "MAPLE", "CEDAR", "GOLDEN", "STAR", "CAPITAL", "FIRST", "UNITED", "AMERICAN", "METRO",
      "VALLEY", "NORTHERN", "SOUTHERN", "GLOBAL", "PREMIER", "ALLIED", "HOMETOWN", "PAYROLL", "PLUMBING", "ROOFING",
      "DENTAL", "MEDICAL", "LOGISTICS", "TRUCKING", "FARMS", "FOODS", "SUPPLY", "ELECTRIC", "AUTO", "REALTY",
      "INSURANCE", "CONSULTING", "BAKERY", "LANDSCAPING", "SERVICES", "SOLUTIONS", "SYSTEMS", "PARTNERS", "TRADING"};
  private static final String[] LEGAL = {"INC", "LLC", "CO", "CORP", "LTD", "", "", ""};

  private SanctionsBench() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : DEFAULT_DIR);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20_240_101L;

    long t0 = System.nanoTime();
    SdnList list = SdnList.load(dir);
    long t1 = System.nanoTime();
    SanctionsScreen screen = new SanctionsScreen(list);
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "list: %d entries, %d aliases (+%d weak), %d addresses; load %.0f ms, index %.0f ms"
            + " (%d list names)%n", list.size(), list.aliasCount(), list.weakAliasCount(), list.addressCount(),
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, screen.listNameCount());

    Random random = new Random(seed);
    List<String> names = new ArrayList<>(count);
    boolean[] fromList = new boolean[count];
    List<SdnEntry> entries = list.entries();
    for (int i = 0; i < count; i++) {
      if (random.nextInt(100) == 0) {
        names.add(listName(entries.get(random.nextInt(entries.size())), random));
        fromList[i] = true;
      } else {
        names.add(random.nextInt(3) == 0 ? company(random) : individual(random));
      }
    }

    Map<MatchKind, Integer> kinds = new EnumMap<>(MatchKind.class);
    int hits = 0;
    int listHits = 0;
    int listNames = 0;
    List<String> falsePositives = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      int roundHits = 0;
      for (int i = 0; i < count; i++) {
        List<SanctionsMatch> matches = screen.screen(names.get(i));
        if (!matches.isEmpty()) {
          roundHits++;
          if (round == 0) {
            kinds.merge(matches.get(0).kind(), 1, Integer::sum);
            if (fromList[i]) {
              listHits++;
            } else {
              falsePositives.add(names.get(i) + " -> " + matches.get(0).describe());
            }
          }
        }
        if (round == 0 && fromList[i]) {
          listNames++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      hits = roundHits;
      System.out.printf(Locale.ROOT, "round %d: %,d names in %.2f s, %,.0f names/s, %d hits%n",
          round + 1, count, seconds, count / seconds, roundHits);
    }
    System.out.printf(Locale.ROOT, "hits %d by kind %s; list names %d of %d hit; ordinary names hit: %d%n",
        hits, kinds, listHits, listNames, falsePositives.size());
    falsePositives.stream().limit(20).forEach(line -> System.out.println("  " + line));
  }

  private static String individual(Random random) {
    String first = pick(FIRST, random);
    String last = pick(LAST, random);
    String middle = random.nextInt(3) == 0 ? " " + (char) ('A' + random.nextInt(26)) : "";
    return cut(first + middle + " " + last, 22);
  }

  private static String company(Random random) {
    String name = pick(BUSINESS, random) + (random.nextBoolean() ? " " + pick(BUSINESS, random) : "");
    String legal = pick(LEGAL, random);
    return cut(legal.isEmpty() ? name : name + " " + legal, 16);
  }

  /** A primary or alias name of the entry as an ACH originator would write it: upper case, cut to the field. */
  private static String listName(SdnEntry entry, Random random) {
    String name = entry.name();
    if (!entry.aliases().isEmpty() && random.nextBoolean()) {
      name = entry.aliases().get(random.nextInt(entry.aliases().size())).name();
    }
    boolean individual = entry.type() == SdnType.INDIVIDUAL;
    int comma = name.indexOf(',');
    if (individual && comma > 0 && random.nextBoolean()) {
      name = name.substring(comma + 1).trim() + " " + name.substring(0, comma).trim();
    }
    return cut(name.toUpperCase(Locale.ROOT), individual ? 22 : 16);
  }

  private static String cut(String name, int length) {
    return name.length() <= length ? name : name.substring(0, length).trim();
  }

  private static String pick(String[] values, Random random) {
    return values[random.nextInt(values.length)];
  }
}
