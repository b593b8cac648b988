package io.corebank.online;

import io.corebank.ledger.HoldKind;
import io.corebank.ledger.HoldReceipt;
import io.corebank.ledger.HoldRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingRejectedException;
import io.corebank.platform.Money;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the stand-in decisions over once the database is back: each is recorded as the authorization of its
 * request id (so a replay gets the stand-in answer), and an approved one gets its AUTH hold. The network was
 * promised the funds, so a hold the balance no longer covers is still recorded (as an exposure for review,
 * without a hold) and the presentment will be force-posted at settlement. Idempotent by request id.
 */
@Service
public class StandInRecovery {
  private static final Logger log = LoggerFactory.getLogger(StandInRecovery.class);

  private final StandIn standIn;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final LedgerService ledger;
  private final Cards cards;
  private final OnlineSettings settings;

  public StandInRecovery(StandIn standIn, JdbcTemplate jdbc, TransactionTemplate tx, LedgerService ledger, Cards cards,
      OnlineSettings settings) {
    this.standIn = standIn;
    this.jdbc = jdbc;
    this.tx = tx;
    this.ledger = ledger;
    this.cards = cards;
    this.settings = settings;
  }

  /** The decisions taken over now (0 when there were none). */
  public int recover() {
    if (!standIn.hasPending()) return 0;
    List<StandIn.Decision> pending = standIn.pending();
    int taken = 0;
    for (StandIn.Decision d : pending) {
      Boolean done = tx.execute(status -> takeOver(d));
      if (Boolean.TRUE.equals(done)) taken++;
    }
    standIn.archive();
    log.info("stand-in recovery: {} decisions taken over by the database", taken);
    return taken;
  }

  private boolean takeOver(StandIn.Decision d) {
    Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM CARD_AUTHORIZATION WHERE REQUEST_ID = ?", Integer.class, d.requestId());
    if (known != null && known > 0) return false;
    Optional<Cards.Card> card = cards.byToken(d.token());
    Long holdId = null;
    String state = d.approved() ? "PENDING" : "DECLINED";
    if (d.approved() && card.isPresent()) {
      try {
        HoldReceipt hold = ledger.placeHold(new HoldRequest("auth:" + d.requestId(), card.get().accountId(), HoldKind.AUTH,
            d.amountCents(), d.currency(), "stand-in authorization " + d.mcc() + " " + d.merchantName(), d.requestId(),
            d.at().plus(Duration.ofDays(settings.holdDays(d.mcc()))), "standin"));
        holdId = hold.holdId();
      } catch (PostingRejectedException e) {
        log.warn("stand-in approval {} ({}) is no longer covered: recorded without a hold ({})", d.requestId(),
            Money.format(d.amountCents()), e.rejection());
      }
    }
    jdbc.update("INSERT INTO CARD_AUTHORIZATION (REQUEST_ID, REQUEST_HASH, CARD_ID, ACCOUNT_ID, AMOUNT, CURRENCY, MCC, MERCHANT_ID, "
            + "MERCHANT_NAME, COUNTRY, RESPONSE_CODE, REASON, AUTH_CODE, HOLD_ID, STAND_IN, STATE, AUTHORIZED_AT) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Y', ?, ?)",
        d.requestId(), "-".repeat(64), card.map(Cards.Card::cardId).orElse(null), card.map(Cards.Card::accountId).orElse(null),
        Money.toDecimal(d.amountCents()), d.currency(), d.mcc(), d.merchantId(), d.merchantName(),
        d.country().length() > 3 ? d.country().substring(0, 3) : d.country(), d.approved() ? "00" : "05", d.reason(), d.authCode(),
        holdId, state, Timestamp.from(d.at()));
    return true;
  }
}
