package io.corebank.ops.stream;

import io.corebank.carddemo.CardDemoEncoding;
import io.corebank.carddemo.CardDemoFile;
import io.corebank.carddemo.CardDemoOutput;
import io.corebank.carddemo.CardDemoRunRequest;
import io.corebank.ops.jcl.JclDd;
import io.corebank.ops.jcl.JclException;
import io.corebank.ops.jcl.JclJob;
import io.corebank.ops.jcl.JclStep;
import io.corebank.ops.jcl.JclText;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JCL stream read as the CardDemo nightly: which program is which job of {@code CardDemoNightly},
 * which DD names which file, and the run's parameters (a {@link CardDemoRunRequest}) taken from the
 * PARMs. Checks everything that can be checked without a database, so {@code jcl check} and the start of
 * {@code jcl run} find the same errors; each names line, column and rule.
 */
public final class CardDemoStream {
  static final String DEFAULT_RUN_TIMESTAMP = "2022-07-18-10.30.00.000000";
  static final String DEFAULT_INTCALC_PARM = "2022071800";
  static final LocalDate DEFAULT_REPORT_FROM = LocalDate.of(2022, 1, 1);
  static final LocalDate DEFAULT_REPORT_TO = LocalDate.of(2022, 12, 31);

  static final String PROGRAM_RULE = "PROGRAM";
  static final String PROGRAM_TEXT = "the programs of the CardDemo stream, in the nightly's order: IDCAMS (job CDIMPORT), "
      + "CBTRN02C (POSTTRAN), CBACT04C (INTCALC), SORT (COMBTRAN), CBSTM03A (CREASTMT), CBTRN03C (TRANREPT); "
      + "CDUNLOAD (the record outputs) after IDCAMS, CBTRN02C and CBACT04C; LEDGCHK (the ledger check) anywhere; "
      + "a program may not come before one that precedes it in the nightly";
  static final String DD_RULE = "DD-MAPPING";
  static final String DD_TEXT = "a file a program reads or writes is a DD with PATH= naming a directory (the file keeps its "
      + "standard name in it) or the file itself under its standard name; all inputs lie in one directory, and the "
      + "outputs of a step in one directory; DSN= needs a catalog, which this system does not have";
  static final String PARM_RULE = "PARM-MAPPING";
  static final String PARM_TEXT = "IDCAMS PARM: the encoding, ascii, ebcdic or cp1047; CBTRN02C PARM: the run timestamp "
      + "YYYY-MM-DD-HH.MM.SS.NNNNNN; CBACT04C PARM: 10 characters; CBTRN03C PARM or DD DATEPARM: the report range as the "
      + "original's DATEPARM record, start date in columns 1-10 and end date in 12-21 ('2022-01-01 2022-12-31'); "
      + "other programs take no PARM; a parameter is given once per stream, and one not given takes carddemo run's default";

  /** The programs a CardDemo stream may execute, the job each runs and its place in the nightly. */
  public enum Program {
    IDCAMS("CDIMPORT", 0, "load the master files"),
    CBTRN02C("POSTTRAN", 1, "post the daily transactions"),
    CBACT04C("INTCALC", 2, "interest"),
    SORT("COMBTRAN", 3, "combine the interest transactions into the master"),
    CDUNLOAD(null, -1, "write the record outputs"),
    CBSTM03A("CREASTMT", 4, "statements"),
    CBTRN03C("TRANREPT", 5, "transaction report"),
    LEDGCHK(null, -1, "ledger check");

    private final String job;
    private final int rank;
    private final String what;

    Program(String job, int rank, String what) {
      this.job = job;
      this.rank = rank;
      this.what = what;
    }

    /** The CardDemoNightly job, or null for CDUNLOAD and LEDGCHK. */
    public String job() {
      return job;
    }

    public String what() {
      return what;
    }
  }

  /** The input DDs of the load, as the original's IDCAMS REPRO steps name them. */
  static final Map<String, CardDemoFile> LOAD_DDS = linked(
      "ACCTDATA", CardDemoFile.ACCOUNTS, "CARDDATA", CardDemoFile.CARDS, "CUSTDATA", CardDemoFile.CUSTOMERS,
      "CARDXREF", CardDemoFile.CARD_XREF, "TCATBALF", CardDemoFile.CATEGORY_BALANCES,
      "DISCGRP", CardDemoFile.DISCLOSURE_GROUPS, "TRANTYPE", CardDemoFile.TRANSACTION_TYPES,
      "TRANCATG", CardDemoFile.TRANSACTION_CATEGORIES);
  static final Map<String, CardDemoFile> POSTTRAN_DDS = linked("DALYTRAN", CardDemoFile.DAILY_TRANSACTIONS);
  static final Map<String, CardDemoOutput> CREASTMT_DDS = linked("STMTFILE", CardDemoOutput.STATEMNT_PS,
      "HTMLFILE", CardDemoOutput.STATEMNT_HTML);
  static final Map<String, CardDemoOutput> TRANREPT_DDS = linked("TRANREPT", CardDemoOutput.TRANREPT);
  static final Map<String, CardDemoOutput> UNLOAD_DDS = linked("DALYREJS", CardDemoOutput.DALYREJS,
      "TRANSACT", CardDemoOutput.TRANSACT_AFTER_POST, "TCATBALF", CardDemoOutput.TCAT_AFTER_POST,
      "ACCTPOST", CardDemoOutput.ACCT_AFTER_POST, "SYSTRAN", CardDemoOutput.SYSTRAN,
      "ACCTINT", CardDemoOutput.ACCT_AFTER_INTCALC);

  /** A file a step reads or writes: its DD, standard name and path. */
  public record DataSet(String ddName, String fileName, Path path, boolean input) {}

  /**
   * A step of the stream as CardDemo runs it: the program, the files of its DDs, the directory it writes to
   * (null when it writes none) and the DDs it does not use (SYSOUT, STEPLIB, the VSAM files, which are tables).
   */
  public record Step(JclStep jcl, Program program, List<DataSet> dataSets, Path outputDir, List<JclDd> unused) {}

  private final JclJob job;
  private final CardDemoRunRequest request;
  private final List<Step> steps;
  private final Map<JclStep, Step> byJcl = new IdentityHashMap<>();

  private CardDemoStream(JclJob job, CardDemoRunRequest request, List<Step> steps) {
    this.job = job;
    this.request = request;
    this.steps = List.copyOf(steps);
    for (Step s : steps) byJcl.put(s.jcl(), s);
  }

  public JclJob job() {
    return job;
  }

  /** The run the stream asks for: inputs, encoding, run timestamp, INTCALC's PARM and the report range. */
  public CardDemoRunRequest request() {
    return request;
  }

  public List<Step> steps() {
    return steps;
  }

  public Step step(JclStep jcl) {
    return byJcl.get(jcl);
  }

  /** Reads a parsed job as the CardDemo nightly; a stream it cannot run is a {@link JclException}. */
  public static CardDemoStream plan(JclJob job) {
    Parameters p = new Parameters();
    List<Program> programs = new ArrayList<>();
    int highestRank = -1;
    String highestStep = null;
    String unload = null;
    for (JclStep step : job.steps()) {
      Program program = program(step);
      if (unload != null && program.rank >= 0 && program.rank <= Program.CBACT04C.rank) {
        throw new JclException(step.program().line(), step.program().column(), PROGRAM_RULE, PROGRAM_TEXT,
            "PGM=" + program + " (" + program.what + ") cannot run after step " + unload + ", which writes what it changes");
      }
      if (program == Program.CDUNLOAD && unload == null) unload = step.label() + " (PGM=CDUNLOAD)";
      if (program.rank >= 0) {
        if (program.rank < highestRank) {
          throw new JclException(step.program().line(), step.program().column(), PROGRAM_RULE, PROGRAM_TEXT,
              "PGM=" + program + " (" + program.what + ") cannot run after step " + highestStep);
        }
        highestRank = program.rank;
        highestStep = step.label() + " (PGM=" + step.program().text() + ")";
      }
      programs.add(program);
      p.read(step, program);
    }
    CardDemoEncoding encoding = p.encoding == null ? CardDemoEncoding.ASCII : p.encoding;

    List<Step> steps = new ArrayList<>();
    Path inputDir = null;
    DataSet firstInput = null;
    for (int k = 0; k < job.steps().size(); k++) {
      JclStep jcl = job.steps().get(k);
      Program program = programs.get(k);
      List<DataSet> dataSets = new ArrayList<>();
      Set<String> used = new java.util.HashSet<>();
      Path outputDir = null;
      switch (program) {
        case IDCAMS, CBTRN02C -> {
          Map<String, CardDemoFile> dds = program == Program.IDCAMS ? LOAD_DDS : POSTTRAN_DDS;
          for (Map.Entry<String, CardDemoFile> e : dds.entrySet()) {
            DataSet in = dataSet(jcl, e.getKey(), e.getValue().fileName(encoding), true);
            Path dir = directory(in);
            if (inputDir == null) {
              inputDir = dir;
              firstInput = in;
            } else if (!inputDir.equals(dir)) {
              JclDd dd = jcl.dd(e.getKey());
              throw new JclException(dd.line(), dd.value().column(), DD_RULE, DD_TEXT, "DD " + e.getKey() + " is in " + dir
                  + " but DD " + firstInput.ddName() + " is in " + inputDir + ": the inputs of a run lie in one directory");
            }
            dataSets.add(in);
            used.add(e.getKey());
          }
        }
        case CBSTM03A, CBTRN03C, CDUNLOAD -> {
          Map<String, CardDemoOutput> dds = program == Program.CBSTM03A ? CREASTMT_DDS
              : program == Program.CBTRN03C ? TRANREPT_DDS : UNLOAD_DDS;
          DataSet first = null;
          for (Map.Entry<String, CardDemoOutput> e : dds.entrySet()) {
            DataSet out = dataSet(jcl, e.getKey(), e.getValue().fileName(), false);
            Path dir = directory(out);
            if (outputDir == null) {
              outputDir = dir;
              first = out;
            } else if (!outputDir.equals(dir)) {
              JclDd dd = jcl.dd(e.getKey());
              throw new JclException(dd.line(), dd.value().column(), DD_RULE, DD_TEXT, "DD " + e.getKey() + " is in " + dir
                  + " but DD " + first.ddName() + " is in " + outputDir + ": the outputs of a step lie in one directory");
            }
            dataSets.add(out);
            used.add(e.getKey());
          }
          if (program == Program.CBTRN03C && jcl.dd("DATEPARM") != null) used.add("DATEPARM");
        }
        default -> { }
      }
      List<JclDd> unused = jcl.dds().stream().filter(dd -> !used.contains(dd.name())).toList();
      steps.add(new Step(jcl, program, dataSets, outputDir, unused));
    }
    if (inputDir == null) {
      throw new JclException(job.line(), 0, DD_RULE, DD_TEXT, "job " + job.name() + " names no input file (an IDCAMS "
          + "step with DD ACCTDATA ... or a CBTRN02C step with DD DALYTRAN): a CardDemo run is identified by its inputs");
    }
    CardDemoRunRequest request = new CardDemoRunRequest(inputDir, encoding,
        p.runTimestamp == null ? DEFAULT_RUN_TIMESTAMP : p.runTimestamp.text(),
        p.intcalcParm == null ? DEFAULT_INTCALC_PARM : p.intcalcParm.text(),
        p.reportFrom == null ? DEFAULT_REPORT_FROM : p.reportFrom,
        p.reportTo == null ? DEFAULT_REPORT_TO : p.reportTo);
    return new CardDemoStream(job, request, steps);
  }

  private static Program program(JclStep step) {
    JclText pgm = step.program();
    try {
      return Program.valueOf(pgm.text());
    } catch (IllegalArgumentException e) {
      throw new JclException(pgm.line(), pgm.column(), PROGRAM_RULE, PROGRAM_TEXT,
          "program " + pgm.text() + " is not a program of the CardDemo stream");
    }
  }

  /** The run's parameters, each read from the PARM of its program and given at most once. */
  private static final class Parameters {
    CardDemoEncoding encoding;
    JclText encodingText;
    JclText runTimestamp;
    JclText intcalcParm;
    JclText reportRange;
    LocalDate reportFrom;
    LocalDate reportTo;

    void read(JclStep step, Program program) {
      JclText parm = step.parm();
      JclDd dateparm = program == Program.CBTRN03C ? step.dd("DATEPARM") : null;
      switch (program) {
        case IDCAMS -> {
          if (parm == null) return;
          once(encodingText, parm, "the encoding");
          try {
            encoding = CardDemoEncoding.parse(parm.text());
          } catch (IllegalArgumentException e) {
            throw parmError(parm, e.getMessage());
          }
          encodingText = parm;
        }
        case CBTRN02C -> {
          if (parm == null) return;
          once(runTimestamp, parm, "the run timestamp");
          validate(parm, () -> new CardDemoRunRequest(Path.of("."), CardDemoEncoding.ASCII, parm.text(), DEFAULT_INTCALC_PARM,
              DEFAULT_REPORT_FROM, DEFAULT_REPORT_TO));
          runTimestamp = parm;
        }
        case CBACT04C -> {
          if (parm == null) return;
          once(intcalcParm, parm, "INTCALC's PARM");
          validate(parm, () -> new CardDemoRunRequest(Path.of("."), CardDemoEncoding.ASCII, DEFAULT_RUN_TIMESTAMP, parm.text(),
              DEFAULT_REPORT_FROM, DEFAULT_REPORT_TO));
          intcalcParm = parm;
        }
        case CBTRN03C -> {
          if (parm != null && dateparm != null) {
            throw parmError(parm, "the report range is given both by PARM and by DD DATEPARM (line " + dateparm.line() + ")");
          }
          JclText range = parm != null ? parm : dateparm != null ? dateparmRecord(dateparm) : null;
          if (range == null) return;
          once(reportRange, range, "the report range");
          String text = range.text();
          LocalDate from;
          LocalDate to;
          try {
            if (text.stripTrailing().length() != 21) throw new DateTimeParseException("length", text, 0);
            from = LocalDate.parse(text.substring(0, 10));
            to = LocalDate.parse(text.substring(11, 21));
          } catch (DateTimeParseException e) {
            throw parmError(range, "report range '" + text + "' is not start date, one character, end date "
                + "(YYYY-MM-DD YYYY-MM-DD)");
          }
          if (to.isBefore(from)) throw parmError(range, "report range " + from + " to " + to + " ends before it starts");
          reportRange = range;
          reportFrom = from;
          reportTo = to;
        }
        default -> {
          if (parm != null) throw parmError(parm, "PGM=" + program + " takes no PARM");
        }
      }
    }

    private static void once(JclText before, JclText now, String what) {
      if (before != null && !before.text().equals(now.text())) {
        throw parmError(now, what + " is given twice: '" + before.text() + "' on line " + before.line() + " and '"
            + now.text() + "' here (one stream is one run)");
      }
    }

    private static void validate(JclText parm, Runnable check) {
      try {
        check.run();
      } catch (IllegalArgumentException e) {
        throw parmError(parm, e.getMessage());
      }
    }

    private static JclText dateparmRecord(JclDd dd) {
      switch (dd.kind()) {
        case INSTREAM -> {
          if (dd.data().isEmpty()) {
            throw new JclException(dd.line(), 0, PARM_RULE, PARM_TEXT, "DD DATEPARM has no data line");
          }
          return new JclText(dd.data().get(0), dd.line() + 1, 1);
        }
        case PATH -> {
          try (BufferedReader in = Files.newBufferedReader(Path.of(dd.value().text()), StandardCharsets.ISO_8859_1)) {
            String first = in.readLine();
            if (first == null) throw new JclException(dd.line(), dd.value().column(), PARM_RULE, PARM_TEXT, "DD DATEPARM's file is empty");
            return new JclText(first, dd.value().line(), dd.value().column());
          } catch (IOException | InvalidPathException e) {
            throw new JclException(dd.value().line(), dd.value().column(), PARM_RULE, PARM_TEXT,
                "DD DATEPARM: cannot read " + dd.value().text() + " (" + e.getMessage() + ")");
          }
        }
        default -> throw new JclException(dd.line(), 0, PARM_RULE, PARM_TEXT,
            "DD DATEPARM must be in-stream data (DD *) or PATH='file'");
      }
    }

    private static JclException parmError(JclText at, String detail) {
      return new JclException(at.line(), at.column(), PARM_RULE, PARM_TEXT, detail);
    }
  }

  private static DataSet dataSet(JclStep step, String ddName, String fileName, boolean input) {
    JclDd dd = step.dd(ddName);
    if (dd == null) {
      throw new JclException(step.program().line(), step.program().column(), DD_RULE, DD_TEXT, "step " + step.label()
          + " (PGM=" + step.program().text() + ") needs DD " + ddName + ": the file " + fileName);
    }
    if (dd.kind() == JclDd.Kind.DSN) {
      throw new JclException(dd.value().line(), dd.value().column(), DD_RULE, DD_TEXT, "DD " + ddName + ": DSN="
          + dd.value().text() + " names a cataloged data set, and there is no catalog: give PATH='directory' (of " + fileName + ")");
    }
    if (dd.kind() != JclDd.Kind.PATH) {
      throw new JclException(dd.line(), 0, DD_RULE, DD_TEXT, "DD " + ddName + " is " + dd.text() + ", but the program "
          + (input ? "reads" : "writes") + " the file " + fileName + ": give PATH='directory'");
    }
    Path path;
    try {
      path = Path.of(dd.value().text());
    } catch (InvalidPathException e) {
      throw new JclException(dd.value().line(), dd.value().column(), DD_RULE, DD_TEXT, "DD " + ddName + ": " + e.getMessage());
    }
    if (path.getFileName() != null && path.getFileName().toString().equals(fileName)) {
      return new DataSet(ddName, fileName, path, input);
    }
    if (Files.isRegularFile(path)) {
      throw new JclException(dd.value().line(), dd.value().column(), DD_RULE, DD_TEXT, "DD " + ddName + " names the file "
          + path.getFileName() + ", but the program " + (input ? "reads" : "writes") + " " + fileName
          + ": give its directory, or a file of that name");
    }
    return new DataSet(ddName, fileName, path.resolve(fileName), input);
  }

  private static Path directory(DataSet dataSet) {
    return dataSet.path().toAbsolutePath().normalize().getParent();
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> linked(Object... pairs) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int k = 0; k < pairs.length; k += 2) map.put((String) pairs[k], (V) pairs[k + 1]);
    return java.util.Collections.unmodifiableMap(map);
  }

  /** The programs and what they run, for the documentation and {@code jcl check}. */
  public static String programs() {
    return Arrays.stream(Program.values()).map(p -> p + " " + (p.job == null ? "(" + p.what + ")" : p.job))
        .collect(Collectors.joining(", "));
  }
}
