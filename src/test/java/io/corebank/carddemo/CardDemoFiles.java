package io.corebank.carddemo;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.TextEncoding;
import io.corebank.copybook.io.FixedRecordReader;
import io.corebank.copybook.io.RawRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Test helper for CardDemo record files: the copybook layouts, reading and splitting files into
 * records, code page conversion, and a record-by-record comparison that names the first differing
 * record, field and both values, with a mask of "don't care" bytes (the bytes the original programs
 * never set, CardDemo README defect 4).
 *
 * <p>Copybooks are named without extension ({@code CVACT01Y}) and compiled from {@code copybooks/}.
 */
public final class CardDemoFiles {
  private static final Map<String, Layout> LAYOUTS = new ConcurrentHashMap<>();
  private static final Charset IBM037 = Charset.forName("IBM037");
  private static final byte[] EBCDIC_TO_ASCII = new byte[256];
  private static final byte[] ASCII_TO_EBCDIC = new byte[256];

  static {
    // a byte-for-byte bijection: code page 037 holds exactly the ISO-8859-1 repertoire; the JDK
    // decodes both X'15' and X'25' to LF, IBM's CCSID 037 has X'15' = NEL (U+0085)
    for (int b = 0; b < 256; b++) {
      char c = b == 0x15 ? '\u0085' : new String(new byte[] {(byte) b}, IBM037).charAt(0);
      EBCDIC_TO_ASCII[b] = (byte) c;
      ASCII_TO_EBCDIC[c] = (byte) b;
    }
  }

  private CardDemoFiles() {
  }

  // ------------------------------------------------------------------------------ layouts, codecs

  public static Layout layout(String copybook) {
    return LAYOUTS.computeIfAbsent(copybook,
        name -> CopybookCompiler.compile(Path.of("copybooks", name + ".cpy"), CompileOptions.defaults()));
  }

  public static int recordLength(String copybook) {
    return layout(copybook).maxRecordLengthBytes();
  }

  public static RecordCodec codec(String copybook, TextEncoding encoding) {
    return new RecordCodec(layout(copybook), CodecOptions.defaults().withEncoding(encoding));
  }

  // ------------------------------------------------------------------------------ files and records

  /** The records of a fixed-length file (no separators), copied. */
  public static List<byte[]> records(byte[] file, int recordLength) {
    if (file.length % recordLength != 0) {
      throw new IllegalArgumentException("file of " + file.length + " bytes is not a whole number of "
          + recordLength + "-byte records");
    }
    List<byte[]> records = new ArrayList<>(file.length / recordLength);
    for (int at = 0; at < file.length; at += recordLength) {
      byte[] record = new byte[recordLength];
      System.arraycopy(file, at, record, 0, recordLength);
      records.add(record);
    }
    return records;
  }

  /** The records of a file: line-sequential (padded with {@code pad}) or fixed-length. */
  public static List<byte[]> readRecords(Path file, int recordLength, boolean lineSequential, byte pad) {
    List<byte[]> records = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
         FixedRecordReader reader = lineSequential
             ? FixedRecordReader.lineSequential(in, recordLength, pad) : FixedRecordReader.fixedLength(in, recordLength)) {
      Optional<RawRecord> raw;
      while ((raw = reader.next()).isPresent()) {
        records.add(raw.get().bytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return records;
  }

  /** The records of a fixed-length file, decoded. */
  public static List<DecodedRecord> decode(String copybook, byte[] file, TextEncoding encoding) {
    RecordCodec codec = codec(copybook, encoding);
    return records(file, recordLength(copybook)).stream().map(codec::decode).toList();
  }

  public static byte[] concat(List<byte[]> records) {
    int length = records.stream().mapToInt(r -> r.length).sum();
    byte[] file = new byte[length];
    int at = 0;
    for (byte[] r : records) {
      System.arraycopy(r, 0, file, at, r.length);
      at += r.length;
    }
    return file;
  }

  /** Code page 037 to ISO-8859-1, byte by byte. */
  public static byte[] ebcdicToAscii(byte[] ebcdic) {
    byte[] ascii = new byte[ebcdic.length];
    for (int i = 0; i < ebcdic.length; i++) {
      ascii[i] = EBCDIC_TO_ASCII[ebcdic[i] & 0xFF];
    }
    return ascii;
  }

  /** ISO-8859-1 to code page 037, byte by byte. */
  public static byte[] asciiToEbcdic(byte[] ascii) {
    byte[] ebcdic = new byte[ascii.length];
    for (int i = 0; i < ascii.length; i++) {
      ebcdic[i] = ASCII_TO_EBCDIC[ascii[i] & 0xFF];
    }
    return ebcdic;
  }

  /** A directory of the test class path, e.g. {@code carddemo/ascii}. */
  public static Path resourceDirectory(String name) {
    URL url = CardDemoFiles.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing test resource directory " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file of {@code carddemo/expected/}: the original programs' outputs, ASCII, fixed-length. */
  public static byte[] expected(String name) {
    try {
      return Files.readAllBytes(resourceDirectory("carddemo/expected").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------ comparison

  /** Which bytes of which records a comparison ignores. */
  @FunctionalInterface
  public interface DontCare {
    /**
     * @param recordIndex    0-based record number
     * @param expectedRecord the expected record's bytes
     * @param offset         0-based byte offset in the record
     */
    boolean ignores(int recordIndex, byte[] expectedRecord, int offset);

    static DontCare nothing() {
      return (record, bytes, offset) -> false;
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive) of every record. */
    static DontCare bytes(int from, int to) {
      return (record, bytes, offset) -> offset >= from && offset < to;
    }

    /** The whole of an item (e.g. {@code FILLER}, or a path) of every record. */
    static DontCare field(String copybook, String item) {
      Field field = CardDemoFiles.field(copybook, item);
      return bytes(field.offsetBytes(), field.endOffsetBytes());
    }

    /** These bytes only in the records the predicate (record index, expected record) accepts. */
    default DontCare onlyWhere(BiPredicate<Integer, byte[]> recordMatches) {
      return (record, bytes, offset) -> ignores(record, bytes, offset) && recordMatches.test(record, bytes);
    }

    /** These bytes only in the record of that 0-based index. */
    default DontCare onlyInRecord(int index) {
      return onlyWhere((record, bytes) -> record == index);
    }

    default DontCare or(DontCare other) {
      return (record, bytes, offset) -> ignores(record, bytes, offset) || other.ignores(record, bytes, offset);
    }
  }

  /**
   * @param recordNumber 1-based number of the first record that differs (for a count mismatch, the
   *                     first record one of the files lacks)
   * @param field        the elementary item holding the first differing byte ("record count" for a
   *                     count mismatch)
   * @param offset       0-based offset of that byte in the record (-1 for a count mismatch)
   * @param expected     the item's text in the expected record, with its decoded value when numeric
   * @param actual       the same in the actual record
   */
  public record Difference(int recordNumber, String field, int offset, String expected, String actual) {
    @Override
    public String toString() {
      return "record " + recordNumber + ", " + field + (offset >= 0 ? " (offset " + offset + ")" : "")
          + ": expected " + expected + " but was " + actual;
    }
  }

  /** As {@link #firstDifference(String, TextEncoding, byte[], byte[], DontCare)} for ASCII files. */
  public static Optional<Difference> firstDifference(String copybook, byte[] expected, byte[] actual, DontCare dontCare) {
    return firstDifference(copybook, TextEncoding.ascii(), expected, actual, dontCare);
  }

  /**
   * Compares two fixed-length files of the copybook's records byte for byte, skipping the
   * don't-care bytes; {@code encoding} is only used to show the differing values.
   */
  public static Optional<Difference> firstDifference(String copybook, TextEncoding encoding, byte[] expected,
                                                     byte[] actual, DontCare dontCare) {
    int length = recordLength(copybook);
    List<byte[]> want = records(expected, length);
    List<byte[]> got = records(actual, length);
    for (int r = 0; r < Math.min(want.size(), got.size()); r++) {
      byte[] e = want.get(r);
      byte[] a = got.get(r);
      for (int i = 0; i < length; i++) {
        if (e[i] != a[i] && !dontCare.ignores(r, e, i)) {
          Field field = elementaryAt(copybook, i);
          return Optional.of(new Difference(r + 1, field.path(), i, show(copybook, encoding, e, field),
              show(copybook, encoding, a, field)));
        }
      }
    }
    if (want.size() != got.size()) {
      return Optional.of(new Difference(Math.min(want.size(), got.size()) + 1, "record count", -1,
          want.size() + " records", got.size() + " records"));
    }
    return Optional.empty();
  }

  /** Fails with the first difference, prefixed with {@code what} (e.g. the file name). */
  public static void assertSameRecords(String what, String copybook, byte[] expected, byte[] actual, DontCare dontCare) {
    assertSameRecords(what, copybook, TextEncoding.ascii(), expected, actual, dontCare);
  }

  public static void assertSameRecords(String what, String copybook, TextEncoding encoding, byte[] expected,
                                       byte[] actual, DontCare dontCare) {
    firstDifference(copybook, encoding, expected, actual, dontCare).ifPresent(d -> {
      throw new AssertionError(what + ": " + d);
    });
  }

  /** The elementary item of that name or path (a name must be unique in the layout). */
  public static Field field(String copybook, String item) {
    List<Field> matches = layout(copybook).fields().stream()
        .filter(f -> !f.isGroup() && (f.path().equals(item) || f.name().equals(item))).toList();
    if (matches.size() != 1) {
      throw new IllegalArgumentException(copybook + " has " + matches.size() + " items named " + item);
    }
    return matches.get(0);
  }

  private static Field elementaryAt(String copybook, int offset) {
    return layout(copybook).fields().stream()
        .filter(f -> !f.isGroup() && offset >= f.offsetBytes() && offset < f.endOffsetBytes())
        .findFirst().orElseThrow(() -> new IllegalStateException(copybook + " has no item at offset " + offset));
  }

  private static String show(String copybook, TextEncoding encoding, byte[] record, Field field) {
    String text = new String(record, field.offsetBytes(), field.lengthBytes(),
        encoding.name().equals(TextEncoding.ascii().name()) ? encoding.charset() : IBM037);
    String shown = "'" + text + "'";
    if (field.isNumeric()) {
      try {
        DecodedRecord decoded = codec(copybook, encoding).decode(record);
        shown += " (" + decoded.number(field.path()).toPlainString() + ")";
      } catch (RuntimeException e) {
        shown += " (not a valid number)";
      }
    }
    return shown;
  }
}
