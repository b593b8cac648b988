package io.corebank.serve;

import io.corebank.ach.AchWindows;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The Quartz schedule of {@code serve}: one cron trigger per row of {@code schedules/quartz-jobs.csv}
 * ({@link ScheduleFile}), in its time zone, misfires fired once as soon as possible. The RAM job store is
 * enough: the schedule is re-read at every start and the jobs themselves are idempotent (a window sends
 * what is queued once; a purge deletes what is old), so nothing is lost with the scheduler's memory.
 * A window missed while {@code serve} was down is not replayed: the next window sends what is queued.
 */
@Configuration(proxyBeanMethods = false)
@Profile("serve")
public class ServeScheduling {
  static final String GROUP = "corebank";
  private static final Logger log = LoggerFactory.getLogger(ServeScheduling.class);

  @Bean
  List<ScheduleFile.Entry> serveSchedule(AchWindows windows) {
    return ScheduleFile.load(windows.all());
  }

  @Bean
  SchedulerFactoryBeanCustomizer corebankJobs(List<ScheduleFile.Entry> serveSchedule, Clock clock) {
    List<JobDetail> jobs = new ArrayList<>();
    List<Trigger> triggers = new ArrayList<>();
    Date now = Date.from(clock.instant());
    for (ScheduleFile.Entry e : serveSchedule) {
      JobDetail job = jobDetail(e);
      jobs.add(job);
      triggers.add(trigger(e, job));
      log.info("scheduled {}: {}{} at '{}' {}, next {}", e.trigger(), e.job(), e.argument().isEmpty() ? "" : " " + e.argument(),
          e.cron(), e.zone(), e.cronExpression().getNextValidTimeAfter(now).toInstant().atZone(e.zone()));
    }
    return factory -> {
      factory.setJobDetails(jobs.toArray(JobDetail[]::new));
      factory.setTriggers(triggers.toArray(Trigger[]::new));
    };
  }

  static Class<? extends Job> jobClass(String job) {
    return switch (job) {
      case ScheduleFile.ACH_WINDOW -> AchWindowJob.class;
      case ScheduleFile.ACH_ARCHIVE_PURGE -> AchArchivePurgeJob.class;
      case ScheduleFile.HOLD_EXPIRY -> HoldExpiryJob.class;
      default -> throw new IllegalArgumentException("unknown job " + job);
    };
  }

  static JobDetail jobDetail(ScheduleFile.Entry e) {
    JobBuilder b = JobBuilder.newJob(jobClass(e.job())).withIdentity(e.trigger(), GROUP).storeDurably()
        .withDescription(e.job() + (e.argument().isEmpty() ? "" : " " + e.argument()));
    if (e.job().equals(ScheduleFile.ACH_WINDOW)) b.usingJobData(AchWindowJob.WINDOW, e.argument());
    return b.build();
  }

  static Trigger trigger(ScheduleFile.Entry e, JobDetail job) {
    return TriggerBuilder.newTrigger().withIdentity(e.trigger(), GROUP).forJob(job)
        .withDescription(e.cron() + " " + e.zone())
        .withSchedule(CronScheduleBuilder.cronSchedule(e.cron()).inTimeZone(TimeZone.getTimeZone(e.zone()))
            .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }
}
