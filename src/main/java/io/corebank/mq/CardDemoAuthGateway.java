package io.corebank.mq;

import io.corebank.online.AuthorizationReply;
import io.corebank.online.Authorizations;
import io.corebank.online.StandIn;
import io.corebank.online.message.carddemo.CardDemoAuthReply;
import io.corebank.online.message.carddemo.CardDemoAuthRequest;
import io.corebank.online.message.carddemo.CardDemoFormatException;
import io.corebank.online.message.carddemo.CardDemoReason;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The CardDemo authorization format on its own queue pair, so that this processor can replace CardDemo's
 * authorization program: an 18-field comma-separated request answered with
 * {@code card,transaction id,auth id,response code,reason,approved amount,}. The CardDemo transaction id is
 * the request id (prefixed {@code CD-}): the same transaction always gets the same answer.
 */
@Component
@ConditionalOnProperty(name = "corebank.mq.enabled", havingValue = "true")
public class CardDemoAuthGateway implements MqEndpoint {
  private static final Logger log = LoggerFactory.getLogger(CardDemoAuthGateway.class);

  private final Authorizations authorizations;
  private final StandIn standIn;
  private final String queue;

  public CardDemoAuthGateway(Authorizations authorizations, StandIn standIn,
      @Value("${corebank.mq.queues.carddemo:CB.CARDDEMO.AUTH.REQUEST}") String queue) {
    this.authorizations = authorizations;
    this.standIn = standIn;
    this.queue = queue;
  }

  @Override public String name() { return "carddemo"; }
  @Override public String queue() { return queue; }
  @Override public boolean textReplies() { return true; }

  @Override
  public byte[] handle(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    CardDemoAuthRequest r;
    try {
      r = CardDemoAuthRequest.parse(text);
    } catch (CardDemoFormatException e) {
      log.info("CardDemo authorization refused: {}", e.getMessage());
      return ("ERROR," + e.getMessage().replace(',', ';') + ",").getBytes(StandardCharsets.UTF_8);
    }
    String expiry = r.cardExpiryDate().length() == 4 ? r.cardExpiryDate().substring(2) + r.cardExpiryDate().substring(0, 2)
        : r.cardExpiryDate();
    io.corebank.online.AuthorizationRequest domain = new io.corebank.online.AuthorizationRequest("CD-" + r.transactionId().strip(),
        r.cardNumber(), expiry, r.amountCents(), "USD", r.merchantCategoryCode(), r.merchantId(), r.merchantName(),
        r.acquirerCountryCode(), String.format("%02d", r.posEntryMode()));
    AuthorizationReply a;
    try {
      a = authorizations.authorize(domain);
    } catch (DataAccessResourceFailureException | CannotCreateTransactionException e) {
      a = standIn.decide(domain);
    }
    return CardDemoAuthReply.to(r, reason(a), a.authCode() == null ? "" : a.authCode()).format().getBytes(StandardCharsets.UTF_8);
  }

  static CardDemoReason reason(AuthorizationReply a) {
    if (a.approved()) return CardDemoReason.APPROVED;
    return switch (a.reason()) {
      case "3100" -> CardDemoReason.NOT_FOUND;
      case "4100" -> CardDemoReason.INSUFFICIENT_FUNDS;
      case "4200" -> CardDemoReason.CARD_NOT_ACTIVE;
      case "4300" -> CardDemoReason.ACCOUNT_CLOSED;
      case "5100" -> CardDemoReason.CARD_FRAUD;
      default -> CardDemoReason.OTHER;
    };
  }
}
