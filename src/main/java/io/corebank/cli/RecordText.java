package io.corebank.cli;

import io.corebank.copybook.Field;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.io.RecordFraming;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The text forms of decoded records.
 *
 * <p>CSV (RFC 4180, LF line ends): a header row of field paths, then one row per record; a field
 * the record does not use (another REDEFINES alternative) is an empty cell.
 *
 * <p>JSON: JSON Lines, one object per record and line, keys the field paths in layout order, only
 * the fields the record uses; alphanumeric values are strings, numeric values are JSON numbers
 * written exactly at the picture's scale ({@code 194.00}). Reading also accepts one JSON array of
 * such objects, and objects spread over several lines.
 */
enum RecordText {
  csv {
    @Override
    Sink sink(RecordTable table, boolean keepFraming, Writer out) throws IOException {
      List<String> header = new ArrayList<>(table.columns().stream().map(Field::path).toList());
      if (keepFraming) {
        header.addAll(List.of(RecordTable.LENGTH, RecordTable.END));
      }
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
          .setHeader(header.toArray(String[]::new)).get());
      List<String> row = new ArrayList<>(header.size());
      return new Sink() {
        @Override
        public void write(DecodedRecord record, RecordFraming framing) throws IOException {
          row.clear();
          for (Field column : table.columns()) {
            row.add(record.has(column.path()) ? RecordTable.text(record.value(column.path())) : "");
          }
          if (keepFraming) {
            row.add(Integer.toString(framing.storedLengthBytes()));
            row.add(RecordTable.terminatorName(framing));
          }
          printer.printRecord(row);
        }

        @Override
        public void close() throws IOException {
          printer.close(true);
        }
      };
    }

    @Override
    Source source(RecordTable table, Reader in, String name) throws IOException {
      CSVParser parser;
      try {
        parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new BadDataException(name + " line 1: not a valid CSV header: " + e.getMessage());
      }
      List<String> header = parser.getHeaderNames();
      for (String column : header) {
        if (!table.isColumn(column)) {
          parser.close();
          throw new BadDataException(name + " line 1: column '" + column + "' is not an elementary field of the copybook"
              + " (nor " + RecordTable.LENGTH + " or " + RecordTable.END + ")");
        }
      }
      Iterator<CSVRecord> records = parser.iterator();
      return new Source() {
        @Override
        public Optional<RecordTable.Row> next() {
          long line = parser.getCurrentLineNumber() + 1;
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              return Optional.empty();
            }
            record = records.next();
          } catch (UncheckedIOException e) {
            throw new BadDataException(name + " near line " + line + ": " + e.getCause().getMessage());
          }
          String location = name + " line " + line;
          if (record.size() != header.size()) {
            throw new BadDataException(location + ": " + record.size() + " values, but the header has " + header.size());
          }
          Map<String, Object> cells = new LinkedHashMap<>();
          for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.get(i));
          }
          return Optional.of(new RecordTable.Row(location, cells));
        }

        @Override
        public void close() throws IOException {
          parser.close();
        }
      };
    }
  },

  json {
    @Override
    Sink sink(RecordTable table, boolean keepFraming, Writer out) {
      JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out);
      return new Sink() {
        private boolean written;

        @Override
        public void write(DecodedRecord record, RecordFraming framing) {
          written = true;
          generator.writeStartObject();
          for (Map.Entry<String, Object> value : record.values().entrySet()) {
            generator.writeName(value.getKey());
            if (value.getValue() instanceof BigDecimal number) {
              generator.writeNumber(number.toPlainString());
            } else {
              generator.writeString((String) value.getValue());
            }
          }
          if (keepFraming) {
            generator.writeNumberProperty(RecordTable.LENGTH, framing.storedLengthBytes());
            generator.writeStringProperty(RecordTable.END, RecordTable.terminatorName(framing));
          }
          generator.writeEndObject();
        }

        @Override
        public void close() {
          if (written) {
            generator.writeRaw('\n');
          }
          generator.close();
        }
      };
    }

    @Override
    Source source(RecordTable table, Reader in, String name) {
      JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), in);
      return new Source() {
        private boolean inArray;
        private boolean started;

        @Override
        public Optional<RecordTable.Row> next() {
          try {
            JsonToken token = parser.nextToken();
            if (!started) {
              started = true;
              if (token == JsonToken.START_ARRAY) {
                inArray = true;
                token = parser.nextToken();
              }
            }
            if (token == null || (inArray && token == JsonToken.END_ARRAY)) {
              return Optional.empty();
            }
            String location = name + " line " + parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
              throw new BadDataException(location + ": expected a JSON object per record, found " + token);
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            String key;
            while ((key = parser.nextName()) != null) {
              JsonToken value = parser.nextToken();
              Object cell = switch (value) {
                case VALUE_STRING -> parser.getString();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                case VALUE_NULL -> null;
                default -> throw new BadDataException(location + ": " + key + " is " + value
                    + "; values are strings, numbers or null");
              };
              if (cells.containsKey(key)) {
                throw new BadDataException(location + ": " + key + " is given twice");
              }
              cells.put(key, cell);
              if (!table.isColumn(key)) {
                throw new BadDataException(location + ": '" + key + "' is not an elementary field of the copybook");
              }
            }
            return Optional.of(new RecordTable.Row(location, cells));
          } catch (JacksonException e) {
            throw new BadDataException(name + " line " + parser.currentLocation().getLineNr() + ": not valid JSON: "
                + e.getOriginalMessage());
          }
        }

        @Override
        public void close() {
          parser.close();
        }
      };
    }
  };

  /** Created on first use, so that commands writing CSV never load Jackson. */
  private static final class Json {
    static final JsonFactory FACTORY = JsonFactory.builder().rootValueSeparator("\n").build();
  }

  /** Where decoded records go. */
  interface Sink extends Closeable {
    void write(DecodedRecord record, RecordFraming framing) throws IOException;
  }

  /** Rows to encode, one at a time. */
  interface Source extends Closeable {
    Optional<RecordTable.Row> next() throws IOException;
  }

  abstract Sink sink(RecordTable table, boolean keepFraming, Writer out) throws IOException;

  abstract Source source(RecordTable table, Reader in, String name) throws IOException;
}
