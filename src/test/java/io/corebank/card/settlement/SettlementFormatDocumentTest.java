package io.corebank.card.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record tables of file-formats/card-settlement.md say what the compiled copybook says, field by field. */
class SettlementFormatDocumentTest {

  @Test
  void recordTablesMatchTheCopybook() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("file-formats/card-settlement.md"));
    Map<String, String> groupBySection = Map.of("## Header (H)", SettlementLayout.HEADER_GROUP,
        "## Detail (D)", SettlementLayout.DETAIL_GROUP, "## Trailer (T)", SettlementLayout.TRAILER_GROUP);
    for (Map.Entry<String, String> section : groupBySection.entrySet()) {
      List<String> documented = rows(lines, section.getKey());
      List<String> compiled = new ArrayList<>();
      for (SettlementField field : SettlementLayout.fieldsOf(section.getValue())) {
        compiled.add(field.name() + " " + field.position() + " " + field.length() + " " + field.picture());
      }
      assertThat(documented).as(section.getKey()).containsExactlyElementsOf(compiled);
    }
  }

  @Test
  void everyRuleIsDocumented() throws IOException {
    String text = Files.readString(Path.of("file-formats/card-settlement.md"));
    for (Rule rule : Rule.values()) {
      assertThat(text).as(rule.name()).contains("| `" + rule.name() + "` |");
    }
    for (MessageType type : MessageType.values()) {
      assertThat(text).as(type.name()).contains("| `" + type.code() + "` |");
    }
  }

  /** "NAME OFFSET LENGTH PICTURE" of each table row under the heading, up to the next heading. */
  private static List<String> rows(List<String> lines, String heading) {
    List<String> rows = new ArrayList<>();
    int start = lines.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      String line = lines.get(i);
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      rows.add(strip(cells[1]) + " " + strip(cells[2]) + " " + strip(cells[3]) + " " + strip(cells[4]));
    }
    return rows;
  }

  private static String strip(String cell) {
    return cell.strip().replace("`", "");
  }
}
