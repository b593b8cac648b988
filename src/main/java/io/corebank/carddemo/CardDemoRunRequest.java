package io.corebank.carddemo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a nightly run is asked to do: the input data set and the parameters the original JCL passes
 * (run timestamp, INTCALC's PARM and TRANREPT's date range).
 *
 * @param runTimestamp the run's timestamp in the DB2 form {@code 2022-07-18-10.30.00.000000}
 * @param intcalcParm  INTCALC's PARM (10 characters, e.g. {@code 2022071800}): the prefix of interest transaction ids
 */
public record CardDemoRunRequest(Path inputDir, CardDemoEncoding encoding, String runTimestamp, String intcalcParm,
    LocalDate reportFrom, LocalDate reportTo) {
  private static final Pattern DB2_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{6}");

  public CardDemoRunRequest {
    Objects.requireNonNull(inputDir, "inputDir");
    Objects.requireNonNull(encoding, "encoding");
    if (runTimestamp == null || !DB2_TIMESTAMP.matcher(runTimestamp).matches()) {
      throw new IllegalArgumentException("run timestamp '" + runTimestamp
          + "' is not of the form YYYY-MM-DD-HH.MM.SS.NNNNNN (e.g. 2022-07-18-10.30.00.000000)");
    }
    if (intcalcParm == null || intcalcParm.length() != 10) {
      throw new IllegalArgumentException("INTCALC parameter '" + intcalcParm + "' must be 10 characters (e.g. 2022071800)");
    }
    Objects.requireNonNull(reportFrom, "reportFrom");
    Objects.requireNonNull(reportTo, "reportTo");
    if (reportTo.isBefore(reportFrom)) {
      throw new IllegalArgumentException("report range " + reportFrom + " to " + reportTo + " ends before it starts");
    }
  }

  /** POSTTRAN's TRAN-PROC-TS: the run timestamp cut to hundredths of a second, as the original's DB2 format. */
  public String postingTimestamp() {
    return runTimestamp.substring(0, 22) + "0000";
  }
}
