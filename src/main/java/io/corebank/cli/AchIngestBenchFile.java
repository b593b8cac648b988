package io.corebank.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of the ingest part of {@code bench ach}: generated, ingested, timed. A class of its own because
 * picocli reflects on the command's methods, and the read part must load no Spring type.
 */
final class AchIngestBenchFile {
  private AchIngestBenchFile() {}

  record Ingested(io.corebank.ach.AchInbound.IngestReport report, double seconds, double megabytes, double jvmCpuSeconds,
      long jitMillis) {}

  /** Time the JIT compilers have spent so far (ms; 0 where the JVM does not tell). */
  static long jitMillis() {
    java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  /** Generates a payroll file of {@code entries} credits to the bench's accounts from a new sending bank and ingests it. */
  static Ingested ingest(AppSession app, org.springframework.jdbc.core.JdbcTemplate jdbc, GlobalOptions options,
      int entries) throws java.io.IOException {
    // a new sending bank per file, so that the duplicate rule (origin, date, modifier) never refuses the bench's file
    Long files = jdbc.queryForObject("SELECT COUNT(*) FROM ACH_FILE", Long.class);
    String origin = io.corebank.nacha.RoutingNumbers.withCheckDigit(String.format("2%07d", (files == null ? 0 : files) + 1));
    Path file = options.varDir.resolve("ach-bench-" + origin + ".ach");
    java.util.SplittableRandom random = new java.util.SplittableRandom(files == null ? 0 : files);
    java.util.Iterator<io.corebank.ach.PayrollFiles.Payment> payments = new java.util.Iterator<>() {
      long n;
      @Override public boolean hasNext() { return n < entries; }
      @Override public io.corebank.ach.PayrollFiles.Payment next() {
        long i = n++;
        return new io.corebank.ach.PayrollFiles.Payment(String.format("ACHB%07d", i), "EMPLOYEE " + i, 1_000_00 + random.nextInt(400_000));
      }
    };
    io.corebank.ach.PayrollFiles.write(file, origin, app.bean(io.corebank.ach.AchSettings.class).routingNumber(),
        "BENCH PAYROLL", java.time.LocalDate.now(), 'A', payments);
    double megabytes = Files.size(file) / 1e6;
    long cpuBefore = AchBenchCommand.jvmCpuNanos();
    long jitBefore = jitMillis();
    long started = System.nanoTime();
    io.corebank.ach.AchInbound.IngestReport r = app.bean(io.corebank.ach.AchInbound.class).ingest(file);
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = (AchBenchCommand.jvmCpuNanos() - cpuBefore) / 1e9;
    long jit = jitMillis() - jitBefore;
    Files.deleteIfExists(file);
    return new Ingested(r, seconds, megabytes, cpu, jit);
  }

}
