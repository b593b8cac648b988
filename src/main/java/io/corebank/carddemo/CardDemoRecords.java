package io.corebank.carddemo;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.Field;
import io.corebank.copybook.FieldType;
import io.corebank.copybook.Layout;
import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.RecordDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CardDemo records as the copybooks in {@code copybooks/} describe them (compiled from the jar), in one
 * encoding. Fields are addressed by their COBOL name (the last part of the path), FILLER is written as
 * spaces, and every decoding error names the file, record number, field and rule.
 */
public final class CardDemoRecords {
  private static final Map<String, Layout> LAYOUTS = new ConcurrentHashMap<>();

  private final CardDemoEncoding encoding;
  private final Map<String, Codec> codecs = new HashMap<>();

  public CardDemoRecords(CardDemoEncoding encoding) {
    this.encoding = encoding;
  }

  public CardDemoEncoding encoding() {
    return encoding;
  }

  /** The compiled layout of {@code copybooks/NAME.cpy} from the classpath. */
  public static Layout layout(String copybook) {
    return LAYOUTS.computeIfAbsent(copybook, name -> {
      String resource = "copybooks/" + name + ".cpy";
      try (InputStream in = CardDemoRecords.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) throw new IllegalStateException("copybook " + resource + " is not on the classpath");
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          return CopybookCompiler.compile(reader, name + ".cpy", CompileOptions.defaults());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    });
  }

  public Codec codec(String copybook) {
    return codecs.computeIfAbsent(copybook, name -> new Codec(layout(name), encoding));
  }

  /** One record layout in one encoding. */
  public static final class Codec {
    private final Layout layout;
    private final RecordCodec codec;
    private final Map<String, String> pathByName = new HashMap<>();
    private final Map<String, Object> fillers = new LinkedHashMap<>();
    private final Map<String, Field> fieldByName = new HashMap<>();
    private final CardDemoEncoding encoding;

    Codec(Layout layout, CardDemoEncoding encoding) {
      this.layout = layout;
      this.encoding = encoding;
      this.codec = new RecordCodec(layout, CodecOptions.defaults().withEncoding(encoding.textEncoding()));
      for (Field field : layout.fields()) {
        if (field.type() == FieldType.GROUP) continue;
        String name = field.path().substring(field.path().lastIndexOf('.') + 1);
        if (name.startsWith("FILLER")) {
          fillers.put(field.path(), " ".repeat(field.lengthBytes()));
        } else {
          pathByName.put(name, field.path());
          fieldByName.put(name, field);
        }
      }
    }

    public int recordLengthBytes() {
      return layout.maxRecordLengthBytes();
    }

    /**
     * One alphanumeric field read straight from the record's bytes, the rest left undecoded: what a
     * partitioned reader needs to decide whether a record is its own (text never fails to decode).
     */
    public String peekText(byte[] record, String name) {
      Field field = fieldByName.get(name);
      if (field == null || field.type() != FieldType.ALPHANUMERIC) {
        throw new IllegalArgumentException(layout.name() + " has no alphanumeric field " + name);
      }
      return encoding.textEncoding().decode(record, field.offsetBytes(), field.lengthBytes());
    }

    /** Decodes one record; an invalid one is reported with the file name and record number. */
    public Values decode(byte[] record, String fileName, long recordNumber) {
      try {
        return new Values(codec.decode(record));
      } catch (RecordDataException | IllegalArgumentException e) {
        throw new CardDemoDataException(fileName + " record " + recordNumber + " (" + layout.name() + "): "
            + e.getMessage(), e);
      }
    }

    /** Encodes values given by field name; every field must have a value except FILLER (spaces). */
    public byte[] encode(Map<String, Object> valuesByName) {
      Map<String, Object> values = new LinkedHashMap<>(fillers);
      valuesByName.forEach((name, value) -> {
        if (name.equals("FILLER") && fillers.size() == 1) {
          values.put(fillers.keySet().iterator().next(), value);
          return;
        }
        String path = pathByName.get(name);
        if (path == null) throw new IllegalArgumentException(layout.name() + " has no field " + name);
        values.put(path, value instanceof Long || value instanceof Integer
            ? BigDecimal.valueOf(((Number) value).longValue()) : value);
      });
      return codec.encode(DecodedRecord.of(values));
    }

    /** A decoded record read by field name. */
    public final class Values {
      private final DecodedRecord record;

      Values(DecodedRecord record) {
        this.record = record;
      }

      public String text(String name) {
        return record.text(path(name));
      }

      public BigDecimal number(String name) {
        return record.number(path(name));
      }

      public long longValue(String name) {
        return number(name).longValueExact();
      }

      public int intValue(String name) {
        return number(name).intValueExact();
      }

      /** A money field as cents. */
      public long cents(String name) {
        return number(name).movePointRight(2).longValueExact();
      }

      private String path(String name) {
        if (name.equals("FILLER") && fillers.size() == 1) return fillers.keySet().iterator().next();
        String path = pathByName.get(name);
        if (path == null) throw new IllegalArgumentException(layout.name() + " has no field " + name);
        return path;
      }
    }
  }
}
