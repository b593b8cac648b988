package io.corebank.card.settlement;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.RecordTypeSelection;
import io.corebank.copybook.codec.RedefinesSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settlement record as {@code copybooks/CSETTLE.cpy} describes it, compiled once from the classpath: the
 * one source of every offset, length and picture the record types use. The record types read and write the
 * characters at those offsets themselves (every item is USAGE DISPLAY, so a record is 250 characters in either
 * code page); tests hold them to the copybook's own codec, so that what the writer produces is what
 * {@code corebank copybook decode --copybook CSETTLE.cpy} reads.
 */
public final class SettlementLayout {

  /** Name of the copybook on the classpath, under {@code copybooks/}. */
  public static final String COPYBOOK = "CSETTLE.cpy";

  static final String HEADER_GROUP = "SETL-HEADER-DATA";
  static final String DETAIL_GROUP = "SETL-DETAIL-DATA";
  static final String TRAILER_GROUP = "SETL-TRAILER-DATA";

  private static final SettlementLayout INSTANCE = load();

  private final Layout layout;
  private final RedefinesSelector selector;
  private final Map<String, SettlementField> fieldsByName = new LinkedHashMap<>();
  private final Map<String, List<SettlementField>> fieldsByGroup = new LinkedHashMap<>();

  private SettlementLayout(Layout layout, RedefinesSelector selector) {
    this.layout = layout;
    this.selector = selector;
    SettlementField recordType = null;
    for (Field field : layout.fields()) {
      if (field.isGroup()) {
        continue;
      }
      String[] parts = field.path().split("\\.");
      SettlementField settlementField = SettlementField.of(field);
      if (parts.length == 2) {
        // SETL-REC-TYPE and the redefined base SETL-REC-DATA
        fieldsByName.put(field.name(), settlementField);
        if (field.name().equals("SETL-REC-TYPE")) {
          recordType = settlementField;
        }
        continue;
      }
      String group = parts[1];
      fieldsByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(settlementField);
      if (!settlementField.isFiller()) {
        fieldsByName.put(field.name(), settlementField);
      }
    }
    if (recordType == null || layout.maxRecordLengthBytes() != SettlementRecord.LENGTH) {
      throw new IllegalStateException(COPYBOOK + " does not describe a " + SettlementRecord.LENGTH
          + "-byte record starting with SETL-REC-TYPE");
    }
    for (String group : List.of(HEADER_GROUP, DETAIL_GROUP, TRAILER_GROUP)) {
      List<SettlementField> fields = new ArrayList<>();
      fields.add(recordType);
      fields.addAll(fieldsByGroup.getOrDefault(group, List.of()));
      fieldsByGroup.put(group, List.copyOf(fields));
    }
  }

  private static SettlementLayout load() {
    String resource = "copybooks/" + COPYBOOK;
    String text;
    try (InputStream in = SettlementLayout.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("copybook " + resource + " is not on the classpath");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    Layout layout = CopybookCompiler.compile(new StringReader(text), COPYBOOK, CompileOptions.defaults());
    RedefinesSelector selector = RecordTypeSelection.declaredIn(new StringReader(text), COPYBOOK, CompileOptions.defaults())
        .orElseThrow(() -> new IllegalStateException(COPYBOOK + " declares no @select record-type rule"))
        .selector(layout);
    return new SettlementLayout(layout, selector);
  }

  /** The compiled copybook. */
  public static Layout layout() {
    return INSTANCE.layout;
  }

  /** An elementary field by its COBOL name, e.g. {@code SETL-D-ARN}. */
  static SettlementField field(String name) {
    SettlementField field = INSTANCE.fieldsByName.get(name);
    if (field == null) {
      throw new IllegalStateException(COPYBOOK + " has no field " + name);
    }
    return field;
  }

  /** The record type field and every elementary field of one REDEFINES view, FILLER included, in offset order. */
  static List<SettlementField> fieldsOf(String group) {
    return INSTANCE.fieldsByGroup.get(group);
  }

  /**
   * The copybook's generic codec for this file, choosing the header, detail or trailer view by the record type as
   * the copybook's {@code @select}/{@code @when} lines say: what {@code corebank copybook decode} uses. The record
   * types do not need it (they read and write the characters themselves, at the copybook's offsets); tools and
   * tests can use it to see a record as the copybook's values.
   */
  public static RecordCodec codec(SettlementEncoding encoding) {
    return new RecordCodec(INSTANCE.layout, CodecOptions.defaults().withEncoding(encoding.textEncoding())
        .withSelector(INSTANCE.selector));
  }

  /**
   * The 250 characters of a record of one view: {@code values} by field, text as String, numbers as the long the
   * digits store (cents for V99 items); FILLER becomes spaces. The characters are those the copybook's codec
   * writes for the same values (a test holds the two together).
   *
   * @throws IllegalArgumentException naming the field when a value is missing or does not fit its picture
   */
  static String encode(char recordType, String group, Map<SettlementField, Object> values) {
    StringBuilder text = new StringBuilder(SettlementRecord.LENGTH);
    for (SettlementField field : fieldsOf(group)) {
      if (field.name().equals("SETL-REC-TYPE")) {
        text.append(recordType);
      } else if (field.isFiller()) {
        text.append(" ".repeat(field.length()));
      } else if (!values.containsKey(field)) {
        throw new IllegalArgumentException(field.name() + " has no value");
      } else {
        text.append(field.format(values.get(field)));
      }
    }
    return text.toString();
  }
}
