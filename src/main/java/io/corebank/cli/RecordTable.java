package io.corebank.cli;

import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.FieldValues;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.RecordDataException;
import io.corebank.copybook.io.RecordFraming;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Records of a copybook as rows of a table, what the CSV and JSON forms share: one column per
 * elementary field (FILLER included, so that encoding gives back the original bytes), named by its
 * path, and optionally two framing columns that record how each line of a line-sequential file was
 * stored ({@value #LENGTH}: bytes on the line before padding, {@value #END}: {@code LF},
 * {@code CRLF} or empty for a last line without one).
 *
 * <p>Values: alphanumeric fields as their full text (trailing blanks kept), numeric fields as plain
 * decimal numbers at the picture's scale ({@code 194.00}, {@code -7.5} is accepted for a V99 field).
 */
final class RecordTable {
  static final String LENGTH = "@length";
  static final String END = "@end";

  private final Layout layout;
  private final RecordCodec codec;
  private final List<Field> columns;

  RecordTable(RecordCodec codec) {
    this.layout = codec.layout();
    this.codec = codec;
    this.columns = layout.fields().stream().filter(f -> !f.isGroup()).toList();
  }

  /** Elementary fields in layout order, every REDEFINES alternative included. */
  List<Field> columns() {
    return columns;
  }

  boolean isColumn(String name) {
    return name.equals(LENGTH) || name.equals(END) || (layout.hasField(name) && !layout.field(name).isGroup());
  }

  /** The text of a decoded value: alphanumeric as is, numeric as a plain decimal. */
  static String text(Object value) {
    return value instanceof BigDecimal number ? number.toPlainString() : (String) value;
  }

  static String terminatorName(RecordFraming framing) {
    byte[] terminator = framing.terminator();
    return terminator.length == 2 ? "CRLF" : terminator.length == 1 ? "LF" : "";
  }

  /**
   * One row read from a CSV or JSON file.
   *
   * @param location where it is, for messages ({@code line 7})
   * @param cells    column to value: String, BigDecimal (a JSON number) or null (absent)
   */
  record Row(String location, Map<String, Object> cells) {
  }

  /**
   * The record a row describes: values for exactly the fields that hold data in it (the
   * REDEFINES alternatives its record-type field selects), converted to the field's type.
   *
   * @throws BadDataException naming the row's location, the field and the problem
   */
  DecodedRecord toRecord(Row row) {
    FieldValues view = new RowValues(row);
    List<Field> active;
    try {
      active = codec.activeFields(view);
    } catch (RecordDataException e) {
      throw new BadDataException(row.location() + ": " + e.getMessage().replaceFirst("^cannot decode", "cannot encode"));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Field field : active) {
      Object cell = row.cells().get(field.path());
      if (cell == null || (field.isNumeric() && "".equals(cell))) {
        throw new BadDataException(row.location() + ": cannot encode " + field.path() + ": no value (the record uses the field)");
      }
      values.put(field.path(), convert(row, field, cell));
      used.add(field.path());
    }
    for (Map.Entry<String, Object> cell : row.cells().entrySet()) {
      String name = cell.getKey();
      if (used.contains(name) || name.equals(LENGTH) || name.equals(END) || cell.getValue() == null || "".equals(cell.getValue())) {
        continue;
      }
      if (!isColumn(name)) {
        throw new BadDataException(row.location() + ": " + name + " is not an elementary field of " + layout.name());
      }
      throw new BadDataException(row.location() + ": " + name + " has a value but this record does not use the field"
          + " (another REDEFINES alternative holds the data)");
    }
    return DecodedRecord.of(values);
  }

  /**
   * How to store the record on a line: as the row's framing columns say, else the whole record
   * and LF.
   */
  RecordFraming lineFraming(Row row, int recordLengthBytes) {
    Object length = row.cells().get(LENGTH);
    Object end = row.cells().get(END);
    int stored = recordLengthBytes;
    if (length != null && !"".equals(length)) {
      try {
        stored = new BigDecimal(text(length).strip()).intValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw new BadDataException(row.location() + ": " + LENGTH + " '" + length + "' is not a whole number");
      }
      if (stored < 0 || stored > recordLengthBytes) {
        throw new BadDataException(row.location() + ": " + LENGTH + " " + stored + " is outside 0 to the record length "
            + recordLengthBytes);
      }
    }
    byte[] terminator = end == null ? new byte[] {'\n'} : switch (text(end)) {
      case "LF" -> new byte[] {'\n'};
      case "CRLF" -> new byte[] {'\r', '\n'};
      case "" -> RecordFraming.NO_TERMINATOR;
      default -> throw new BadDataException(row.location() + ": " + END + " '" + end + "' is not LF, CRLF or empty");
    };
    return new RecordFraming(stored, terminator);
  }

  /** True when the row carries framing values, which only line-sequential files have. */
  static boolean hasFraming(Row row) {
    return List.of(LENGTH, END).stream().map(row.cells()::get).anyMatch(v -> v != null && !"".equals(v));
  }

  private static Object convert(Row row, Field field, Object cell) {
    if (!field.isNumeric()) {
      if (!(cell instanceof String)) {
        throw new BadDataException(row.location() + ": cannot encode " + field.path() + ": " + text(cell)
            + " is a number; alphanumeric PIC " + picture(field) + " needs text");
      }
      return cell;
    }
    if (cell instanceof BigDecimal number) {
      return number;
    }
    try {
      return new BigDecimal(((String) cell).strip());
    } catch (NumberFormatException e) {
      throw new BadDataException(row.location() + ": cannot encode " + field.path() + ": '" + cell
          + "' is not a number (PIC " + picture(field) + ")");
    }
  }

  private static String picture(Field field) {
    return field.picture().map(p -> p.text()).orElse("?");
  }

  /** The row's values as the REDEFINES selector sees them while the active fields are chosen. */
  private final class RowValues implements FieldValues {
    private final Row row;

    RowValues(Row row) {
      this.row = row;
    }

    @Override
    public boolean has(String path) {
      Object cell = row.cells().get(path);
      return cell != null && !"".equals(cell);
    }

    @Override
    public Object value(String path) {
      if (!has(path)) {
        throw new NoSuchElementException("no value for " + path);
      }
      return convert(row, layout.field(path), row.cells().get(path));
    }
  }
}
