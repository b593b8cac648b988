package io.corebank.serve;

import io.corebank.ach.AchWindows;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.quartz.CronExpression;

/**
 * {@code schedules/quartz-jobs.csv}: what {@code serve} schedules, one trigger a row
 * ({@code trigger,job,cron,time_zone,argument}; {@code #} lines are comments; a cron with commas is quoted).
 * Checked whole when read: known jobs, valid Quartz cron expressions and time zones, unique trigger names,
 * and for {@code ach-window} rows a window of {@code schedules/ach-windows.csv} fired at that window's
 * Eastern time, every window having a trigger. A file that drifts from the windows stops {@code serve} from
 * starting rather than sending a window at the wrong time or never.
 */
public final class ScheduleFile {
  static final String RESOURCE = "schedules/quartz-jobs.csv";
  /** Sends the queued outgoing payments at a Fed window (argument: the window's name). */
  public static final String ACH_WINDOW = "ach-window";
  /** Deletes the archive days older than {@code corebank.ach.archive-retention-days} (no argument). */
  public static final String ACH_ARCHIVE_PURGE = "ach-archive-purge";
  /** Releases the holds past their expiry (no argument). */
  public static final String HOLD_EXPIRY = "hold-expiry";
  private static final Set<String> JOBS = Set.of(ACH_WINDOW, ACH_ARCHIVE_PURGE, HOLD_EXPIRY);
  private static final String[] HEADER = {"trigger", "job", "cron", "time_zone", "argument"};

  /** One row: a trigger of a job. */
  public record Entry(String trigger, String job, String cron, ZoneId zone, String argument, long line) {
    public CronExpression cronExpression() {
      try {
        CronExpression c = new CronExpression(cron);
        c.setTimeZone(TimeZone.getTimeZone(zone));
        return c;
      } catch (ParseException e) {
        throw new IllegalStateException(e); // checked when read
      }
    }
  }

  private ScheduleFile() {}

  /** The file the jar carries, checked against these windows. */
  public static List<Entry> load(List<AchWindows.Window> windows) {
    InputStream in = ScheduleFile.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(r, RESOURCE, windows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Entry> parse(Reader reader, String source, List<AchWindows.Window> windows) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true).setHeader(HEADER).setSkipHeaderRecord(false).get();
    List<Entry> entries = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> windowsScheduled = new HashSet<>();
    try (CSVParser parser = format.parse(reader)) {
      for (CSVRecord row : parser) {
        long line = parser.getCurrentLineNumber();
        String where = source + " line " + line + ": ";
        if (row.size() != HEADER.length) {
          throw new IllegalStateException(where + "expected trigger,job,cron,time_zone,argument but found " + row.size()
              + " field(s)");
        }
        String trigger = row.get("trigger"), job = row.get("job"), cron = row.get("cron"), argument = row.get("argument");
        if (trigger.equals("trigger") && job.equals("job")) continue; // a header line, if the file has one
        if (!trigger.matches("[A-Za-z0-9._-]+")) throw new IllegalStateException(where + "trigger name '" + trigger
            + "' must be letters, digits, '.', '_' or '-'");
        if (!names.add(trigger)) throw new IllegalStateException(where + "trigger '" + trigger + "' is defined twice");
        if (!JOBS.contains(job)) throw new IllegalStateException(where + "unknown job '" + job + "'; the jobs are " + JOBS);
        if (!CronExpression.isValidExpression(cron)) {
          throw new IllegalStateException(where + "'" + cron + "' is not a Quartz cron expression "
              + "(seconds minutes hours day-of-month month day-of-week [year])");
        }
        ZoneId zone;
        try {
          zone = ZoneId.of(row.get("time_zone"));
        } catch (DateTimeException e) {
          throw new IllegalStateException(where + "unknown time zone '" + row.get("time_zone") + "'");
        }
        Entry entry = new Entry(trigger, job, cron, zone, argument, line);
        if (job.equals(ACH_WINDOW)) {
          AchWindows.Window window = windows.stream().filter(w -> w.name().equalsIgnoreCase(argument)).findFirst()
              .orElseThrow(() -> new IllegalStateException(where + "no ACH window '" + argument + "' in "
                  + "schedules/ach-windows.csv; the windows are " + windows.stream().map(AchWindows.Window::name).toList()));
          checkFiresAt(entry, window, where);
          windowsScheduled.add(window.name());
          entry = new Entry(trigger, job, cron, zone, window.name(), line);
        } else if (!argument.isEmpty()) {
          throw new IllegalStateException(where + "job " + job + " takes no argument");
        }
        entries.add(entry);
      }
    }
    for (AchWindows.Window w : windows) {
      if (!windowsScheduled.contains(w.name())) {
        throw new IllegalStateException(source + ": ACH window " + w.name() + " of schedules/ach-windows.csv has no "
            + ACH_WINDOW + " trigger, so it would never be sent");
      }
    }
    return List.copyOf(entries);
  }

  /** The cron must fire at the window's Eastern time, in winter and in summer (a UTC cron would drift an hour). */
  private static void checkFiresAt(Entry entry, AchWindows.Window window, String where) {
    CronExpression cron = entry.cronExpression();
    for (LocalDate from : List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 7, 5))) {
      Date next = cron.getNextValidTimeAfter(Date.from(from.atStartOfDay(AchWindows.EASTERN).toInstant()));
      LocalTime at = next == null ? null : next.toInstant().atZone(AchWindows.EASTERN).toLocalTime();
      if (!window.timeEastern().equals(at)) {
        throw new IllegalStateException(where + "cron '" + entry.cron() + "' (" + entry.zone() + ") fires at " + at
            + " Eastern in " + from.getMonth().toString().toLowerCase(Locale.ROOT) + ", but window " + window.name()
            + " is at " + window.timeEastern() + " Eastern (schedules/ach-windows.csv)");
      }
    }
  }
}
