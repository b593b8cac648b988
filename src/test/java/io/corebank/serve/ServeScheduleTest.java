package io.corebank.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.corebank.ach.AchDropbox;
import io.corebank.ach.AchOrigination;
import io.corebank.ach.AchWindows;
import io.corebank.businessdate.BusinessCalendar;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Trigger;

/**
 * The schedule of serve without Spring: schedules/quartz-jobs.csv as committed (a trigger per Fed window at
 * its Eastern time, Monday to Friday, and the daily purge), the checks that refuse a schedule drifting from
 * ach-windows.csv, the Quartz triggers built from it, and the two job classes called directly.
 */
class ServeScheduleTest {
  static final ZoneId EASTERN = ZoneId.of("America/New_York");
  static final BusinessCalendar calendar = new BusinessCalendar();
  static final List<AchWindows.Window> windows = new AchWindows(calendar).all();

  static List<ScheduleFile.Entry> parse(String csv) throws IOException {
    return ScheduleFile.parse(new StringReader(csv), "test.csv", windows);
  }

  static final String WINDOWS = """
      trigger,job,cron,time_zone,argument
      w1,ach-window,0 15 2 ? * MON-FRI,America/New_York,OVERNIGHT
      w2,ach-window,0 30 10 ? * MON-FRI,America/New_York,SAMEDAY1
      w3,ach-window,0 45 14 ? * MON-FRI,America/New_York,SAMEDAY2
      """;

  @Test
  void theCommittedScheduleFiresEveryWindowAtItsEasternTimeOnWeekdaysAndPurgesDaily() {
    List<ScheduleFile.Entry> entries = ScheduleFile.load(windows);
    assertThat(entries).extracting(ScheduleFile.Entry::job, ScheduleFile.Entry::argument).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ach-window", "OVERNIGHT"), org.assertj.core.groups.Tuple.tuple("ach-window", "SAMEDAY1"),
        org.assertj.core.groups.Tuple.tuple("ach-window", "SAMEDAY2"), org.assertj.core.groups.Tuple.tuple("ach-archive-purge", ""),
        org.assertj.core.groups.Tuple.tuple("hold-expiry", ""));
    ScheduleFile.Entry sameDay1 = entries.get(1);
    // Friday afternoon: the next SAMEDAY1 is Monday 10:30 Eastern, in winter (EST) and in summer (EDT)
    assertThat(next(sameDay1, ZonedDateTime.of(2026, 1, 9, 15, 0, 0, 0, EASTERN)))
        .isEqualTo(ZonedDateTime.of(2026, 1, 12, 10, 30, 0, 0, EASTERN));
    assertThat(next(sameDay1, ZonedDateTime.of(2026, 7, 10, 15, 0, 0, 0, EASTERN)))
        .isEqualTo(ZonedDateTime.of(2026, 7, 13, 10, 30, 0, 0, EASTERN));
    ScheduleFile.Entry purge = entries.get(3);
    assertThat(next(purge, ZonedDateTime.of(2026, 1, 10, 12, 0, 0, 0, EASTERN)))
        .isEqualTo(ZonedDateTime.of(2026, 1, 11, 4, 30, 0, 0, EASTERN));
  }

  static ZonedDateTime next(ScheduleFile.Entry e, ZonedDateTime after) {
    return e.cronExpression().getNextValidTimeAfter(Date.from(after.toInstant())).toInstant().atZone(EASTERN);
  }

  @Test
  void aQuotedCronWithCommasAndAWindowNameInAnyCaseAreRead() throws IOException {
    List<ScheduleFile.Entry> entries = parse(WINDOWS.replace("0 30 10 ? * MON-FRI,America/New_York,SAMEDAY1",
        "\"0 30 10 ? * MON,TUE,WED,THU,FRI\",America/New_York,sameday1"));
    assertThat(entries.get(1).cron()).isEqualTo("0 30 10 ? * MON,TUE,WED,THU,FRI");
    assertThat(entries.get(1).argument()).isEqualTo("SAMEDAY1");
  }

  @Test
  void aScheduleThatDriftsFromTheWindowsOrIsMalformedIsRefusedWithItsLine() {
    assertThatThrownBy(() -> parse(WINDOWS.replace("0 30 10", "0 31 10")))
        .hasMessageContaining("test.csv line 3").hasMessageContaining("fires at 10:31").hasMessageContaining("SAMEDAY1 is at 10:30");
    // a cron in UTC matches in winter or in summer, never both
    assertThatThrownBy(() -> parse(WINDOWS.replace("0 30 10 ? * MON-FRI,America/New_York", "0 30 15 ? * MON-FRI,UTC")))
        .hasMessageContaining("in july");
    assertThatThrownBy(() -> parse(WINDOWS.lines().limit(3).map(l -> l + "\n").reduce("", String::concat)))
        .hasMessageContaining("ACH window SAMEDAY2").hasMessageContaining("never be sent");
    assertThatThrownBy(() -> parse(WINDOWS + "w4,ach-window,0 0 12 ? * MON-FRI,America/New_York,NOON\n"))
        .hasMessageContaining("line 5").hasMessageContaining("no ACH window 'NOON'");
    assertThatThrownBy(() -> parse(WINDOWS + "w1,ach-archive-purge,0 0 4 * * ?,America/New_York,\n"))
        .hasMessageContaining("defined twice");
    assertThatThrownBy(() -> parse(WINDOWS + "p,ach-archive-purge,0 0 4 * *,America/New_York,\n"))
        .hasMessageContaining("not a Quartz cron expression");
    assertThatThrownBy(() -> parse(WINDOWS + "p,ach-archive-purge,0 0 4 * * ?,Mars/Olympus,\n"))
        .hasMessageContaining("unknown time zone");
    assertThatThrownBy(() -> parse(WINDOWS + "p,send-wires,0 0 4 * * ?,America/New_York,\n"))
        .hasMessageContaining("unknown job 'send-wires'");
    assertThatThrownBy(() -> parse(WINDOWS + "p,ach-archive-purge,0 0 4 * * ?,America/New_York,SAMEDAY1\n"))
        .hasMessageContaining("takes no argument");
  }

  @Test
  void eachEntryBecomesACronTriggerInItsZoneWithTheWindowInItsJobData() throws IOException {
    ScheduleFile.Entry e = parse(WINDOWS).get(1);
    JobDetail job = ServeScheduling.jobDetail(e);
    Trigger trigger = ServeScheduling.trigger(e, job);
    assertThat(job.getJobClass()).isEqualTo(AchWindowJob.class);
    assertThat(job.getJobDataMap().getString(AchWindowJob.WINDOW)).isEqualTo("SAMEDAY1");
    assertThat(trigger).isInstanceOf(CronTrigger.class);
    CronTrigger cron = (CronTrigger) trigger;
    assertThat(cron.getCronExpression()).isEqualTo("0 30 10 ? * MON-FRI");
    assertThat(cron.getTimeZone()).isEqualTo(TimeZone.getTimeZone(EASTERN));
    assertThat(cron.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    assertThat(cron.getJobKey()).isEqualTo(job.getKey());
  }

  static JobExecutionContext firing(ZonedDateTime at, String window) {
    JobExecutionContext context = mock(JobExecutionContext.class);
    JobDataMap data = new JobDataMap();
    if (window != null) data.put(AchWindowJob.WINDOW, window);
    when(context.getMergedJobDataMap()).thenReturn(data);
    when(context.getScheduledFireTime()).thenReturn(Date.from(at.toInstant()));
    return context;
  }

  @Test
  void theWindowJobSendsItsWindowAsOfTheScheduledTimeOnBusinessDaysOnly() throws JobExecutionException {
    AchOrigination origination = mock(AchOrigination.class);
    ZonedDateTime tuesday = ZonedDateTime.of(2026, 1, 6, 10, 30, 0, 0, EASTERN);
    when(origination.sendWindow("SAMEDAY1", tuesday)).thenReturn(new AchOrigination.WindowResult("SAMEDAY1",
        LocalDate.of(2026, 1, 6), Optional.empty(), 0, 0));
    AchWindowJob job = new AchWindowJob(origination, calendar);

    job.execute(firing(tuesday, "SAMEDAY1"));
    verify(origination).sendWindow("SAMEDAY1", tuesday);

    // Martin Luther King Jr. Day and a Saturday: the FedACH is closed, nothing is sent
    job.execute(firing(ZonedDateTime.of(2026, 1, 19, 10, 30, 0, 0, EASTERN), "SAMEDAY1"));
    job.execute(firing(ZonedDateTime.of(2026, 1, 10, 2, 15, 0, 0, EASTERN), "OVERNIGHT"));
    verify(origination, times(1)).sendWindow(anyString(), any());
    assertThat(job.run("SAMEDAY1", ZonedDateTime.of(2026, 1, 19, 10, 30, 0, 0, EASTERN))).isEmpty();
  }

  @Test
  void aFailingWindowIsReportedToQuartzWithoutRefiring() {
    AchOrigination origination = mock(AchOrigination.class);
    ZonedDateTime at = ZonedDateTime.of(2026, 1, 6, 14, 45, 0, 0, EASTERN);
    when(origination.sendWindow("SAMEDAY2", at)).thenThrow(new IllegalStateException("database unavailable"));
    assertThatThrownBy(() -> new AchWindowJob(origination, calendar).execute(firing(at, "SAMEDAY2")))
        .isInstanceOf(JobExecutionException.class).hasMessageContaining("database unavailable")
        .satisfies(e -> assertThat(((JobExecutionException) e).refireImmediately()).isFalse());
  }

  @Test
  void thePurgeJobPurgesAsOfTheScheduledDayInEasternTime() throws JobExecutionException {
    AchDropbox dropbox = mock(AchDropbox.class);
    // 23:30 Eastern on 2026-03-02 is already 2026-03-03 in UTC: the day is the Eastern one
    new AchArchivePurgeJob(dropbox).execute(firing(ZonedDateTime.of(2026, 3, 2, 23, 30, 0, 0, EASTERN), null));
    verify(dropbox).purgeArchive(LocalDate.of(2026, 3, 2));
  }
}
