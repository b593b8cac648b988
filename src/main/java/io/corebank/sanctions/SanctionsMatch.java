package io.corebank.sanctions;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A screened name that matched the list: the item must be held for review, never posted.
 *
 * @param entry       the SDN entry matched
 * @param alias       the alias that matched, or null when the primary name matched
 * @param matchedName the list name that matched, as OFAC writes it (the primary name or the alias)
 * @param kind        which rule matched
 * @param score       1 for exact and token-set matches, the covered part of the list name for truncated ones,
 *                    the fuzzy score otherwise
 */
public record SanctionsMatch(SdnEntry entry, SdnAlias alias, String matchedName, MatchKind kind, double score) {

  public SanctionsMatch {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(kind, "kind");
  }

  public int entNum() {
    return entry.entNum();
  }

  /** The SDN_Name of the entry, whatever name matched. */
  public String primaryName() {
    return entry.name();
  }

  public List<String> programs() {
    return entry.programs();
  }

  public boolean viaAlias() {
    return alias != null;
  }

  /** One line for a review queue or a report. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append("SDN ").append(entry.entNum()).append(' ').append(entry.name());
    if (alias != null) {
      s.append(" (").append(alias.weak() ? "weak " : "").append(alias.type().name().toLowerCase(Locale.ROOT))
          .append(' ').append(alias.name()).append(')');
    }
    s.append(" [").append(String.join("] [", entry.programs())).append("] ").append(kind)
        .append(String.format(Locale.ROOT, " %.3f", score));
    return s.toString();
  }
}
