package io.corebank.cli;

import io.corebank.platform.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same-run baseline of `bench posttran`: POSTTRAN's rules in COBOL on indexed files
 * ({@code bench/cobol/POSTTRN.cbl}), compiled with GnuCOBOL and timed by {@code bench/cobol/run-posttran.sh} on the
 * bench's data set, on this machine, just before Corebank's POSTTRAN. It also reports what it posted (rejects by
 * reason, account totals) so that the bench can check that both implementations of the rules agree.
 */
final class CobolBaseline {
  /** What the script printed: {@code cobol-ms}, {@code cobol-rejected}, {@code cobol-rejects-by-reason}, ... */
  record Result(Map<String, String> values) {
    long millis() { return Long.parseLong(values.get("cobol-ms")); }
    double perSecond(long records) { return records * 1000.0 / millis(); }
    String rejectsByReason() { return values.getOrDefault("cobol-rejects-by-reason", ""); }
    String accountTotalsCents() { return values.getOrDefault("cobol-account-totals-cents", ""); }
  }

  private CobolBaseline() {}

  /** The script beside the project: found from the working directory or from the jar's place in target/. */
  static Optional<Path> script() {
    Path relative = Path.of("bench", "cobol", "run-posttran.sh");
    if (Files.isRegularFile(relative)) return Optional.of(relative.toAbsolutePath());
    // the launcher runs <project>/target/corebank.jar from any directory
    return ProcessorProcess.runningJar().map(jar -> jar.toAbsolutePath().getParent().getParent().resolve(relative))
        .filter(Files::isRegularFile);
  }

  /**
   * Runs the script on {@code data}; empty with the reason in {@code why[0]} when it cannot run here (no GnuCOBOL,
   * no script) or fails.
   */
  static Optional<Result> run(Path data, Path workDir, String[] why) throws IOException, InterruptedException {
    Optional<Path> script = script();
    if (script.isEmpty()) {
      why[0] = "bench/cobol/run-posttran.sh not found beside the project";
      return Optional.empty();
    }
    Path log = Files.createDirectories(workDir).resolve("run-posttran.log");
    Process p = new ProcessBuilder("bash", script.get().toString(), data.toAbsolutePath().toString(), workDir.toAbsolutePath().toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      why[0] = "the COBOL run did not end within 30 minutes";
      return Optional.empty();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      int eq = line.indexOf('=');
      if (line.startsWith("cobol-") && eq > 0) values.put(line.substring(0, eq), line.substring(eq + 1).strip());
    }
    if (p.exitValue() != 0 || !values.containsKey("cobol-ms")) {
      String last = output.strip().isEmpty() ? "no output" : output.strip().lines().reduce((a, b) -> b).orElse("");
      why[0] = (p.exitValue() == 3 ? "" : "exit " + p.exitValue() + ": ") + last + " (log: " + log + ")";
      return Optional.empty();
    }
    return Optional.of(new Result(values));
  }

  /**
   * The same figures from Corebank's run, in the same form (kept out of the picocli command: its method
   * signatures are loaded when the CLI starts, and commands that need no database load no Spring type).
   */
  static String corebankOutcome(JdbcTemplate jdbc, long runId) {
    StringBuilder rejects = new StringBuilder();
    jdbc.query("SELECT REASON_CODE, COUNT(*) FROM CD_DAILY_REJECT WHERE RUN_ID = ? GROUP BY REASON_CODE ORDER BY REASON_CODE",
        rs -> { rejects.append(rejects.length() == 0 ? "" : ",").append(rs.getInt(1)).append(':').append(rs.getLong(2)); }, runId);
    String totals = jdbc.queryForObject("SELECT SUM(CURR_BAL), SUM(CURR_CYC_CREDIT), SUM(CURR_CYC_DEBIT) FROM CD_ACCOUNT_SNAPSHOT "
        + "WHERE RUN_ID = ? AND STAGE = 'POSTTRAN'", (rs, i) -> Money.toCents(rs.getBigDecimal(1)) + ","
        + Money.toCents(rs.getBigDecimal(2)) + "," + Money.toCents(rs.getBigDecimal(3)), runId);
    return "rejects " + rejects + "; account totals " + totals;
  }
}
