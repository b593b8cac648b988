package io.corebank.nacha;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a NACHA file one line at a time; memory use does not grow with the file.
 *
 * <p>Bytes are decoded as ISO-8859-1 so that every byte becomes exactly one character: a byte outside
 * printable ASCII then shows up as such in validation instead of being folded by a UTF-8 decoder.
 * Line breaks may be LF, CRLF or CR. The read tolerances of {@link ValidationOptions} are applied here;
 * a line they do not cover is passed on as it is and its record reports the length violation.
 */
public final class AchFileReader implements Closeable {

  private static final int LENGTH = AchRecord.LENGTH;

  private final BufferedReader in;
  private final ValidationOptions options;
  private final RecordParser parser = new RecordParser();
  private final ArrayDeque<String> splitRecords = new ArrayDeque<>();
  private int lineNumber;

  public AchFileReader(InputStream in, ValidationOptions options) {
    this(new InputStreamReader(in, StandardCharsets.ISO_8859_1), options);
  }

  public AchFileReader(Reader reader, ValidationOptions options) {
    this.in = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
    this.options = options;
  }

  /** Line number of the last record returned; for a file without line breaks, records count as lines. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The next record, or null at the end of the file. */
  public AchRecord next() throws IOException {
    if (!splitRecords.isEmpty()) {
      return parser.parse(splitRecords.poll(), ++lineNumber);
    }
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isEmpty() && options.skipBlankLines()) {
        continue;
      }
      return parser.parse(normalize(line), lineNumber);
    }
    return null;
  }

  private String normalize(String line) {
    int length = line.length();
    if (length == LENGTH) {
      return line;
    }
    if (length < LENGTH) {
      return options.padShortRecords() ? line + " ".repeat(LENGTH - length) : line;
    }
    if (options.trimTrailingSpaces() && onlySpacesFrom(line, LENGTH)) {
      return line.substring(0, LENGTH);
    }
    if (options.splitUnbrokenFile() && length % LENGTH == 0) {
      for (int start = LENGTH; start < length; start += LENGTH) {
        splitRecords.add(line.substring(start, start + LENGTH));
      }
      return line.substring(0, LENGTH);
    }
    return line;
  }

  private static boolean onlySpacesFrom(String line, int index) {
    for (int i = index; i < line.length(); i++) {
      if (line.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Reads the whole stream, calling {@code handler} as records arrive; entries come with their addenda. */
  public void read(AchFileHandler handler) throws IOException {
    EntryRecord entry = null;
    List<Addenda> addenda = new ArrayList<>();
    AchRecord record;
    while ((record = next()) != null) {
      if (record instanceof Addenda a && entry != null) {
        addenda.add(a);
        continue;
      }
      if (entry != null) {
        handler.entry(entry, List.copyOf(addenda));
        entry = null;
        addenda.clear();
      }
      if (record instanceof EntryRecord e) {
        entry = e;
      } else if (record instanceof FileHeader h) {
        handler.fileHeader(h);
      } else if (record instanceof BatchHeaderRecord h) {
        handler.batchHeader(h);
      } else if (record instanceof BatchControlRecord c) {
        handler.batchControl(c);
      } else if (record instanceof FileControlRecord c) {
        handler.fileControl(c);
      } else {
        handler.otherRecord(record);
      }
    }
    if (entry != null) {
      handler.entry(entry, List.copyOf(addenda));
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
