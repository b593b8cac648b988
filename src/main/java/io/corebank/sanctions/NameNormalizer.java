package io.corebank.sanctions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one normalization applied alike to list names and to screened names, so that both compare as equals.
 *
 * <ol>
 *   <li>Accents are stripped: Unicode NFKD decomposition, then combining marks dropped
 *       ({@code Raúl} becomes {@code RAUL}); the Latin letters NFKD leaves whole are spelt out
 *       (Æ AE, Œ OE, Ø O, Ł L, Đ and Ð D, Þ TH, dotless ı I; ß becomes SS when upper-cased).</li>
 *   <li>Upper case (root locale).</li>
 *   <li>Apostrophes are removed, joining the letters around them: {@code O'BRIEN} is {@code OBRIEN},
 *       {@code AL-QA'IDA} is {@code AL QAIDA} (the convention of commercial screening engines, and what ACH
 *       originators usually send).</li>
 *   <li>Dotted abbreviations of single letters are joined: {@code S.A. DE C.V.} is {@code SA DE CV},
 *       {@code L.T.D.} is {@code LTD}; a lone initial ({@code JOHN F. KENNEDY}) stays a separate letter.</li>
 *   <li>Every other character that is not A-Z or 0-9 (punctuation, symbols, other scripts) becomes a space;
 *       runs of spaces collapse to one; leading and trailing spaces go.</li>
 * </ol>
 *
 * <p>For entities, vessels and aircraft (not for individuals, where {@code DE}, {@code LA} or {@code DA} are
 * part of a surname) the tokens of {@link #ENTITY_STOP_TOKENS} are then dropped: legal forms and filler words
 * carry no identity, are written in many ways (CO, CO., COMPANY) and are the first casualties of a 16-character
 * ACH company name field. The list is deliberately short and closed: generic business words (GROUP, TRADING,
 * BANK, INTERNATIONAL, HOLDING) are kept because in a sanctions list they are part of the name. Arabic
 * articles (AL, EL) and particles (ABU, BIN) are kept. If every token of a name is a stop token, the name
 * keeps them all.
 *
 * <p>Individual names on the SDN list are written {@code LAST, First Middle}; {@link #individualOrders}
 * gives both {@code LAST FIRST MIDDLE} and {@code FIRST MIDDLE LAST}.
 */
public final class NameNormalizer {

  /** Legal forms and filler words dropped from the names of entities, vessels and aircraft. */
  public static final Set<String> ENTITY_STOP_TOKENS = Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(
      // English legal forms
      "CO", "COMPANY", "CORP", "CORPORATION", "INC", "INCORPORATED", "LIMITED", "LTD", "LLC", "LLP", "LP", "PLC",
      "PTE", "PTY", "PVT",
      // continental European and Latin American legal forms
      "AG", "GMBH", "KG", "BV", "NV", "SA", "SAS", "SARL", "SRL", "SPA", "SL", "SAC", "SAL", "CV", "RL", "LTDA",
      "CIA", "CIE", "CA",
      // Russian, Ukrainian, Belarusian, Kazakh, Balkan, Bulgarian, Turkish, Malaysian, Gulf free-zone, Nordic forms
      "OOO", "OAO", "ZAO", "PAO", "AO", "JSC", "OJSC", "CJSC", "PJSC", "TOO", "DOO", "OOD", "EOOD", "STI", "SDN",
      "BHD", "FZE", "FZCO", "FZC", "AS", "AB",
      // filler words (English, Spanish, Portuguese, French, German)
      "THE", "OF", "AND", "FOR", "DE", "DEL", "EN", "LA", "LAS", "LOS", "Y", "DA", "DO", "DOS", "DAS", "DU", "DES", "LE",
      "LES", "ET", "UND")));

  private NameNormalizer() {
  }

  /** Upper-cased, accent-free, punctuation-free name with single spaces; "" for null or a name of symbols only. */
  public static String normalize(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String s = name;
    if (!isAscii(s)) {
      s = s.replace('\u00b4', '\''); // NFKD would turn the acute accent used as an apostrophe into a space
      s = Normalizer.normalize(s, Normalizer.Form.NFKD);
      StringBuilder folded = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK) {
          continue;
        }
        folded.append(spellOut(c));
      }
      s = folded.toString();
    }
    s = s.toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isApostrophe(c)) {
        continue;
      }
      if (isAlnum(c)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
        if (isLetter(c) && isJoinedAbbreviationDot(s, i)) {
          i++; // the dot of S.A.: the next letter continues this token
        }
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  /** The tokens of a normalized name. */
  public static List<String> tokens(String normalized) {
    if (normalized.isEmpty()) {
      return List.of();
    }
    return List.of(normalized.split(" "));
  }

  /** The tokens without {@link #ENTITY_STOP_TOKENS}; all of them if nothing else would remain. */
  public static List<String> entityTokens(List<String> tokens) {
    List<String> kept = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      if (!ENTITY_STOP_TOKENS.contains(token)) {
        kept.add(token);
      }
    }
    return kept.isEmpty() ? tokens : List.copyOf(kept);
  }

  /**
   * The normalized forms of an individual's name written {@code LAST, First Middle}: {@code LAST FIRST MIDDLE}
   * then {@code FIRST MIDDLE LAST}; only the first if there is no comma or nothing after it.
   */
  public static List<String> individualOrders(String name) {
    String asWritten = normalize(name);
    int comma = name.indexOf(',');
    if (comma < 0) {
      return List.of(asWritten);
    }
    String first = normalize(name.substring(comma + 1));
    String last = normalize(name.substring(0, comma));
    if (first.isEmpty() || last.isEmpty()) {
      return List.of(asWritten);
    }
    String reordered = first + " " + last;
    return reordered.equals(asWritten) ? List.of(asWritten) : List.of(asWritten, reordered);
  }

  // ---------------------------------------------------------------------------------------------------------

  /** s[i] is a single letter (no letter or digit before it), followed by '.', then by another single letter. */
  private static boolean isJoinedAbbreviationDot(String s, int i) {
    int n = s.length();
    if (i + 2 >= n || s.charAt(i + 1) != '.' || !isLetter(s.charAt(i + 2))) {
      return false;
    }
    if (i > 0 && (isAlnum(s.charAt(i - 1)) || isApostrophe(s.charAt(i - 1)))) {
      return false;
    }
    return i + 3 >= n || !isAlnum(s.charAt(i + 3));
  }

  private static String spellOut(char c) {
    return switch (c) {
      case 'Æ' -> "AE";
      case 'æ' -> "ae";
      case 'Œ' -> "OE";
      case 'œ' -> "oe";
      case 'Ø' -> "O";
      case 'ø' -> "o";
      case 'Ł' -> "L";
      case 'ł' -> "l";
      case 'Đ', 'Ð' -> "D";
      case 'đ', 'ð' -> "d";
      case 'Þ' -> "TH";
      case 'þ' -> "th";
      case 'ı' -> "i";
      default -> String.valueOf(c);
    };
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bc' || c == '\u02bb' || c == '\u00b4';
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
