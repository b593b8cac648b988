package io.corebank.copybook.codec;

import io.corebank.copybook.RedefinesSet;

/**
 * Chooses which alternative of a REDEFINES set holds data in a record. The codec asks once per
 * set and record, when it reaches the set; the values decoded so far (everything before the
 * set in the record) are available, which is where a record-type field normally sits.
 */
@FunctionalInterface
public interface RedefinesSelector {

  /**
   * @param set          the redefined item and its redefinitions
   * @param valuesSoFar  the values of the fields before the set (all values when encoding)
   * @return the path, or the data name, of the active alternative
   */
  String activeAlternative(RedefinesSet set, FieldValues valuesSoFar);

  /** Always the redefined item itself: what a COBOL program sees without further logic. */
  static RedefinesSelector firstAlternative() {
    return (set, values) -> set.basePath();
  }
}
