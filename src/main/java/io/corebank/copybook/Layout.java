package io.corebank.copybook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A compiled copybook: every item in source order with its byte position, plus what the codec
 * needs to handle REDEFINES and OCCURS DEPENDING ON.
 */
public final class Layout {
  private final String name;
  private final List<Field> fields;
  private final Map<String, Field> fieldsByPath;
  private final Map<String, RedefinesSet> redefinesSetsByMember;
  private final List<RedefinesSet> redefinesSets;
  private final int maxRecordLengthBytes;
  private final Optional<OdoTable> odoTable;

  public Layout(String name, List<Field> fields, List<RedefinesSet> redefinesSets,
          int maxRecordLengthBytes, Optional<OdoTable> odoTable) {
    this.name = name;
    this.fields = List.copyOf(fields);
    this.redefinesSets = List.copyOf(redefinesSets);
    this.maxRecordLengthBytes = maxRecordLengthBytes;
    this.odoTable = odoTable;
    this.fieldsByPath = new LinkedHashMap<>();
    this.fields.forEach(f -> fieldsByPath.put(f.path(), f));
    this.redefinesSetsByMember = new LinkedHashMap<>();
    this.redefinesSets.forEach(set -> set.alternativePaths().forEach(p -> redefinesSetsByMember.put(p, set)));
  }

  /** The copybook name given to the compiler, used in messages. */
  public String name() {
    return name;
  }

  /** Groups and elementary items in source order, OCCURS expanded to every occurrence. */
  public List<Field> fields() {
    return fields;
  }

  public Field field(String path) {
    Field field = fieldsByPath.get(path);
    if (field == null) {
      throw new NoSuchElementException("no field " + path + " in layout " + name);
    }
    return field;
  }

  public boolean hasField(String path) {
    return fieldsByPath.containsKey(path);
  }

  public List<RedefinesSet> redefinesSets() {
    return redefinesSets;
  }

  /** The REDEFINES set the item at {@code path} is an alternative of, if any. */
  public Optional<RedefinesSet> redefinesSetOf(String path) {
    return Optional.ofNullable(redefinesSetsByMember.get(path));
  }

  /** Record length with every OCCURS DEPENDING ON table at its maximum. */
  public int maxRecordLengthBytes() {
    return maxRecordLengthBytes;
  }

  public Optional<OdoTable> odoTable() {
    return odoTable;
  }

  public boolean isVariableLength() {
    return odoTable.isPresent();
  }

  /** Record length for a record whose DEPENDING ON item holds {@code occurrences}. */
  public int recordLengthBytes(int occurrences) {
    return odoTable.map(t -> t.recordLengthBytes(occurrences)).orElse(maxRecordLengthBytes);
  }
}
