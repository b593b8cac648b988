package io.corebank.copybook.codec;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The values of one record: elementary field path to String (alphanumeric, FILLER included so
 * that re-encoding is byte exact) or BigDecimal (numeric, with the picture's scale). Fields of
 * inactive REDEFINES alternatives and unused OCCURS DEPENDING ON occurrences are absent.
 * Immutable; {@link #with} returns a changed copy.
 */
public final class DecodedRecord implements FieldValues {
  private final Map<String, Object> values;

  private DecodedRecord(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** A record from values in layout order (the order is kept for printing and comparison). */
  public static DecodedRecord of(Map<String, ?> values) {
    return new DecodedRecord(new LinkedHashMap<>(values));
  }

  /** Path to value, in layout order. */
  public Map<String, Object> values() {
    return values;
  }

  @Override
  public boolean has(String path) {
    return values.containsKey(path);
  }

  @Override
  public Object value(String path) {
    Object value = values.get(path);
    if (value == null) {
      throw new NoSuchElementException("record has no value for " + path);
    }
    return value;
  }

  public String text(String path) {
    return (String) value(path);
  }

  public BigDecimal number(String path) {
    return (BigDecimal) value(path);
  }

  public DecodedRecord with(String path, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.put(path, value);
    return new DecodedRecord(changed);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DecodedRecord record && values.equals(record.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
