package io.corebank.mq;

import io.corebank.account.AccountService;
import io.corebank.ach.AchOrigination;
import io.corebank.ledger.AccountBalance;
import io.corebank.ledger.PostingRejectedException;
import io.corebank.online.AuthorizationReply;
import io.corebank.online.Authorizations;
import io.corebank.online.OnlineBanking;
import io.corebank.online.StandIn;
import io.corebank.online.StandInRecovery;
import io.corebank.online.message.AchPaymentReply;
import io.corebank.online.message.AchPaymentRequest;
import io.corebank.online.message.AuthorizationRequest;
import io.corebank.online.message.BalanceInquiry;
import io.corebank.online.message.BalanceReply;
import io.corebank.online.message.DepositReply;
import io.corebank.online.message.DepositRequest;
import io.corebank.online.message.MessageCodec;
import io.corebank.online.message.MessageEncoding;
import io.corebank.online.message.MessageFormatException;
import io.corebank.online.message.OnlineMessage;
import io.corebank.online.message.ReversalReply;
import io.corebank.online.message.ReversalRequest;
import io.corebank.online.message.TransferReply;
import io.corebank.online.message.TransferRequest;
import io.corebank.online.message.WithdrawalReply;
import io.corebank.online.message.WithdrawalRequest;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The fixed-width online messages (copybooks OL*.cpy, ASCII or EBCDIC per {@code corebank.mq.encoding}):
 * each request decoded, handled by the online capability and answered. A message that does not decode gets
 * an error reply naming the field; an authorization while the database is unavailable is answered by stand-in.
 */
@Component
@ConditionalOnProperty(name = "corebank.mq.enabled", havingValue = "true")
public class OnlineGateway implements MqEndpoint {
  private static final Logger log = LoggerFactory.getLogger(OnlineGateway.class);
  private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("yyMM");

  private final MessageCodec codec;
  private final Authorizations authorizations;
  private final OnlineBanking banking;
  private final AccountService accounts;
  private final AchOrigination origination;
  private final StandIn standIn;
  private final StandInRecovery recovery;
  private final Clock clock;
  private final String queue;

  public OnlineGateway(Authorizations authorizations, OnlineBanking banking, AccountService accounts, AchOrigination origination,
      StandIn standIn, StandInRecovery recovery, Clock clock, @Value("${corebank.mq.encoding:EBCDIC_037}") MessageEncoding encoding,
      @Value("${corebank.mq.queues.online:CB.ONLINE.REQUEST}") String queue) {
    this.codec = new MessageCodec(encoding);
    this.authorizations = authorizations;
    this.banking = banking;
    this.accounts = accounts;
    this.origination = origination;
    this.standIn = standIn;
    this.recovery = recovery;
    this.clock = clock;
    this.queue = queue;
  }

  @Override public String name() { return "online"; }
  @Override public String queue() { return queue; }
  @Override public boolean textReplies() { return false; }

  @Override
  public byte[] handle(byte[] request) {
    OnlineMessage message;
    try {
      message = codec.decode(request);
    } catch (MessageFormatException e) {
      log.info("online request refused: {} ({})", e.getMessage(), e.fieldPath());
      return codec.encode(codec.errorReply(request, e, clock.instant()));
    }
    return codec.encode(answer(message));
  }

  /** {@code n} in {@code width} digits with leading zeros (String.format's parsing showed in the profile of every request). */
  static String zeroPadded(int n, int width) {
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private OnlineMessage answer(OnlineMessage message) {
    var now = clock.instant();
    if (message instanceof AuthorizationRequest r) {
      io.corebank.online.AuthorizationRequest domain = new io.corebank.online.AuthorizationRequest(r.header().requestId(),
          r.cardNumber(), r.expiry().format(YYMM), r.amountCents(), r.currency(), zeroPadded(r.merchantCategoryCode(), 4),
          r.merchantId(), r.merchantName(), r.merchantCountry(), zeroPadded(r.posEntryMode(), 2));
      AuthorizationReply a = authorizeOrStandIn(domain);
      return new io.corebank.online.message.AuthorizationReply(r.header().reply(now), a.last4() == null ? "" : a.last4(),
          a.responseCode(), a.reason(), a.approvedCents(), r.currency(), a.authCode() == null ? "" : a.authCode(),
          a.holdId() == null ? 0 : a.holdId(), a.availableAfterCents() == null ? 0 : a.availableAfterCents());
    }
    if (message instanceof ReversalRequest r) {
      Authorizations.ReversalReply rev = authorizations.reverse(r.header().requestId(), r.originalRequestId());
      return new ReversalReply(r.header().reply(now), rev.responseCode(), rev.reason(), rev.releasedCents());
    }
    OnlineBanking.Requester who = new OnlineBanking.Requester(message.header().channelId().strip(),
        message.header().operatorId().strip());
    if (message instanceof BalanceInquiry r) {
      OnlineBanking.Reply b = banking.inquiry(r.header().requestId(), who, r.accountNumber());
      AccountBalance bal = b.balanceAfter();
      String status = accounts.findByNumber(r.accountNumber()).map(a -> a.status().name()).orElse("");
      return new BalanceReply(r.header().reply(now), r.accountNumber(), b.responseCode(), b.reason(), "USD",
          bal == null ? 0 : bal.currentCents(), bal == null ? 0 : bal.availableCents(), bal == null ? 0 : bal.heldCents(),
          bal == null ? 0 : bal.pendingCents(), status);
    }
    if (message instanceof TransferRequest r) {
      OnlineBanking.Reply t = banking.transfer(r.header().requestId(), who, r.fromAccount(), r.toAccount(), r.amountCents(),
          r.description(), r.approverId());
      return new TransferReply(r.header().reply(now), t.responseCode(), t.reason(), t.journalId() == null ? 0 : t.journalId(),
          t.balanceAfter() != null ? t.balanceAfter().currentCents() : balanceOf(r.fromAccount()).currentCents(),
          balanceOf(r.toAccount()).currentCents());
    }
    if (message instanceof DepositRequest r) {
      OnlineBanking.Reply d = banking.deposit(r.header().requestId(), who, r.accountNumber(), r.amountCents(), r.description());
      AccountBalance after = d.balanceAfter() != null ? d.balanceAfter() : balanceOf(r.accountNumber());
      return new DepositReply(r.header().reply(now), d.responseCode(), d.reason(), d.journalId() == null ? 0 : d.journalId(),
          after.currentCents(), after.availableCents());
    }
    if (message instanceof WithdrawalRequest r) {
      OnlineBanking.Reply w = banking.withdrawal(r.header().requestId(), who, r.accountNumber(), r.amountCents(), r.description());
      AccountBalance after = w.balanceAfter() != null ? w.balanceAfter() : balanceOf(r.accountNumber());
      return new WithdrawalReply(r.header().reply(now), w.responseCode(), w.reason(), w.journalId() == null ? 0 : w.journalId(),
          after.currentCents(), after.availableCents());
    }
    if (message instanceof AchPaymentRequest r) {
      if (!banking.authorized(who, "ACHPAY", r.header().requestId())) {
        return new AchPaymentReply(r.header().reply(now), "05", OnlineBanking.NOT_AUTHORIZED, 0, 0, "", Optional.empty());
      }
      try {
        AchOrigination.Queued q = origination.queue(new AchOrigination.Payment(r.header().requestId(), r.fromAccount(),
            r.receiverRouting(), r.receiverAccount(), r.receiverName(), r.amountCents(), r.secCode(), r.description()));
        return new AchPaymentReply(r.header().reply(now), "00", "0000", q.originationId(), q.journalId(), "NEXT", Optional.empty());
      } catch (PostingRejectedException e) {
        return new AchPaymentReply(r.header().reply(now), "05", "4100", 0, 0, "", Optional.empty());
      } catch (IllegalArgumentException e) {
        return new AchPaymentReply(r.header().reply(now), "05", "9000", 0, 0, "", Optional.empty());
      }
    }
    throw new IllegalArgumentException("not a request: " + message.header().type());
  }

  /** The database decides; when it cannot be reached, stand-in does (and recovery follows its return). */
  private AuthorizationReply authorizeOrStandIn(io.corebank.online.AuthorizationRequest r) {
    AuthorizationReply reply;
    try {
      reply = authorizations.authorize(r);
    } catch (DataAccessResourceFailureException | CannotCreateTransactionException e) {
      return standIn.decide(r);
    }
    try {
      recovery.recover();
    } catch (RuntimeException e) {
      log.warn("stand-in recovery postponed: {}", e.toString());
    }
    return reply;
  }

  /** The account's balances in one look-up (zeros for an unknown account, whose reply says so). */
  private AccountBalance balanceOf(String accountNumber) {
    return accounts.findByNumber(accountNumber).map(a -> banking.balance(a.accountId()))
        .orElse(new AccountBalance(0, "USD", 0, 0, 0, 0, null));
  }
}
