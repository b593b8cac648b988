package io.corebank.copybook;

import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.FieldValues;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.RedefinesSelector;
import io.corebank.copybook.codec.TextEncoding;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Compares a BeanIO fixed-length mapping with a compiled copybook, field by field: the i-th field
 * of a BeanIO record must start at the offset and have the length of the i-th elementary item of
 * the copybook record (FILLER included), and optionally carry the name a naming rule expects. The
 * mapping is read as plain XML, independently of BeanIO and of any generator.
 */
public final class BeanIoMappingCheck {

  private BeanIoMappingCheck() {
  }

  /**
   * One field of a BeanIO record; a repeating field ({@code occurs}) is expanded into one entry per
   * occurrence, named {@code name(1)}, {@code name(2)}... like the copybook's paths.
   */
  public record MappedField(String name, int at, int length, Map<String, String> attributes) {
    public boolean ignored() {
      return "true".equals(attributes.get("ignore"));
    }

    public String attribute(String attribute) {
      return attributes.getOrDefault(attribute, "");
    }
  }

  public record MappedRecord(String stream, String name, List<MappedField> fields) {
  }

  /** The records of every stream of a mapping, in document order. */
  public static List<MappedRecord> records(Path mapping) {
    Element root;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      root = factory.newDocumentBuilder().parse(mapping.toFile()).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read BeanIO mapping " + mapping, e);
    }
    List<MappedRecord> records = new ArrayList<>();
    for (Element stream : children(root, "stream")) {
      for (Element record : children(stream, "record")) {
        List<MappedField> fields = new ArrayList<>();
        for (Element field : children(record, "field")) {
          fields.addAll(expand(stream.getAttribute("name") + "." + record.getAttribute("name"), field));
        }
        records.add(new MappedRecord(stream.getAttribute("name"), record.getAttribute("name"), fields));
      }
    }
    return records;
  }

  private static List<MappedField> expand(String where, Element field) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < field.getAttributes().getLength(); i++) {
      Node a = field.getAttributes().item(i);
      attributes.put(a.getNodeName(), a.getNodeValue());
    }
    String name = field.getAttribute("name");
    if (!field.hasAttribute("at") || !field.hasAttribute("length")) {
      throw new IllegalStateException(where + "." + name + " needs both at and length, so that its position is explicit");
    }
    int at = Integer.parseInt(field.getAttribute("at"));
    int length = Integer.parseInt(field.getAttribute("length"));
    if (!field.hasAttribute("collection")) {
      return List.of(new MappedField(name, at, length, attributes));
    }
    int occurs = Integer.parseInt(field.getAttribute("occurs"));
    List<MappedField> occurrences = new ArrayList<>();
    for (int i = 0; i < occurs; i++) {
      occurrences.add(new MappedField(name + "(" + (i + 1) + ")", at + i * length, length, attributes));
    }
    return occurrences;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> elements = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
        elements.add(e);
      }
    }
    return elements;
  }

  /**
   * The elementary items of one record of a layout, in order: those under {@code recordPath}, with
   * the named REDEFINES alternatives chosen (other sets: their first alternative), exactly as the
   * codec walks a record.
   */
  public static List<Field> copybookFields(Layout layout, String recordPath, Set<String> chosenAlternatives) {
    RedefinesSelector selector = (set, values) -> set.alternativePaths().stream()
        .filter(p -> chosenAlternatives.stream().anyMatch(c -> p.equals(c) || p.endsWith("." + c)))
        .findFirst().orElse(set.basePath());
    FieldValues none = new FieldValues() {
      @Override
      public boolean has(String path) {
        return false;
      }

      @Override
      public Object value(String path) {
        throw new NoSuchElementException(path);
      }
    };
    return new RecordCodec(layout, new CodecOptions(TextEncoding.ascii(), selector)).activeFields(none).stream()
        .filter(f -> f.path().equals(recordPath) || f.path().startsWith(recordPath + "."))
        .toList();
  }

  /**
   * Every disagreement between a BeanIO record and the copybook's items; empty when they agree.
   *
   * @param expectedName the BeanIO name each item should have, or null not to compare names
   */
  public static List<String> differences(MappedRecord record, List<Field> items, Function<Field, String> expectedName) {
    List<String> differences = new ArrayList<>();
    String where = record.stream() + "." + record.name();
    if (record.fields().size() != items.size()) {
      differences.add(where + ": " + record.fields().size() + " fields, the copybook has " + items.size() + " elementary items");
    }
    for (int i = 0; i < Math.min(record.fields().size(), items.size()); i++) {
      MappedField mapped = record.fields().get(i);
      Field item = items.get(i);
      String pair = where + "." + mapped.name() + " / " + item.path();
      if (mapped.at() != item.offsetBytes()) {
        differences.add(pair + ": at " + mapped.at() + ", offset " + item.offsetBytes());
      }
      if (mapped.length() != item.lengthBytes()) {
        differences.add(pair + ": length " + mapped.length() + ", " + item.lengthBytes() + " bytes");
      }
      if (expectedName != null && !mapped.name().equals(expectedName.apply(item))) {
        differences.add(pair + ": named " + mapped.name() + ", expected " + expectedName.apply(item));
      }
    }
    return differences;
  }
}
