package io.corebank.nacha.bench;

import io.corebank.nacha.NachaValidator;
import io.corebank.nacha.ValidationOptions;
import io.corebank.nacha.ValidationReport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads and validates the large reference file repeatedly and prints entries per second.
 * The file is decompressed into memory once, so the figure measures parsing and validation, not gzip or disk.
 *
 * <p>Arguments: [file (.ach or .ach.gz)] [measured iterations] [warm-up iterations].
 */
public final class AchReadBench {

  private static final String DEFAULT_FILE =
      "src/test/resources/ach/test/testdata/large-files/PPD-200-batches-100000-entries.ach.gz";

  private AchReadBench() {
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_FILE);
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    byte[] content = load(file);

    for (int i = 0; i < warmUps; i++) {
      run(content);
    }
    long entries = 0;
    long start = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      ValidationReport report = run(content);
      if (report.rejected()) {
        throw new IllegalStateException("benchmark file rejected: " + report.firstViolation().orElseThrow());
      }
      entries += report.entryCount();
    }
    long elapsedNanos = System.nanoTime() - start;
    double seconds = elapsedNanos / 1e9;
    System.out.printf("%s: %d iterations, %d entries, %.1f ms per read+validate, %,.0f entries/s%n",
        file.getFileName(), iterations, entries / iterations, seconds * 1000 / iterations, entries / seconds);
  }

  private static ValidationReport run(byte[] content) throws IOException {
    return NachaValidator.validate(new ByteArrayInputStream(content), ValidationOptions.defaults());
  }

  private static byte[] load(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
       InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    }
  }
}
