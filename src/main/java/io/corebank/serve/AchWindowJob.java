package io.corebank.serve;

import io.corebank.ach.AchOrigination;
import io.corebank.ach.AchWindows;
import io.corebank.businessdate.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of a Fed window: on a business day, sends the queued outgoing payments with
 * {@link AchOrigination#sendWindow} as of the trigger's scheduled time (so a late firing names the file and
 * dates the entries as the window would have). On a weekend or a Federal Reserve holiday (the FedACH is
 * closed) it sends nothing: the payments stay queued for the next window. Sending is idempotent, so a
 * window fired twice sends once.
 */
@DisallowConcurrentExecution
public class AchWindowJob implements Job {
  /** The job data key holding the window's name. */
  public static final String WINDOW = "window";
  private static final Logger log = LoggerFactory.getLogger(AchWindowJob.class);

  private final AchOrigination origination;
  private final BusinessCalendar calendar;

  public AchWindowJob(AchOrigination origination, BusinessCalendar calendar) {
    this.origination = origination;
    this.calendar = calendar;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    String window = context.getMergedJobDataMap().getString(WINDOW);
    ZonedDateTime at = context.getScheduledFireTime().toInstant().atZone(AchWindows.EASTERN);
    try {
      run(window, at);
    } catch (RuntimeException e) {
      log.error("ACH window {} at {}: failed: {}; the payments stay queued for the next window", window, at, e.toString());
      throw new JobExecutionException(e, false);
    }
  }

  /** Sends the window as of {@code at}; empty when {@code at} is not a business day (Eastern). */
  public Optional<AchOrigination.WindowResult> run(String window, ZonedDateTime at) {
    LocalDate day = at.withZoneSameInstant(AchWindows.EASTERN).toLocalDate();
    if (!calendar.isBusinessDay(day)) {
      String why = calendar.holiday(day) == null ? day.getDayOfWeek().toString().toLowerCase() : calendar.holiday(day);
      log.info("ACH window {} on {}: not a business day ({}); nothing sent, the payments stay queued", window, day, why);
      return Optional.empty();
    }
    AchOrigination.WindowResult r = origination.sendWindow(window, at);
    if (r.file().isEmpty()) {
      log.info("ACH window {} at {}: nothing queued", window, at);
    } else {
      log.info("ACH window {} at {}: sent {} entr{} ({} cents) in {}, effective {}", window, at, r.entries(),
          r.entries() == 1 ? "y" : "ies", r.totalCents(), r.file().get().getFileName(), r.effectiveDate());
    }
    return Optional.of(r);
  }
}
