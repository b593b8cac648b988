package io.corebank.copybook.parse;

import io.corebank.copybook.ConditionName;
import io.corebank.copybook.Literal;
import io.corebank.copybook.Picture;
import io.corebank.copybook.SignSpec;
import io.corebank.copybook.SourcePosition;
import io.corebank.copybook.Usage;

import java.util.ArrayList;
import java.util.List;

/**
 * One data description entry as written (level, name and clauses), before layout. Filled in
 * clause by clause by the {@link Parser}; a null clause field means the clause was not written.
 */
final class DataEntry {

  /** OCCURS clause; {@code dependingOn} is null for a fixed table. */
  record Occurs(int minTimes, int maxTimes, String dependingOn, SourcePosition position) {
    boolean isVariable() {
      return dependingOn != null;
    }
  }

  final int level;
  final SourcePosition position;
  final String name;
  final boolean filler;
  Picture picture;
  SourcePosition picturePosition;
  Usage usage;
  SourcePosition usagePosition;
  SignSpec sign;
  SourcePosition signPosition;
  Occurs occurs;
  String redefines;
  SourcePosition redefinesPosition;
  Literal value;
  final List<ConditionName> conditions = new ArrayList<>();

  DataEntry(int level, SourcePosition position, String name, boolean filler) {
    this.level = level;
    this.position = position;
    this.name = name;
    this.filler = filler;
  }
}
