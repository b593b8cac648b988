package io.corebank.online.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.ConditionName;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OL copybooks in copybooks/ compile, are in reference format, repeat OLHDR's fields as their header, and are
 * the lengths the message types and classes say.
 */
class OnlineCopybooksTest {
  private static final Path DIR = Path.of("copybooks");

  @Test
  void everyOlCopybookCompilesAndIsTheOneOfAMessageTypeOrTheHeader() throws IOException {
    Map<String, Layout> compiled = olCopybooks();
    assertTrue(compiled.size() >= 16, compiled.keySet().toString());
    TreeSet<String> expected = Arrays.stream(MessageType.values()).map(MessageType::copybook)
        .collect(Collectors.toCollection(TreeSet::new));
    expected.add("OLHDR");
    assertEquals(expected, compiled.keySet());
    assertEquals(MessageType.values().length + 1, expected.size(), "one copybook per message type");
  }

  @Test
  void everyMessageTypeAndClassMatchesItsCopybooksLength() throws IOException {
    Map<String, Layout> compiled = olCopybooks();
    assertEquals(MessageHeader.LENGTH, compiled.get("OLHDR").maxRecordLengthBytes());
    for (MessageType type : MessageType.values()) {
      Layout layout = compiled.get(type.copybook());
      assertEquals(type.length(), layout.maxRecordLengthBytes(), type.name());
      assertEquals(type.length(), MessageCodec.layout(type).maxRecordLengthBytes(), type + " from the classpath");
      OnlineMessage sample = MessageSamples.sample(type);
      assertEquals(type.messageClass(), sample.getClass());
      for (MessageEncoding encoding : MessageEncoding.values()) {
        assertEquals(layout.maxRecordLengthBytes(), sample.encode(encoding).length, type + " in " + encoding);
      }
      assertTrue(layout.maxRecordLengthBytes() % 50 == 0, type + ": lengths are multiples of 50");
    }
  }

  @Test
  void everyMessageRepeatsTheHeaderFieldForField() throws IOException {
    Map<String, Layout> compiled = olCopybooks();
    List<String> header = describe(compiled.get("OLHDR"), "OL-HEADER");
    assertEquals(7, header.size(), header.toString());
    for (MessageType type : MessageType.values()) {
      Layout layout = compiled.get(type.copybook());
      String record = layout.fields().get(0).path();
      Field group = layout.field(record + ".OL-HEADER");
      assertEquals(0, group.offsetBytes());
      assertEquals(MessageHeader.LENGTH, group.lengthBytes());
      assertEquals(header, describe(layout, group.path()), type.copybook());
    }
  }

  @Test
  void theMessageTypesAreTheConditionNamesOfTheHeader() throws IOException {
    Field type = olCopybooks().get("OLHDR").field("OL-HEADER.OLH-MSG-TYPE");
    List<String> values = type.conditions().stream()
        .flatMap(c -> c.values().stream().map(ConditionName.ConditionValue::display)).toList();
    assertEquals(Arrays.stream(MessageType.values()).map(t -> "'" + t.code() + "'").toList(), values);
    assertEquals(Arrays.stream(MessageType.values()).map(t -> "OLH-" + t.code()).toList(),
        type.conditions().stream().map(ConditionName::name).toList());
    for (MessageType t : MessageType.values()) {
      assertTrue(t.code().length() <= type.lengthBytes());
      assertEquals(t.isRequest(), t != MessageType.ERRRSP && !t.code().matches(".*(RSP|RVR)"), t.name());
    }
  }

  @Test
  void moneyIsSignedCentsWithALeadingSeparateSign() throws IOException {
    for (Map.Entry<String, Layout> entry : olCopybooks().entrySet()) {
      for (Field field : entry.getValue().fields()) {
        if (field.signed()) {
          assertEquals("S9(13)V99", field.picture().orElseThrow().text(), field.path());
          assertTrue(field.sign().orElseThrow().leading() && field.sign().orElseThrow().separate(), field.path());
          assertEquals(16, field.lengthBytes(), field.path());
        }
      }
    }
  }

  @Test
  void copybooksAreInReferenceFormat() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : olFiles()) {
      List<String> lines = Files.readAllLines(file);
      int previous = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = file.getFileName() + " line " + (i + 1);
        if (line.length() > 72) {
          problems.add(where + ": longer than 72 columns");
        }
        if (!line.matches("\\d{6}[ *].*")) {
          problems.add(where + ": no sequence number in 1-6 or indicator in 7");
          continue;
        }
        int sequence = Integer.parseInt(line.substring(0, 6));
        if (sequence <= previous) {
          problems.add(where + ": sequence number not ascending");
        }
        previous = sequence;
        if (line.charAt(6) == ' ' && line.length() > 7 && line.charAt(7) != ' ' && !line.substring(7).isBlank()) {
          // code may start in column 8 (area A); ours starts in 9 or later, like the CardDemo copybooks
          problems.add(where + ": code starts in column 8");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Elementary and group items under {@code groupPath}: name, offset from the group, length, picture. */
  private static List<String> describe(Layout layout, String groupPath) {
    Field group = layout.field(groupPath);
    return layout.fields().stream().filter(f -> f.path().startsWith(groupPath + "."))
        .map(f -> f.path().substring(groupPath.length() + 1) + " @" + (f.offsetBytes() - group.offsetBytes()) + " "
            + f.lengthBytes() + " " + f.picture().map(p -> p.text()).orElse("group") + " " + f.type())
        .toList();
  }

  private static Map<String, Layout> olCopybooks() throws IOException {
    Map<String, Layout> compiled = new TreeMap<>();
    for (Path file : olFiles()) {
      String name = file.getFileName().toString().replace(".cpy", "");
      compiled.put(name, CopybookCompiler.compile(file, CompileOptions.defaults()));
    }
    return compiled;
  }

  private static List<Path> olFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.getFileName().toString().matches("OL.*\\.cpy")).sorted().toList();
    }
  }
}
