package io.corebank.copybook.codec;

import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import io.corebank.copybook.OdoTable;
import io.corebank.copybook.RedefinesSet;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks the elementary fields that hold data in one record, in layout order: fields of
 * REDEFINES alternatives the selector did not choose, and occurrences of an OCCURS DEPENDING ON
 * table beyond the count in use, are skipped. Values are read through {@link FieldValues} as the
 * walk goes, so when decoding, a selector sees every field decoded before its set.
 */
final class ActiveFields {
  private final Layout layout;
  private final RedefinesSelector selector;

  ActiveFields(Layout layout, RedefinesSelector selector) {
    this.layout = layout;
    this.selector = selector;
  }

  void forEach(FieldValues values, Consumer<Field> action) {
    Map<RedefinesSet, String> chosen = new IdentityHashMap<>();
    String skippedSubtree = null;
    for (Field field : layout.fields()) {
      if (skippedSubtree != null && field.path().startsWith(skippedSubtree + ".")) {
        continue;
      }
      skippedSubtree = null;
      boolean active = isChosenAlternative(field, values, chosen)
          && (field.odoOccurrence() == 0 || field.odoOccurrence() <= occurrencesInUse(values));
      if (!active) {
        skippedSubtree = field.path();
      } else if (!field.isGroup()) {
        action.accept(field);
      }
    }
  }

  /** Occurrences of the OCCURS DEPENDING ON table in use; callers compare only fields in the table. */
  int occurrencesInUse(FieldValues values) {
    Optional<OdoTable> table = layout.odoTable();
    if (table.isEmpty() || !values.has(table.get().dependingOnPath())) {
      return Integer.MAX_VALUE;
    }
    OdoTable odo = table.get();
    Field counter = layout.field(odo.dependingOnPath());
    BigDecimal count = (BigDecimal) values.value(odo.dependingOnPath());
    if (count.compareTo(BigDecimal.valueOf(odo.minOccurs())) < 0
        || count.compareTo(BigDecimal.valueOf(odo.maxOccurs())) > 0) {
      throw RecordDataException.decoding(counter.path(), counter.offsetBytes(), "OCCURS DEPENDING ON count "
          + count.toPlainString() + " is outside " + odo.minOccurs() + " to " + odo.maxOccurs());
    }
    return count.intValueExact();
  }

  private boolean isChosenAlternative(Field field, FieldValues values, Map<RedefinesSet, String> chosen) {
    Optional<RedefinesSet> set = layout.redefinesSetOf(field.path());
    if (set.isEmpty()) {
      return true;
    }
    String active = chosen.computeIfAbsent(set.get(), s -> choose(s, field, values));
    return active.equals(field.path());
  }

  private String choose(RedefinesSet set, Field firstAlternative, FieldValues values) {
    try {
      return set.resolve(selector.activeAlternative(set, values));
    } catch (IllegalArgumentException | NoSuchElementException e) {
      throw RecordDataException.decoding(firstAlternative.path(), firstAlternative.offsetBytes(),
          "cannot choose the active REDEFINES alternative: " + e.getMessage());
    }
  }
}
