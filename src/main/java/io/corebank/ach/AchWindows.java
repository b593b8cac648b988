package io.corebank.ach;

import io.corebank.businessdate.BusinessCalendar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The Fed windows of schedules/ach-windows.csv and the effective dates they give. */
@Component
public class AchWindows {
  public static final ZoneId EASTERN = ZoneId.of("America/New_York");
  static final String RESOURCE = "schedules/ach-windows.csv";

  /** A window: its name, Eastern time, and whether its entries settle the same day. */
  public record Window(String name, LocalTime timeEastern, boolean sameDay) {}

  private final List<Window> windows;
  private final BusinessCalendar calendar;

  public AchWindows(BusinessCalendar calendar) {
    this.calendar = calendar;
    this.windows = load();
  }

  public List<Window> all() {
    return windows;
  }

  public Window named(String name) {
    return windows.stream().filter(w -> w.name().equalsIgnoreCase(name)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("no ACH window '" + name + "'; the windows are "
            + windows.stream().map(Window::name).toList() + " (schedules/ach-windows.csv)"));
  }

  /**
   * The effective entry date of entries sent in {@code window} on {@code date}: that day for a same-day
   * window on a business day, otherwise the next business day.
   */
  public LocalDate effectiveDate(Window window, LocalDate date) {
    if (window.sameDay() && calendar.isBusinessDay(date)) return date;
    return calendar.nextBusinessDay(date);
  }

  private static List<Window> load() {
    InputStream in = AchWindows.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
    List<Window> windows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split(",");
        if (f.length != 3 || !f[2].trim().matches("[YN]")) {
          throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected name,HH:MM,Y|N but found '" + line + "'");
        }
        windows.add(new Window(f[0].trim().toUpperCase(Locale.ROOT), LocalTime.parse(f[1].trim()), f[2].trim().equals("Y")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(windows);
  }
}
