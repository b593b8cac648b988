package io.corebank.online.message;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.ConditionName;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the tables of {@code file-formats/online-messages.md} from the compiled OL copybooks: one table per
 * message with each field's offset, length and picture from the layout, and its meaning from the comment lines
 * right above the field in the copybook. {@link OnlineMessageFormatsDocTest} fails when the committed document's
 * tables differ; run it with {@code -Dcorebank.regenerate=true} (or run {@link #main}) to rewrite them.
 */
final class OnlineMessageFormatsDoc {
  static final Path DOCUMENT = Path.of("file-formats/online-messages.md");
  static final String BEGIN = "<!-- BEGIN GENERATED TABLES: OnlineMessageFormatsDoc, do not edit by hand -->";
  static final String END = "<!-- END GENERATED TABLES -->";

  private static final Pattern ENTRY = Pattern.compile("\\s*(\\d\\d)\\s+([A-Z0-9-]+).*");
  private static final String FILLER_MEANING = "Reserved for later versions: spaces.";

  private OnlineMessageFormatsDoc() {
  }

  public static void main(String[] args) throws IOException {
    Files.writeString(DOCUMENT, withTables(Files.readString(DOCUMENT)));
  }

  /** The document with its generated block replaced by the current tables. */
  static String withTables(String document) {
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(DOCUMENT + " has no " + BEGIN + " ... " + END + " block");
    }
    return document.substring(0, begin) + BEGIN + "\n\n" + tables() + "\n" + document.substring(end);
  }

  static String tables() {
    StringBuilder text = new StringBuilder();
    text.append(table("OLHDR", null));
    for (MessageType type : MessageType.values()) {
      text.append('\n').append(table(type.copybook(), type));
    }
    return text.toString();
  }

  private static String table(String copybook, MessageType type) {
    Path file = Path.of("copybooks", copybook + ".cpy");
    Layout layout = CopybookCompiler.compile(file, CompileOptions.defaults());
    List<String> lines = read(file);
    Map<String, String> meanings = meanings(lines);
    String title = lines.get(1).substring(7).strip();
    title = title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
    StringBuilder text = new StringBuilder();
    text.append("### ").append(type == null ? "Header" : type.code()).append(": `").append(copybook)
        .append(".cpy`, ").append(layout.maxRecordLengthBytes()).append(" bytes\n\n");
    String description = title.substring(title.indexOf(" - ") + 3);
    text.append(Character.toUpperCase(description.charAt(0))).append(description.substring(1)).append(".\n\n");
    text.append("| Field | Offset | Length | Picture | Meaning |\n");
    text.append("| --- | ---: | ---: | --- | --- |\n");
    for (Field field : layout.fields().subList(1, layout.fields().size())) {
      int depth = (int) field.path().chars().filter(c -> c == '.').count() - 1;
      if (type != null && field.path().contains(".OL-HEADER.")) {
        continue;
      }
      String name = field.name();
      String meaning = type != null && name.equals("OL-HEADER") ? "The common header: the fields of `OLHDR`, above."
          : name.equals("FILLER") ? FILLER_MEANING : meanings.getOrDefault(name, "");
      if (!field.conditions().isEmpty()) {
        meaning += " Level 88: " + field.conditions().stream().map(OnlineMessageFormatsDoc::condition)
            .collect(Collectors.joining(", ")) + ".";
      }
      text.append("| ").append("&nbsp;&nbsp;".repeat(depth)).append('`').append(name).append("` | ")
          .append(field.offsetBytes()).append(" | ").append(field.lengthBytes()).append(" | ")
          .append(picture(field)).append(" | ").append(meaning.strip()).append(" |\n");
    }
    return text.toString();
  }

  private static String condition(ConditionName condition) {
    return "`" + condition.name() + "` " + condition.values().stream().map(ConditionName.ConditionValue::display)
        .collect(Collectors.joining(" "));
  }

  private static String picture(Field field) {
    if (field.isGroup()) {
      return "group";
    }
    String picture = field.picture().orElseThrow().text();
    return "`" + picture + field.sign().filter(s -> s.separate() || s.leading()).map(s -> " " + s.describe())
        .orElse("") + "`";
  }

  /** Each data name's meaning: the comment lines right above its entry (banner lines excluded). */
  private static Map<String, String> meanings(List<String> lines) {
    Map<String, String> meanings = new HashMap<>();
    List<String> comments = new ArrayList<>();
    for (String line : lines) {
      if (line.length() < 7) {
        continue;
      }
      String text = line.length() > 7 ? line.substring(7).strip() : "";
      if (line.charAt(6) == '*') {
        if (text.startsWith("---")) {
          comments.clear();
        } else {
          comments.add(text);
        }
        continue;
      }
      Matcher entry = ENTRY.matcher(text.isEmpty() ? "" : " " + text);
      if (entry.matches() && !entry.group(1).equals("88")) {
        meanings.put(entry.group(2), String.join(" ", comments));
      }
      comments.clear();
    }
    return meanings;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
