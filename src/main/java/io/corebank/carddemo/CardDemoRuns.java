package io.corebank.carddemo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The register of parallel runs (CD_RUN). A run is identified by its inputs: the SHA-256 of every input
 * file and of the parameters. Asking again for the same inputs gives the same run, so a rerun after a
 * crash resumes it (and a completed run is not posted twice).
 */
@Service
public class CardDemoRuns {
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public CardDemoRuns(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The run of these inputs, registered now when it is new. */
  public CardDemoRun register(CardDemoRunRequest request) {
    String key = runKey(request);
    List<Long> existing = jdbc.queryForList("SELECT RUN_ID FROM CD_RUN WHERE RUN_KEY = ?", Long.class, key);
    if (!existing.isEmpty()) return new CardDemoRun(existing.get(0), request);
    long runId = nextRunId();
    try {
      jdbc.update("INSERT INTO CD_RUN (RUN_ID, RUN_KEY, INPUT_DIR, ENCODING, RUN_TIMESTAMP, INTCALC_PARM, REPORT_FROM, "
              + "REPORT_TO, IMPORTED, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'N', ?)",
          runId, key, abbreviate(request.inputDir().toAbsolutePath().toString()), request.encoding().name(),
          request.runTimestamp(), request.intcalcParm(), Date.valueOf(request.reportFrom()),
          Date.valueOf(request.reportTo()), Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException e) {
      // another process registered the same inputs a moment ago: that is our run
      return new CardDemoRun(jdbc.queryForObject("SELECT RUN_ID FROM CD_RUN WHERE RUN_KEY = ?", Long.class, key), request);
    }
    return new CardDemoRun(runId, request);
  }

  public boolean isImported(CardDemoRun run) {
    return "Y".equals(jdbc.queryForObject("SELECT IMPORTED FROM CD_RUN WHERE RUN_ID = ?", String.class, run.runId()));
  }

  void markImported(CardDemoRun run) {
    jdbc.update("UPDATE CD_RUN SET IMPORTED = 'Y' WHERE RUN_ID = ?", run.runId());
  }

  private long nextRunId() {
    // run ids are small numbers people type: one more than the highest so far
    Long max = jdbc.queryForObject("SELECT MAX(RUN_ID) FROM CD_RUN", Long.class);
    return max == null ? 1 : max + 1;
  }

  static String runKey(CardDemoRunRequest request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String parameters = String.join("|", request.encoding().name(), request.runTimestamp(), request.intcalcParm(),
          request.reportFrom().toString(), request.reportTo().toString());
      digest.update(parameters.getBytes(StandardCharsets.UTF_8));
      byte[] buffer = new byte[1 << 16];
      for (CardDemoFile file : CardDemoFile.values()) {
        Path path = file.in(request.inputDir(), request.encoding());
        digest.update(("|" + file.name() + "|").getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(path)) {
          for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input files in " + request.inputDir(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String path) {
    return path.length() <= 500 ? path : "..." + path.substring(path.length() - 497);
  }
}
