package io.corebank.nacha.bench;

import io.corebank.nacha.AchFileReader;
import io.corebank.nacha.AchRecord;
import io.corebank.nacha.EntryRecord;
import io.corebank.nacha.NachaValidator;
import io.corebank.nacha.ValidationOptions;
import io.corebank.nacha.ValidationReport;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a NACHA file repeatedly and times three passes over it: a baseline that only splits the bytes into
 * lines (the same decoding and buffering {@link AchFileReader} uses, no parsing), the streaming read
 * ({@link AchFileReader#next()}: every record parsed) and read + validate ({@link NachaValidator}). The
 * file is decompressed into memory once, so the figures measure parsing and validation, not gzip or disk;
 * the baseline, measured in the same run, turns them into ratios that hold from one machine to another.
 *
 * <p>{@code ./corebank bench ach} prints these figures; {@link #main} does the same without the CLI.
 * Arguments of main: [file (.ach or .ach.gz)] [measured runs] [warm-up runs].
 */
public final class AchReadBench {

  /** The 100,199-entry reference file (a test resource; the path is relative to the project directory). */
  public static final String DEFAULT_FILE_NAME =
      "src/test/resources/ach/test/testdata/large-files/PPD-200-batches-100000-entries.ach.gz";
  public static final Path DEFAULT_FILE = Path.of(DEFAULT_FILE_NAME);

  /** What one run does with the file's bytes. */
  public enum Pass {
    LINES("baseline: BufferedReader lines, no parsing"),
    READ("read: AchFileReader.next(), streaming"),
    READ_VALIDATE("read + validate: NachaValidator");

    private final String label;

    Pass(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The measured runs of one pass.
   *
   * @param entries   entry detail records in the file (the baseline too is expressed in the file's entries)
   * @param runNanos  elapsed time of each measured run
   */
  public record Result(Pass pass, long entries, List<Long> runNanos) {

    public Result {
      runNanos = List.copyOf(runNanos);
    }

    public double meanMillis() {
      return runNanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
    }

    /** The middle run (the mean of the two middle ones for an even count): robust to a run another process disturbed. */
    public double medianMillis() {
      long[] sorted = runNanos.stream().mapToLong(Long::longValue).sorted().toArray();
      int middle = sorted.length / 2;
      return (sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0) / 1e6;
    }

    public double bestMillis() {
      return runNanos.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6;
    }

    /** Entries per second of the median run. */
    public double entriesPerSecond() {
      return entries / (medianMillis() / 1e3);
    }

    /** Entries per second of the fastest run (the least disturbed by other work on the machine). */
    public double bestEntriesPerSecond() {
      return entries / (bestMillis() / 1e3);
    }
  }

  private final byte[] content;
  private final ValidationOptions options;
  private final long entries;
  private final long lines;

  /**
   * Checks the content once before any timing: a rejected file would measure the wrong thing.
   *
   * @throws IllegalArgumentException when the file is rejected (the message names the first rule broken)
   */
  public AchReadBench(byte[] content, ValidationOptions options) throws IOException {
    this.content = content.clone();
    this.options = options;
    ValidationReport report = validate();
    if (report.rejected()) {
      throw new IllegalArgumentException("the file is rejected, so it cannot be benchmarked: "
          + report.firstViolation().orElseThrow().message());
    }
    this.entries = report.entryCount();
    this.lines = countLines();
  }

  /** The file's bytes, decompressed when its name ends in {@code .gz}. */
  public static byte[] load(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return in.readAllBytes();
    }
  }

  public long entries() {
    return entries;
  }

  public long lines() {
    return lines;
  }

  public int bytes() {
    return content.length;
  }

  /**
   * One run of a pass; the count it returns (lines for the baseline, entries otherwise) is checked, so the
   * work cannot be optimised away.
   */
  public long run(Pass pass) throws IOException {
    long count = switch (pass) {
      case LINES -> countLines();
      case READ -> countEntries();
      case READ_VALIDATE -> validate().entryCount();
    };
    long expected = pass == Pass.LINES ? lines : entries;
    if (count != expected) {
      throw new IllegalStateException(pass + " counted " + count + ", expected " + expected);
    }
    return count;
  }

  /**
   * {@code warmUps} rounds that are not counted, then {@code runs} measured rounds; each round runs every
   * pass once, in order, so that a disturbance on the machine falls on all passes alike.
   */
  public Map<Pass, Result> measure(List<Pass> passes, int warmUps, int runs) throws IOException {
    for (int i = 0; i < warmUps; i++) {
      for (Pass pass : passes) {
        run(pass);
      }
    }
    Map<Pass, List<Long>> nanos = new EnumMap<>(Pass.class);
    passes.forEach(p -> nanos.put(p, new ArrayList<>()));
    for (int i = 0; i < runs; i++) {
      for (Pass pass : passes) {
        long start = System.nanoTime();
        run(pass);
        nanos.get(pass).add(System.nanoTime() - start);
      }
    }
    Map<Pass, Result> results = new EnumMap<>(Pass.class);
    nanos.forEach((pass, times) -> results.put(pass, new Result(pass, entries, times)));
    return results;
  }

  private InputStream stream() {
    return new ByteArrayInputStream(content);
  }

  private long countLines() throws IOException {
    long count = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream(), StandardCharsets.ISO_8859_1), 1 << 16)) {
      while (in.readLine() != null) {
        count++;
      }
    }
    return count;
  }

  private long countEntries() throws IOException {
    long count = 0;
    try (AchFileReader reader = new AchFileReader(stream(), options)) {
      AchRecord record;
      while ((record = reader.next()) != null) {
        if (record instanceof EntryRecord) {
          count++;
        }
      }
    }
    return count;
  }

  private ValidationReport validate() throws IOException {
    return NachaValidator.validate(stream(), options);
  }

  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    AchReadBench bench = new AchReadBench(load(file), ValidationOptions.defaults());
    Map<Pass, Result> results = bench.measure(List.of(Pass.values()), warmUps, runs);
    for (Result r : results.values()) {
      System.out.printf(Locale.US, "%s: %-42s %d runs, %,d entries, %.1f ms median run, %,.0f entries/s%n",
          file.getFileName(), r.pass().label(), runs, r.entries(), r.medianMillis(), r.entriesPerSecond());
    }
  }
}
