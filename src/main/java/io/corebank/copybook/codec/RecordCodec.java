package io.corebank.copybook.codec;

import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Decodes record bytes into a {@link DecodedRecord} and encodes it back. Valid records
 * round-trip byte for byte, provided their signs are in the preferred form (C/D zones and
 * nibbles for signed items, F for unsigned ones) and no negative zero is stored.
 */
public final class RecordCodec {
  private final Layout layout;
  private final TextEncoding encoding;
  private final ActiveFields activeFields;
  private final AlphanumericCodec alphanumeric;
  private final ZonedDecimalCodec zoned;
  private final PackedDecimalCodec packed = new PackedDecimalCodec();
  private final BinaryCodec binary = BinaryCodec.pictureLimited();
  private final BinaryCodec nativeBinary = BinaryCodec.nativeRange();

  public RecordCodec(Layout layout, CodecOptions options) {
    this.layout = layout;
    this.encoding = options.encoding();
    this.activeFields = new ActiveFields(layout, options.selector());
    this.alphanumeric = new AlphanumericCodec(encoding);
    this.zoned = new ZonedDecimalCodec(encoding);
  }

  public Layout layout() {
    return layout;
  }

  /**
   * @param record the record bytes; for a fixed layout exactly the record length, for an
   *               OCCURS DEPENDING ON layout at least the length implied by the count and at
   *               most the maximum (bytes after the occurrences in use are ignored)
   * @throws RecordDataException naming the field, offset and rule when the bytes are invalid
   */
  public DecodedRecord decode(byte[] record) {
    checkLength(record.length);
    Map<String, Object> values = new LinkedHashMap<>();
    FieldValues soFar = new MapValues(values);
    activeFields.forEach(soFar, field -> {
      if (field.endOffsetBytes() > record.length) {
        throw RecordDataException.decoding(field.path(), field.offsetBytes(), "record of " + record.length
            + " bytes ends inside the field (" + field.lengthBytes() + " bytes)");
      }
      values.put(field.path(), codecFor(field).decode(record, field));
    });
    return DecodedRecord.of(values);
  }

  /**
   * @return the record bytes; bytes no active field covers (the tail of a shorter REDEFINES
   *         alternative) are spaces
   * @throws RecordDataException when a value is missing, of the wrong type or does not fit
   */
  public byte[] encode(DecodedRecord record) {
    int occurrences = activeFields.occurrencesInUse(record);
    byte[] bytes = new byte[occurrences == Integer.MAX_VALUE
        ? layout.maxRecordLengthBytes() : layout.recordLengthBytes(occurrences)];
    Arrays.fill(bytes, encoding.spaceByte());
    Set<String> written = new HashSet<>();
    activeFields.forEach(record, field -> {
      if (!record.has(field.path())) {
        throw RecordDataException.encoding(field.path(), field.offsetBytes(), "record has no value for the field");
      }
      codecFor(field).encode(record.value(field.path()), bytes, field);
      written.add(field.path());
    });
    if (written.size() != record.values().size()) {
      Set<String> unused = new HashSet<>(record.values().keySet());
      unused.removeAll(written);
      throw new IllegalArgumentException("values for fields that are unknown or not active in this record: "
          + unused);
    }
    return bytes;
  }

  /**
   * The elementary fields that hold data in a record with these values, in layout order: the
   * REDEFINES alternatives the selector chooses (it sees {@code values}) and the OCCURS DEPENDING
   * ON occurrences the count allows. What {@link #encode} requires values for, and nothing else.
   */
  public List<Field> activeFields(FieldValues values) {
    List<Field> fields = new ArrayList<>();
    activeFields.forEach(values, fields::add);
    return fields;
  }

  private void checkLength(int lengthBytes) {
    int max = layout.maxRecordLengthBytes();
    boolean valid = layout.odoTable()
        .map(t -> lengthBytes >= t.recordLengthBytes(t.minOccurs()) && lengthBytes <= max)
        .orElse(lengthBytes == max);
    if (!valid) {
      throw new IllegalArgumentException("record of " + lengthBytes + " bytes does not match layout "
          + layout.name() + " (" + (layout.isVariableLength() ? "at most " : "") + max + " bytes)");
    }
  }

  private FieldCodec codecFor(Field field) {
    return switch (field.type()) {
      case ALPHANUMERIC -> alphanumeric;
      case ZONED_DECIMAL -> zoned;
      case PACKED_DECIMAL -> packed;
      case BINARY -> binary;
      case NATIVE_BINARY -> nativeBinary;
      case GROUP -> throw new IllegalStateException("group " + field.path() + " has no codec");
    };
  }

  /** The values decoded so far, seen by the selector while a record is being decoded. */
  private record MapValues(Map<String, Object> values) implements FieldValues {
    @Override
    public boolean has(String path) {
      return values.containsKey(path);
    }

    @Override
    public Object value(String path) {
      if (!values.containsKey(path)) {
        throw new NoSuchElementException("no value decoded yet for " + path);
      }
      return values.get(path);
    }
  }
}
