package io.corebank.businessdate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Which days are business days: Monday to Friday, except the Federal Reserve holidays in
 * {@code schedules/calendars/federal-reserve-holidays.csv}. A date past the calendar's last year is
 * refused rather than guessed: a missing holiday would move money on a day the Fed is closed.
 */
@Component
public class BusinessCalendar {
  static final String HOLIDAYS = "schedules/calendars/federal-reserve-holidays.csv";

  private final Map<LocalDate, String> holidays;
  private final int lastYear;

  public BusinessCalendar() {
    this(load(HOLIDAYS));
  }

  BusinessCalendar(Map<LocalDate, String> holidays) {
    if (holidays.isEmpty()) throw new IllegalArgumentException("the holiday calendar is empty");
    this.holidays = holidays;
    this.lastYear = ((TreeMap<LocalDate, String>) holidays).lastKey().getYear();
  }

  public boolean isBusinessDay(LocalDate date) {
    requireCovered(date);
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.containsKey(date);
  }

  /** The first business day after {@code date}. */
  public LocalDate nextBusinessDay(LocalDate date) {
    LocalDate next = date.plusDays(1);
    // bounded: no stretch of closed days is longer than a long weekend plus a holiday
    for (int i = 0; i < 10 && !isBusinessDay(next); i++) next = next.plusDays(1);
    return next;
  }

  /** The holiday's name, or null. */
  public String holiday(LocalDate date) {
    return holidays.get(date);
  }

  private void requireCovered(LocalDate date) {
    if (date.getYear() > lastYear) {
      throw new IllegalStateException("the holiday calendar " + HOLIDAYS + " ends with " + lastYear + "; add " + date.getYear()
          + " before posting on " + date);
    }
  }

  static TreeMap<LocalDate, String> load(String resource) {
    InputStream in = BusinessCalendar.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("holiday calendar " + resource + " is not on the classpath");
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static TreeMap<LocalDate, String> parse(Reader reader, String source) throws IOException {
    TreeMap<LocalDate, String> days = new TreeMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord row : format.parse(reader)) {
      try {
        days.put(LocalDate.parse(row.get("date").trim()), row.get("holiday").trim());
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new IllegalArgumentException(source + " line " + row.getParser().getCurrentLineNumber() + ": '" + row.get(0)
            + "' is not a date (YYYY-MM-DD) with a holiday name", e);
      }
    }
    return days;
  }
}
