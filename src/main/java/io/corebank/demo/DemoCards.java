package io.corebank.demo;

import io.corebank.account.AccountService;
import io.corebank.account.CustomerAccount;
import io.corebank.card.CardSettlement;
import io.corebank.card.settlement.AcquirerReferenceNumbers;
import io.corebank.card.settlement.MessageType;
import io.corebank.card.settlement.SettlementDetail;
import io.corebank.card.settlement.SettlementEncoding;
import io.corebank.card.settlement.SettlementFileWriter;
import io.corebank.card.settlement.SettlementHeader;
import io.corebank.online.AuthorizationReply;
import io.corebank.online.AuthorizationRequest;
import io.corebank.online.Authorizations;
import io.corebank.online.CardTokens;
import io.corebank.online.Cards;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The demo day's card step: cards on the first credit-card accounts, a few authorizations through the
 * online processor's service (holds placed), then the network's settlement file for them (one presentment
 * above its hold within the tolerance, one with no authorization) processed: holds captured.
 */
@Service
public class DemoCards {
  static final int CARDS = 5;

  private final AccountService accounts;
  private final Cards cards;
  private final CardTokens tokens;
  private final Authorizations authorizations;
  private final CardSettlement settlement;
  private final Path directory;

  public DemoCards(AccountService accounts, Cards cards, CardTokens tokens, Authorizations authorizations, CardSettlement settlement,
      @Value("${corebank.var-dir:./var}") Path varDir) {
    this.accounts = accounts;
    this.cards = cards;
    this.tokens = tokens;
    this.authorizations = authorizations;
    this.settlement = settlement;
    this.directory = varDir.resolve("settlement").resolve("inbound");
  }

  /** What the card step did. */
  public record Result(int approved, int declined, CardSettlement.Report settlement) {}

  public Result run(LocalDate businessDate, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ businessDate.toEpochDay() * 31);
    List<String> pans = new ArrayList<>();
    for (CustomerAccount a : accounts.activeCustomerAccounts()) {
      if (a.kind() != io.corebank.product.ProductKind.CREDIT_CARD) continue;
      String pan = CardTokens.withLuhn("5" + String.format("%014d", a.accountId() % 100_000_000_000_000L));
      cards.issue(pan, a.accountId(), "3012", "USA");
      pans.add(pan);
      if (pans.size() == CARDS) break;
    }
    List<SettlementDetail> details = new ArrayList<>();
    int approved = 0;
    int declined = 0;
    long arn = businessDate.toEpochDay() * 1000;
    for (String pan : pans) {
      long cents = 5_00 + random.nextInt(200_00);
      AuthorizationReply a = authorizations.authorize(new AuthorizationRequest("demo-" + businessDate + "-" + pan.substring(12),
          pan, "3012", cents, "USD", "5411", "M000000042", "DEMO GROCER", "USA", "05"));
      if (!a.approved()) {
        declined++;
        continue;
      }
      approved++;
      // the grocer presents the exact amount, except one tip-like 10% above (within the tolerance)
      long presented = approved == 1 ? cents + cents / 10 : cents;
      details.add(detail(pan, a.authCode(), presented, ++arn, businessDate));
    }
    if (!pans.isEmpty()) details.add(detail(pans.get(0), "NOAUTH", 9_99, ++arn, businessDate)); // a presentment never authorized
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve("CARDNET-" + businessDate + ".dat");
      try (OutputStream out = Files.newOutputStream(file); SettlementFileWriter w = new SettlementFileWriter(out, SettlementEncoding.ASCII)) {
        w.header(SettlementHeader.of("CARDNET", "D" + businessDate.toString().replace("-", ""), businessDate.atTime(6, 0),
            businessDate, "USD"));
        for (SettlementDetail d : details) w.detail(d);
        w.finish();
      }
      return new Result(approved, declined, settlement.process(file, SettlementEncoding.ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SettlementDetail detail(String pan, String authCode, long cents, long arn, LocalDate date) {
    SettlementDetail.Builder b = SettlementDetail.builder().messageType(MessageType.PRESENTMENT).cardToken(tokens.token(pan))
        .lastFour(pan.substring(pan.length() - 4)).arn(AcquirerReferenceNumbers.withCheckDigit(String.format("7%021d", arn)))
        .transactionAmount(cents, "USD").settlementAmount(cents, "USD").interchangeFeeCents(cents * 15 / 1000)
        .merchant("M000000042", "DEMO GROCER", "5411").settlementDate(date);
    if (authCode != null) b.authorizationCode(authCode).originalDate(date);
    return b.build();
  }
}
