package io.corebank.copybook.codec;

/** Read access to field values by path; what a {@link RedefinesSelector} may look at. */
public interface FieldValues {

  /** True when the field has a value (fields of inactive REDEFINES alternatives have none). */
  boolean has(String path);

  /**
   * The value of an elementary field: String for alphanumeric, BigDecimal for numeric.
   *
   * @throws java.util.NoSuchElementException when the field has no value
   */
  Object value(String path);
}
