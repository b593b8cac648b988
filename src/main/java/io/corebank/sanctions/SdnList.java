package io.corebank.sanctions;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The OFAC Specially Designated Nationals list, read from OFAC's legacy CSV files.
 *
 * <p>The three files have no header row; every text field is quoted and {@code -0- } (unquoted, with a
 * trailing space) stands for an empty field:
 * <ul>
 *   <li>sdn.csv: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
 *       Vess_flag, Vess_owner, Remarks (12 fields);</li>
 *   <li>alt.csv: ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks (5 fields);</li>
 *   <li>add.csv: ent_num, add_num, address, city/state/province/postal code, country, add_remarks (6 fields).</li>
 * </ul>
 * Files are read as UTF-8 (the files OFAC publishes are plain ASCII) with Commons CSV, one row at a time.
 * Lines may end in CRLF or LF; blank lines are skipped; a last line holding only the DOS end-of-file byte
 * (0x1A), which OFAC's files carry, ends the file. The Program value {@code SDGT] [IFSR} lists two
 * programs. Weak aliases, which OFAC writes in the remarks as {@code a.k.a. 'NAME'} (or {@code f.k.a.},
 * {@code n.k.a.}), are added to the entry's aliases with {@link SdnAlias#weak()} set.
 *
 * <p>A row with the wrong number of fields, a non-numeric or repeated id, an unknown type, broken quoting or an
 * alias or address naming an ent_num that sdn.csv does not have is refused with an {@link SdnFormatException}
 * naming the file and the line: a half-read sanctions list must never be screened against.
 */
public final class SdnList {

  public static final String SDN_FILE = "sdn.csv";
  public static final String ALT_FILE = "alt.csv";
  public static final String ADD_FILE = "add.csv";

  private static final String NULL_FIELD = "-0-";
  private static final String DOS_EOF = "\u001a";
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
  /** A weak alias in the remarks: up to the quote that ends it (followed by ';' or the final '.'). */
  private static final Pattern WEAK_ALIAS = Pattern.compile("\\b([afn])\\.k\\.a\\. '(.*?)'(?=;|\\.?$)");

  private final List<SdnEntry> entries;
  private final Map<Integer, SdnEntry> byEntNum;
  private final int aliasCount;
  private final int weakAliasCount;
  private final int addressCount;

  private SdnList(List<SdnEntry> entries, int aliasCount, int weakAliasCount, int addressCount) {
    this.entries = List.copyOf(entries);
    Map<Integer, SdnEntry> map = new LinkedHashMap<>();
    for (SdnEntry entry : entries) {
      map.put(entry.entNum(), entry);
    }
    this.byEntNum = Collections.unmodifiableMap(map);
    this.aliasCount = aliasCount;
    this.weakAliasCount = weakAliasCount;
    this.addressCount = addressCount;
  }

  /** Reads sdn.csv, alt.csv and add.csv from {@code dir}. */
  public static SdnList load(Path dir) throws IOException {
    try (Reader sdn = Files.newBufferedReader(dir.resolve(SDN_FILE), StandardCharsets.UTF_8);
         Reader alt = Files.newBufferedReader(dir.resolve(ALT_FILE), StandardCharsets.UTF_8);
         Reader add = Files.newBufferedReader(dir.resolve(ADD_FILE), StandardCharsets.UTF_8)) {
      return load(sdn, alt, add);
    }
  }

  /** Reads the three files from readers (not closed here); error messages name them sdn.csv, alt.csv, add.csv. */
  public static SdnList load(Reader sdn, Reader alt, Reader add) throws IOException {
    Map<Integer, Builder> builders = new LinkedHashMap<>();
    read(sdn, SDN_FILE, 12, (row, line) -> {
      int entNum = id(row, 0, "ent_num");
      String name = required(row, 1, "SDN_Name");
      SdnType type = SdnType.of(field(row, 2));
      Builder builder = new Builder(entNum, name, type, programs(field(row, 3)), field(row, 4), field(row, 11));
      if (builders.putIfAbsent(entNum, builder) != null) {
        throw new IllegalArgumentException("ent_num " + entNum + " appears twice");
      }
    });
    int[] aliases = {0};
    read(alt, ALT_FILE, 5, (row, line) -> {
      Builder owner = owner(builders, row);
      int altNum = id(row, 1, "alt_num");
      AliasType type = AliasType.of(field(row, 2));
      String name = required(row, 3, "alt_name");
      String remarks = field(row, 4);
      boolean weak = remarks != null && remarks.toLowerCase(Locale.ROOT).contains("weak");
      owner.aliases.add(new SdnAlias(altNum, type, name, weak, remarks));
      aliases[0]++;
    });
    int[] addresses = {0};
    read(add, ADD_FILE, 6, (row, line) -> {
      Builder owner = owner(builders, row);
      owner.addresses.add(new SdnAddress(id(row, 1, "add_num"), field(row, 2), field(row, 3), field(row, 4),
          field(row, 5)));
      addresses[0]++;
    });
    List<SdnEntry> entries = new ArrayList<>(builders.size());
    int weak = 0;
    for (Builder builder : builders.values()) {
      weak += builder.addWeakAliasesFromRemarks();
      entries.add(builder.build());
    }
    return new SdnList(entries, aliases[0], weak, addresses[0]);
  }

  /** The entries in sdn.csv order. */
  public List<SdnEntry> entries() {
    return entries;
  }

  public Optional<SdnEntry> entry(int entNum) {
    return Optional.ofNullable(byEntNum.get(entNum));
  }

  /** Number of entries (rows of sdn.csv). */
  public int size() {
    return entries.size();
  }

  /** Number of aliases read from alt.csv. */
  public int aliasCount() {
    return aliasCount;
  }

  /** Number of weak aliases found in the remarks of sdn.csv. */
  public int weakAliasCount() {
    return weakAliasCount;
  }

  /** Number of addresses read from add.csv. */
  public int addressCount() {
    return addressCount;
  }

  // ---------------------------------------------------------------------------------------------------------

  private interface RowHandler {
    void row(CSVRecord row, long line);
  }

  private static void read(Reader in, String file, int fields, RowHandler handler) throws IOException {
    CSVParser parser;
    try {
      parser = CSVParser.parse(in, FORMAT);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new SdnFormatException(file, 1, describe(e), e);
    }
    try (parser) {
      Iterator<CSVRecord> rows = parser.iterator();
      while (true) {
        // the parser counts the line breaks it has consumed: the next row starts on the line after them
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord row;
        try {
          if (!rows.hasNext()) {
            return;
          }
          row = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new SdnFormatException(file, line, describe(e), e);
        }
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue; // a blank line
        }
        if (row.size() == 1 && row.get(0).equals(DOS_EOF)) {
          return;
        }
        if (row.size() != fields) {
          throw new SdnFormatException(file, line, "expected " + fields + " fields, found " + row.size(), null);
        }
        try {
          handler.row(row, line);
        } catch (IllegalArgumentException e) {
          throw new SdnFormatException(file, line, e.getMessage(), e);
        }
      }
    }
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** The value of a field, trimmed; null for OFAC's {@code -0- } and for an empty field. */
  private static String field(CSVRecord row, int index) {
    String value = row.get(index).trim();
    return value.isEmpty() || value.equals(NULL_FIELD) ? null : value;
  }

  private static String required(CSVRecord row, int index, String name) {
    String value = field(row, index);
    if (value == null) {
      throw new IllegalArgumentException(name + " is empty");
    }
    return value;
  }

  private static int id(CSVRecord row, int index, String name) {
    String value = required(row, index, name);
    try {
      int id = Integer.parseInt(value);
      if (id <= 0) {
        throw new NumberFormatException();
      }
      return id;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " '" + value + "' is not a positive number");
    }
  }

  private static Builder owner(Map<Integer, Builder> builders, CSVRecord row) {
    int entNum = id(row, 0, "ent_num");
    Builder owner = builders.get(entNum);
    if (owner == null) {
      throw new IllegalArgumentException("ent_num " + entNum + " is not in " + SDN_FILE);
    }
    return owner;
  }

  /** {@code SDGT] [IFSR} is two programs; brackets around the whole value are tolerated. */
  static List<String> programs(String value) {
    if (value == null) {
      return List.of();
    }
    String inner = value;
    if (inner.startsWith("[")) {
      inner = inner.substring(1);
    }
    if (inner.endsWith("]")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    return Arrays.stream(inner.split("\\]\\s*\\[")).map(String::trim).filter(p -> !p.isEmpty()).toList();
  }

  /** The weak aliases OFAC writes in a Remarks value, e.g. {@code a.k.a. 'BNC'.}. */
  static List<SdnAlias> weakAliases(String remarks) {
    if (remarks == null) {
      return List.of();
    }
    List<SdnAlias> aliases = new ArrayList<>();
    Matcher m = WEAK_ALIAS.matcher(remarks);
    while (m.find()) {
      // a name may itself begin or end with an apostrophe (''FUPI''): the outer quotes are the list's own
      String name = m.group(2).replaceAll("^'+|'+$", "").trim();
      if (!name.isEmpty()) {
        AliasType type = switch (m.group(1)) {
          case "f" -> AliasType.FKA;
          case "n" -> AliasType.NKA;
          default -> AliasType.AKA;
        };
        aliases.add(new SdnAlias(0, type, name, true, null));
      }
    }
    return aliases;
  }

  private static final class Builder {
    final int entNum;
    final String name;
    final SdnType type;
    final List<String> programs;
    final String title;
    final String remarks;
    final List<SdnAlias> aliases = new ArrayList<>();
    final List<SdnAddress> addresses = new ArrayList<>();

    Builder(int entNum, String name, SdnType type, List<String> programs, String title, String remarks) {
      this.entNum = entNum;
      this.name = name;
      this.type = type;
      this.programs = programs;
      this.title = title;
      this.remarks = remarks;
    }

    int addWeakAliasesFromRemarks() {
      List<SdnAlias> weak = weakAliases(remarks);
      aliases.addAll(weak);
      return weak.size();
    }

    SdnEntry build() {
      return new SdnEntry(entNum, name, type, programs, title, remarks, aliases, addresses);
    }
  }
}
