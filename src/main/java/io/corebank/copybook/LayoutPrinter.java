package io.corebank.copybook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a layout as a fixed-width table: level, name (indented by nesting), PICTURE and
 * USAGE, offset, length, type and notes, with level-88 conditions under their item.
 * Offsets are printed 1-based, the way mainframe compile listings and file-aid tools show
 * record positions.
 */
public final class LayoutPrinter {

  private LayoutPrinter() {
  }

  public static String render(Layout layout) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"LVL", "NAME", "PIC / USAGE", "OFFSET", "LENGTH", "TYPE", "NOTES"});
    for (Field field : layout.fields()) {
      rows.add(new String[] {
          String.format("%02d", field.level()),
          indent(field) + displayName(field),
          pictureAndUsage(field),
          Integer.toString(field.offsetBytes() + 1),
          Integer.toString(field.lengthBytes()),
          field.type().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          notes(field)});
      for (ConditionName condition : field.conditions()) {
        rows.add(new String[] {"88", indent(field) + "  " + condition.name(), values(condition), "", "", "", ""});
      }
    }
    StringBuilder text = new StringBuilder();
    text.append("Layout ").append(layout.name()).append(": record length ")
        .append(layout.maxRecordLengthBytes()).append(" bytes")
        .append(layout.isVariableLength() ? " at most (OCCURS DEPENDING ON)" : "").append('\n');
    text.append("OFFSET is 1-based: the first byte of the record is offset 1. LENGTH is in bytes.\n");
    int[] widths = widths(rows);
    for (String[] row : rows) {
      text.append(format(row, widths)).append('\n');
    }
    return text.toString();
  }

  private static String indent(Field field) {
    int depth = (int) field.path().chars().filter(c -> c == '.').count();
    return "  ".repeat(depth);
  }

  private static String displayName(Field field) {
    String segment = field.path().substring(field.path().lastIndexOf('.') + 1);
    return segment.startsWith("FILLER#") ? "FILLER" : segment;
  }

  private static String pictureAndUsage(Field field) {
    String usage = field.usage() == Usage.DISPLAY ? "" : field.usage().cobolName();
    String picture = field.picture().map(Picture::text).orElse("");
    String sign = field.sign().filter(s -> s.leading() || s.separate()).map(SignSpec::describe).orElse("");
    return String.join(" ", List.of(picture, usage, sign).stream().filter(s -> !s.isEmpty()).toList());
  }

  private static String notes(Field field) {
    List<String> notes = new ArrayList<>();
    if (field.isNumeric()) {
      notes.add((field.signed() ? "signed " : "unsigned ") + field.digits() + " digits, scale " + field.scale());
    }
    field.redefinesPath().ifPresent(p -> notes.add("REDEFINES " + p.substring(p.lastIndexOf('.') + 1)));
    if (field.odoOccurrence() > 0) {
      notes.add("variable occurrence " + field.odoOccurrence());
    }
    return String.join("; ", notes);
  }

  private static String values(ConditionName condition) {
    return "VALUE " + String.join(" ", condition.values().stream().map(ConditionName.ConditionValue::display).toList());
  }

  private static int[] widths(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    return widths;
  }

  /** Text columns left-aligned, OFFSET and LENGTH right-aligned. */
  private static String format(String[] row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.length; i++) {
      boolean rightAligned = i == 3 || i == 4;
      String cell = rightAligned ? " ".repeat(widths[i] - row[i].length()) + row[i]
          : row[i] + " ".repeat(widths[i] - row[i].length());
      line.append(cell).append(i < row.length - 1 ? "  " : "");
    }
    return line.toString().stripTrailing();
  }
}
