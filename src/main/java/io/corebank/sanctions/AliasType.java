package io.corebank.sanctions;

import java.util.Locale;

/** The alt_type column of alt.csv: also known as, formerly known as, now known as. */
public enum AliasType {
  AKA, FKA, NKA;

  static AliasType of(String value) {
    if (value == null) {
      throw new IllegalArgumentException("alt_type is empty");
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "aka" -> AKA;
      case "fka" -> FKA;
      case "nka" -> NKA;
      default -> throw new IllegalArgumentException("unknown alt_type '" + value + "'");
    };
  }
}
