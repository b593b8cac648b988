package io.corebank.cli;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.CopybookException;
import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import io.corebank.copybook.LayoutPrinter;
import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.RecordDataException;
import io.corebank.copybook.codec.RecordTypeSelection;
import io.corebank.copybook.codec.RedefinesSelector;
import io.corebank.copybook.codec.TextEncoding;
import io.corebank.copybook.io.FixedRecordReader;
import io.corebank.copybook.io.RawRecord;
import io.corebank.copybook.io.RecordFileException;
import io.corebank.copybook.io.RecordFraming;
import io.corebank.copybook.io.RecordWriter;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./corebank copybook layout|decode|encode}: fixed-length records described by a COBOL
 * copybook, turned into CSV or JSON and back. A pure file tool: it never opens an
 * {@link AppSession}, so neither a database nor the Spring context is started.
 */
@Command(name = "copybook", mixinStandardHelpOptions = true, description = "Show a copybook's layout; decode its records to CSV or JSON and encode them back (no database).",
    subcommands = {CopybookCommand.LayoutCommand.class, CopybookCommand.Decode.class, CopybookCommand.Encode.class})
class CopybookCommand {

  /** Code pages; each implies the usual framing of its files. */
  enum Encoding {
    ascii(TextEncoding::ascii, Framing.lines),
    ebcdic(TextEncoding::ebcdic037, Framing.fixed),
    cp1047(TextEncoding::ebcdic1047, Framing.fixed);

    private final Supplier<TextEncoding> encoding;
    private final Framing usualFraming;

    Encoding(Supplier<TextEncoding> encoding, Framing usualFraming) {
      this.encoding = encoding;
      this.usualFraming = usualFraming;
    }

    TextEncoding text() {
      return encoding.get();
    }
  }

  /** How records follow each other in the data file. */
  enum Framing {
    /** back to back, no separators (a mainframe data set) */
    fixed,
    /** one record per line, LF or CR LF; short lines are padded with spaces */
    lines
  }

  /** The options every subcommand that reads or writes records shares. */
  static class RecordOptions {
    @Option(names = "--copybook", required = true, paramLabel = "FILE.cpy", description = "The copybook describing the records.")
    Path copybook;

    @Option(names = "--encoding", defaultValue = "ebcdic", paramLabel = "ascii|ebcdic|cp1047",
        description = "Code page of the data: ascii (ISO-8859-1), ebcdic (code page 037) or cp1047 (default: ${DEFAULT-VALUE}).")
    String encodingName;

    @Option(names = "--framing", paramLabel = "fixed|lines",
        description = "fixed: records back to back; lines: one record per line. Default: lines for ascii, fixed for ebcdic and cp1047.")
    String framingName;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json",
        description = "csv (header row of field paths) or json (JSON Lines: one object per record). Default: ${DEFAULT-VALUE}.")
    String formatName;

    @Option(names = "--select", paramLabel = "FIELD",
        description = "Record-type field choosing the REDEFINES alternative of each record (overrides the copybook's @select).")
    String select;

    @Option(names = "--when", paramLabel = "VALUE=ALTERNATIVE",
        description = "With --select: the field holding VALUE selects ALTERNATIVE (repeatable), e.g. --when C=EXPORT-CUSTOMER-DATA.")
    List<String> when = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output (replaced only when the command succeeds).")
    Path output;

    Encoding encoding() {
      return choice(Encoding.class, "--encoding", encodingName);
    }

    Framing framing() {
      return framingName != null ? choice(Framing.class, "--framing", framingName) : encoding().usualFraming;
    }

    RecordText format() {
      return choice(RecordText.class, "--format", formatName);
    }
  }

  /**
   * An option value among fixed choices. A wrong value is answered like any bad option value of
   * this CLI (--db oracle): the command cannot run, 12; only a malformed command line is 16.
   */
  static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    List<String> names = Stream.of(type.getEnumConstants()).map(Enum::name).toList();
    throw new CannotRunException(option + " must be " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1) + ", not '" + value + "'");
  }

  @Command(name = "layout", mixinStandardHelpOptions = true, description = {"Print a copybook's record layout: every item with its level, offset (1-based), length,"
      + " type, digits, scale, sign, usage, occurrence and REDEFINES."})
  static class LayoutCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "FILE.cpy") Path copybook;
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv",
        description = "table (a compile listing) or csv (one row per item, with its full path). Default: ${DEFAULT-VALUE}.")
    String format;

    @Override public Integer call() {
      return guarded(spec, () -> {
        if (!format.equals("table") && !format.equals("csv")) {
          throw new CannotRunException("--format must be table or csv, not '" + format + "'");
        }
        Layout layout = compile(copybook);
        Optional<RecordTypeSelection> selection = RecordTypeSelection.declaredIn(copybook, CompileOptions.defaults());
        selection.ifPresent(s -> s.selector(layout));
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("csv")) {
          printCsv(layout, out);
        } else {
          out.print(LayoutPrinter.render(layout));
          selection.ifPresent(s -> {
            out.println("Record type: " + s.field() + " selects the REDEFINES alternative (declared by @select/@when):");
            s.cases().forEach(c -> out.println("  '" + c.value() + "' -> " + c.alternative()));
          });
        }
        out.flush();
        return ReturnCodes.OK;
      });
    }

    private static void printCsv(Layout layout, PrintWriter out) throws IOException {
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(
          "path", "level", "offset", "length", "type", "picture", "usage", "digits", "scale", "signed", "redefines").get());
      for (Field f : layout.fields()) {
        csv.printRecord(f.path(), f.level(), f.offsetBytes() + 1, f.lengthBytes(), f.type().name().toLowerCase(Locale.ROOT),
            f.picture().map(p -> p.text()).orElse(""), f.isGroup() ? "" : f.usage().cobolName(),
            f.isNumeric() ? f.digits() : "", f.isNumeric() ? f.scale() : "", f.isNumeric() ? f.signed() : "",
            f.redefinesPath().orElse(""));
      }
      csv.flush();
    }
  }

  @Command(name = "decode", mixinStandardHelpOptions = true, description = {"Decode a data file's records to CSV or JSON.",
      "Exit 0 when every record decoded; 8 at the first bad record (its number, field and rule are named); 12 when it"
          + " cannot run (missing file, bad copybook, wrong option value); 16 on a malformed command line."})
  static class Decode implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RecordOptions options;
    @Option(names = "--keep-framing",
        description = "With lines framing: add the columns @length and @end (how each line was stored) so that encode writes the file back byte for byte.")
    boolean keepFraming;
    @Parameters(paramLabel = "DATAFILE") Path data;

    @Override public Integer call() {
      return guarded(spec, () -> {
        if (keepFraming && options.framing() != Framing.lines) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--keep-framing applies to --framing lines only");
        }
        RecordCodec codec = codec(spec, options);
        requireFile(data, "data file");
        RecordTable table = new RecordTable(codec);
        long records = 0;
        try (Output output = Output.text(options.output, spec.commandLine().getOut());
             InputStream in = Files.newInputStream(data);
             FixedRecordReader reader = reader(in, codec, options)) {
          RecordText.Sink sink = options.format().sink(table, keepFraming, output.writer());
          Optional<RawRecord> raw;
          while ((raw = next(reader, data)).isPresent()) {
            DecodedRecord record;
            try {
              record = codec.decode(raw.get().bytes());
            } catch (RecordDataException e) {
              throw new BadDataException(data.getFileName() + " record " + raw.get().number() + ": " + e.getMessage());
            }
            sink.write(record, raw.get().framing());
            records++;
          }
          sink.close();
          output.commit();
        }
        spec.commandLine().getErr().printf("corebank: %d records decoded from %s%n", records, data.getFileName());
        return ReturnCodes.OK;
      });
    }
  }

  @Command(name = "encode", mixinStandardHelpOptions = true, description = {"Encode CSV or JSON (as decode writes them) back into a data file.",
      "Exit 0 when every record encoded; 8 at the first bad row (its line, field and rule are named); 12 when it"
          + " cannot run (missing file, bad copybook, wrong option value); 16 on a malformed command line."})
  static class Encode implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RecordOptions options;
    @Parameters(paramLabel = "INPUT") Path input;

    @Override public Integer call() {
      return guarded(spec, () -> {
        RecordCodec codec = codec(spec, options);
        requireFile(input, "input file");
        RecordTable table = new RecordTable(codec);
        byte pad = options.encoding().text().spaceByte();
        String name = input.getFileName().toString();
        long records = 0;
        try (Output output = Output.binary(options.output);
             Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             RecordText.Source source = options.format().source(table, in, name)) {
          RecordWriter writer = new RecordWriter(output.stream(), pad);
          Optional<RecordTable.Row> row;
          while ((row = source.next()).isPresent()) {
            DecodedRecord record = table.toRecord(row.get());
            byte[] bytes;
            try {
              bytes = codec.encode(record);
            } catch (RecordDataException e) {
              throw new BadDataException(row.get().location() + ": " + e.getMessage());
            }
            RecordFraming framing;
            if (options.framing() == Framing.lines) {
              framing = table.lineFraming(row.get(), bytes.length);
            } else if (RecordTable.hasFraming(row.get())) {
              throw new BadDataException(row.get().location() + ": " + RecordTable.LENGTH + " and " + RecordTable.END
                  + " describe lines; they cannot be used with --framing fixed");
            } else {
              framing = RecordFraming.fixed(bytes.length);
            }
            try {
              writer.write(bytes, framing);
            } catch (RecordFileException e) {
              throw new BadDataException(row.get().location() + ": " + e.getMessage());
            }
            records++;
          }
          writer.close();
          output.commit();
        }
        spec.commandLine().getErr().printf("corebank: %d records encoded from %s%n", records, name);
        return ReturnCodes.OK;
      });
    }
  }

  // ---- shared ----

  /** A step that may fail for the reasons the return codes tell apart. */
  @FunctionalInterface
  interface Step {
    int run() throws IOException;
  }

  /** Could not run: a missing or unreadable file, a copybook that does not compile. */
  static final class CannotRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotRunException(String message) {
      super(message);
    }
  }

  /**
   * Runs a subcommand and maps its failures to return codes: bad data 8, cannot run 12 (a wrong
   * option value included); options that exclude or need each other are a picocli
   * ParameterException: 16, via the CLI's handler, like any malformed command line.
   */
  static int guarded(CommandSpec spec, Step step) {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return step.run();
    } catch (BadDataException e) {
      err.println("corebank: bad data: " + e.getMessage());
      return ReturnCodes.ERROR;
    } catch (CopybookException e) {
      err.println("corebank: bad copybook: " + e.getMessage());
      return ReturnCodes.SEVERE;
    } catch (CannotRunException e) {
      err.println("corebank: " + e.getMessage());
      return ReturnCodes.SEVERE;
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      err.println("corebank: " + e.getMessage() + (cause != e ? " (" + cause + ")" : ""));
      return ReturnCodes.SEVERE;
    }
  }

  static Layout compile(Path copybook) {
    requireFile(copybook, "copybook");
    return CopybookCompiler.compile(copybook, CompileOptions.defaults());
  }

  static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new CannotRunException(what + " " + file + " not found");
    }
    if (!Files.isReadable(file)) {
      throw new CannotRunException(what + " " + file + " is not readable");
    }
  }

  /** The codec for the options: the layout, the code page, and the record-type rule of the command line or the copybook. */
  static RecordCodec codec(CommandSpec spec, RecordOptions options) {
    options.format(); // wrong option values are named before any file is read
    options.framing();
    Layout layout = compile(options.copybook);
    RedefinesSelector selector = selection(spec, options)
        .or(() -> RecordTypeSelection.declaredIn(options.copybook, CompileOptions.defaults()))
        .map(s -> {
          try {
            return s.selector(layout);
          } catch (IllegalArgumentException e) {
            throw new CannotRunException("--select/--when: " + e.getMessage());
          }
        })
        .orElse(RedefinesSelector.firstAlternative());
    if (layout.isVariableLength() && options.framing() == Framing.fixed) {
      throw new CannotRunException(layout.name() + " has an OCCURS DEPENDING ON table, so its records vary in length:"
          + " use --framing lines");
    }
    return new RecordCodec(layout, new CodecOptions(options.encoding().text(), selector));
  }

  private static Optional<RecordTypeSelection> selection(CommandSpec spec, RecordOptions options) {
    if (options.select == null) {
      if (!options.when.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--when needs --select naming the record-type field");
      }
      return Optional.empty();
    }
    if (options.when.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--select needs at least one --when VALUE=ALTERNATIVE");
    }
    List<RecordTypeSelection.Case> cases = new ArrayList<>();
    for (String when : options.when) {
      int eq = when.lastIndexOf('=');
      if (eq < 0 || eq == when.length() - 1) {
        throw new CannotRunException("--when '" + when + "' is not VALUE=ALTERNATIVE");
      }
      cases.add(new RecordTypeSelection.Case(when.substring(0, eq), when.substring(eq + 1), Optional.empty()));
    }
    return Optional.of(RecordTypeSelection.of(options.select, cases));
  }

  static FixedRecordReader reader(InputStream in, RecordCodec codec, RecordOptions options) {
    int length = codec.layout().maxRecordLengthBytes();
    return options.framing() == Framing.lines
        ? FixedRecordReader.lineSequential(in, length, options.encoding().text().spaceByte())
        : FixedRecordReader.fixedLength(in, length);
  }

  private static Optional<RawRecord> next(FixedRecordReader reader, Path data) {
    try {
      return reader.next();
    } catch (RecordFileException e) {
      throw new BadDataException(data.getFileName() + ": " + e.getMessage());
    }
  }

  /**
   * Standard output, or a file that is written beside its final name and moved there by
   * {@link #commit}: a failed run leaves no partial file and an earlier file untouched.
   */
  static final class Output implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Writer writer;
    private boolean committed;

    private Output(Path target, Path temporary, OutputStream stream, Writer writer) {
      this.target = target;
      this.temporary = temporary;
      this.stream = stream;
      this.writer = writer;
    }

    static Output text(Path target, PrintWriter standardOut) throws IOException {
      if (target == null) {
        return new Output(null, null, null, new FilterWriter(standardOut) {
          @Override
          public void close() {
            standardOut.flush();
          }
        });
      }
      Path temporary = temporaryBeside(target);
      return new Output(target, temporary, null,
          new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)));
    }

    static Output binary(Path target) throws IOException {
      if (target == null) {
        return new Output(null, null, new FilterOutputStream(System.out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        }, null);
      }
      Path temporary = temporaryBeside(target);
      return new Output(target, temporary, Files.newOutputStream(temporary), null);
    }

    private static Path temporaryBeside(Path target) throws IOException {
      Path directory = target.toAbsolutePath().getParent();
      if (directory == null || !Files.isDirectory(directory)) {
        throw new CannotRunException("output directory " + directory + " does not exist");
      }
      return Files.createTempFile(directory, "." + target.getFileName(), ".part");
    }

    Writer writer() {
      return writer;
    }

    OutputStream stream() {
      return stream;
    }

    /** Call after the sink or writer was closed: the output is complete. */
    void commit() throws IOException {
      if (temporary != null) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (temporary != null && !committed) {
        try {
          if (writer != null) {
            writer.close();
          }
          if (stream != null) {
            stream.close();
          }
        } finally {
          Files.deleteIfExists(temporary);
        }
      }
    }
  }
}
