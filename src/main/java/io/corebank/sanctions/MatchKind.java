package io.corebank.sanctions;

/** How a screened name matched a list name, strongest first. See {@link SanctionsScreen} for the rules. */
public enum MatchKind {
  /** The normalized names are equal (spaces ignored; individuals in either name order). Score 1. */
  EXACT,
  /** Every token of the list name is in the screened name, in any order, among other tokens. Score 1. */
  TOKEN_SET,
  /** The screened name, long enough, is the beginning of the list name. Score: the part of the list name covered. */
  TRUNCATED,
  /** The Jaro-Winkler score of the names, part by part, is at least the threshold. */
  FUZZY
}
