package io.corebank.card.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million details, written, validated and read back as a stream: the file is 251 MB, the heap the test holds
 * while doing so stays within a small bound. Heap use is sampled after a full collection every quarter of the
 * way, during each pass.
 */
class SettlementStreamingTest {
  private static final long DETAILS = 1_000_000;
  private static final long BOUND_BYTES = 64L * 1024 * 1024;

  @TempDir
  Path directory;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private long baseline;
  private long peakGrowth;

  @Test
  void aMillionDetailsStreamInBoundedMemory() throws IOException {
    Path file = directory.resolve("SETTLE.MILLION.TXT");
    baseline = usedHeapAfterGc();

    long start = System.nanoTime();
    Iterator<SettlementDetail> generated = SettlementFiles.generate(DETAILS, 11, SettlementTestData.SETTLEMENT_DATE, "USD");
    SettlementTrailer trailer = SettlementFiles.write(file, SettlementTestData.header(), new Iterator<>() {
      private long given;

      @Override
      public boolean hasNext() {
        return generated.hasNext();
      }

      @Override
      public SettlementDetail next() {
        if (++given % (DETAILS / 4) == 0) {
          sample();
        }
        return generated.next();
      }
    });
    long written = System.nanoTime();
    assertThat(trailer.detailCount()).isEqualTo(DETAILS);
    assertThat(Files.size(file)).isEqualTo((DETAILS + 2) * 251);

    ValidationReport report;
    try (InputStream in = new Sampling(Files.newInputStream(file), Files.size(file) / 4)) {
      report = new SettlementFileValidator().validate(in, SettlementEncoding.ASCII);
    }
    long validated = System.nanoTime();
    assertThat(report.violations()).isEmpty();
    assertThat(report.detailCount()).isEqualTo(DETAILS);

    SettlementTotals totals = new SettlementTotals();
    long records = 0;
    try (SettlementFileReader reader = new SettlementFileReader(
        new Sampling(Files.newInputStream(file), Files.size(file) / 4), SettlementEncoding.ASCII)) {
      Optional<SettlementRecord> next;
      while ((next = reader.next()).isPresent()) {
        records++;
        if (next.get() instanceof SettlementDetail detail) {
          totals.add(detail);
        }
      }
    }
    long read = System.nanoTime();
    assertThat(records).isEqualTo(DETAILS + 2);
    assertThat(totals.trailer()).isEqualTo(trailer);

    System.out.printf("%,d details, %,d bytes: write %d ms, validate %d ms, read %d ms; peak heap growth %,d bytes%n",
        DETAILS, Files.size(file), (written - start) / 1_000_000, (validated - written) / 1_000_000,
        (read - validated) / 1_000_000, peakGrowth);
    assertThat(peakGrowth).as("heap growth while streaming a %,d-byte file", Files.size(file)).isLessThan(BOUND_BYTES);
  }

  private void sample() {
    peakGrowth = Math.max(peakGrowth, usedHeapAfterGc() - baseline);
  }

  private long usedHeapAfterGc() {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Samples the heap each time another {@code every} bytes have been read. */
  private final class Sampling extends FilterInputStream {
    private final long every;
    private long read;
    private long nextSample;

    Sampling(InputStream in, long every) {
      super(in);
      this.every = every;
      this.nextSample = every;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        read += n;
        if (read >= nextSample) {
          nextSample += every;
          sample();
        }
      }
      return n;
    }
  }
}
