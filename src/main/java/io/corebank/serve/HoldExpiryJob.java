package io.corebank.serve;

import io.corebank.ledger.LedgerService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly expiry of holds: every pending hold whose expiry has passed (card authorizations never
 * presented, Reg CC float holds past their availability date) gives its funds back, through the ledger.
 */
@DisallowConcurrentExecution
public class HoldExpiryJob implements Job {
  private static final Logger log = LoggerFactory.getLogger(HoldExpiryJob.class);
  private final LedgerService ledger;

  public HoldExpiryJob(LedgerService ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      int expired = ledger.expireHolds(context.getScheduledFireTime().toInstant(), "hold-expiry");
      log.info("hold expiry: {} holds past their expiry released", expired);
    } catch (RuntimeException e) {
      log.error("hold expiry failed: {}", e.toString());
      throw new JobExecutionException(e, false);
    }
  }
}
