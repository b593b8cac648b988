package io.corebank.cli;

import io.corebank.nacha.NachaValidator;
import io.corebank.nacha.ValidationOptions;
import io.corebank.nacha.ValidationReport;
import io.corebank.nacha.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./corebank ach <subcommand>}: NACHA (ACH) files. {@code validate} is a pure file tool: it never
 * opens an {@link AppSession}, so neither a database nor the Spring context is started. Subcommands that
 * post to the books (ingest, originate) open their own session in their {@code call()}; they share
 * {@link Tolerances} and {@link #open(Path)} with {@code validate} so that every subcommand judges a file
 * the same way.
 */
@Command(name = "ach", mixinStandardHelpOptions = true, description = "NACHA (ACH) files: validate, ingest, pay and originate.",
    subcommands = {AchCommand.Validate.class, AchBookCommands.Ingest.class, AchBookCommands.Pay.class,
        AchBookCommands.Originate.class, AchBookCommands.Check.class})
class AchCommand {

  /**
   * The two tolerances an operator may turn on (reference corpus: return-PPD-custom-reason-code.ach and
   * issue702.ach pass only with them). Both OFF by default; the read tolerances real files rely on
   * (short or space-padded records, no line breaks, blank lines, a short last block) are always on.
   */
  static class Tolerances {
    @Option(names = "--allow-custom-return-codes",
        description = "Accept return reason codes outside the NACHA list when they have the form R + two digits (e.g. R97).")
    boolean allowCustomReturnCodes;

    @Option(names = "--bypass-destination-validation",
        description = "Do not check the file header's immediate destination as a routing number (files addressed to a non-routing identifier).")
    boolean bypassDestinationValidation;

    ValidationOptions options() {
      return ValidationOptions.defaults().withAllowCustomReturnCodes(allowCustomReturnCodes)
          .withBypassDestinationValidation(bypassDestinationValidation);
    }
  }

  /** The file's bytes, decompressed when its name ends in {@code .gz}. */
  static InputStream open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("is a directory");
    }
    InputStream raw = Files.newInputStream(file);
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return raw;
    }
    try {
      return new GZIPInputStream(raw, 1 << 16);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** Why a file could not be read, in words (the exception's own message is often just the path). */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Validate NACHA files as a receiving bank would before posting anything (no database).",
          "Prints one line per file: the path, then ACCEPT and its entry count, REJECT and the first rule broken with"
              + " its line, or UNREADABLE and why; then the full report of each rejected file: every violation with its"
              + " line, position, record type, field, rule, bad value and detail. Files ending in .gz are read decompressed.",
          "Exit 0 when every file is accepted; 8 when any is rejected; 12 when any could not be read (this wins over 8:"
              + " the highest code is returned); 16 on a malformed command line."})
  static class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Tolerances tolerances;
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "NACHA files (.ach, .txt, ... or gzipped .gz).")
    List<Path> files;

    /** One file's outcome: a report, or why it could not be read. */
    record Outcome(String path, ValidationReport report, String unreadable) {}

    @Override public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ValidationOptions options = tolerances.options();
      List<Outcome> outcomes = new ArrayList<>();
      int width = files.stream().mapToInt(f -> f.toString().length()).max().orElse(0);
      int rc = ReturnCodes.OK;
      for (Path file : files) {
        Outcome outcome;
        try (InputStream in = open(file)) {
          outcome = new Outcome(file.toString(), NachaValidator.validate(in, options), null);
        } catch (IOException e) {
          outcome = new Outcome(file.toString(), null, reason(e));
          err.println("corebank: cannot read " + file + ": " + outcome.unreadable());
        }
        outcomes.add(outcome);
        out.println(summaryLine(outcome, width));
        out.flush();
        rc = Math.max(rc, outcome.unreadable() != null ? ReturnCodes.SEVERE
            : outcome.report().rejected() ? ReturnCodes.ERROR : ReturnCodes.OK);
      }
      for (Outcome outcome : outcomes) {
        if (outcome.report() != null && outcome.report().rejected()) {
          out.println();
          printReport(outcome, out);
        }
      }
      out.flush();
      return rc;
    }

    /**
     * {@code PATH  ACCEPT  12 entries}, {@code PATH  REJECT  RULE at line N (record) field F: detail (K violations)}
     * or {@code PATH  UNREADABLE  why}; paths are padded to the longest so that the verdicts line up.
     */
    static String summaryLine(Outcome outcome, int width) {
      String path = pad(outcome.path(), width);
      if (outcome.unreadable() != null) {
        return path + "  UNREADABLE  " + outcome.unreadable();
      }
      ValidationReport report = outcome.report();
      if (report.accepted()) {
        return path + "  ACCEPT  " + entries(report.entryCount());
      }
      Violation first = report.firstViolation().orElseThrow();
      return path + "  REJECT  " + first.rule() + " at " + first.message() + " (" + violations(report.violations().size()) + ")";
    }

    /** The whole report: a heading, then a table with one row per violation, in line order. */
    static void printReport(Outcome outcome, PrintWriter out) {
      ValidationReport report = outcome.report();
      out.println("REJECT " + outcome.path() + ": " + violations(report.violations().size()) + ", "
          + entries(report.entryCount()) + " read");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"line", "pos", "record", "field", "rule", "value", "detail"});
      for (Violation v : report.violations()) {
        rows.add(new String[] {Integer.toString(v.lineNumber()), Integer.toString(v.position()), v.record(), v.field(),
            v.rule().name(), quoted(v.badValue()), v.detail()});
      }
      int[] widths = new int[rows.get(0).length];
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      for (String[] row : rows) {
        StringBuilder line = new StringBuilder(" ");
        for (int i = 0; i < row.length; i++) {
          line.append(' ');
          boolean number = i < 2;
          boolean last = i == row.length - 1;
          line.append(last ? row[i] : number ? padLeft(row[i], widths[i]) : pad(row[i], widths[i])).append(last ? "" : " ");
        }
        out.println(line.toString().stripTrailing());
      }
    }

    /** The value between quotes, with every character outside printable ASCII shown as \xNN. */
    static String quoted(String value) {
      StringBuilder text = new StringBuilder("'");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c >= 0x20 && c <= 0x7E && c != '\\') {
          text.append(c);
        } else if (c == '\\') {
          text.append("\\\\");
        } else {
          text.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
        }
      }
      return text.append('\'').toString();
    }

    private static String entries(long n) {
      return String.format(Locale.US, "%,d %s", n, n == 1 ? "entry" : "entries");
    }

    private static String violations(int n) {
      return String.format(Locale.US, "%,d %s", n, n == 1 ? "violation" : "violations");
    }

    private static String pad(String text, int width) {
      return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
      return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
  }
}
