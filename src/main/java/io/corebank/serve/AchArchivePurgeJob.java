package io.corebank.serve;

import io.corebank.ach.AchDropbox;
import io.corebank.ach.AchWindows;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily purge of the ACH archive: deletes the {@code archive/YYYY/MM/DD} days older than
 * {@code corebank.ach.archive-retention-days} (7 years by default: the files are evidence), each logged.
 * error/ is never purged: its files wait for an operator.
 */
@DisallowConcurrentExecution
public class AchArchivePurgeJob implements Job {
  private static final Logger log = LoggerFactory.getLogger(AchArchivePurgeJob.class);
  private final AchDropbox dropbox;

  public AchArchivePurgeJob(AchDropbox dropbox) {
    this.dropbox = dropbox;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      dropbox.purgeArchive(context.getScheduledFireTime().toInstant().atZone(AchWindows.EASTERN).toLocalDate());
    } catch (RuntimeException e) {
      log.error("ACH archive purge failed: {}", e.toString());
      throw new JobExecutionException(e, false);
    }
  }
}
