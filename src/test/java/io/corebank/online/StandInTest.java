package io.corebank.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.support.Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stand-in: with the database away, a card seen approved recently is approved within the per-transaction
 * cap, the day cap and its last known available balance; an unknown card is declined; every decision is on
 * disk before it is answered; when the database is back the decisions are taken over (authorization rows,
 * holds) once, and a replay of a stand-in request gets the stand-in answer.
 */
@SpringBootTest(properties = {"corebank.online.stand-in.max-cents=20000", "corebank.online.stand-in.day-max-cents=30000"})
class StandInTest {
  static final String VAR_DIR = System.getProperty("java.io.tmpdir") + "/standin-" + System.nanoTime();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
    registry.add("corebank.var-dir", () -> VAR_DIR);
  }

  @Autowired Authorizations authorizations;
  @Autowired StandIn standIn;
  @Autowired StandInRecovery recovery;
  @Autowired Cards cards;
  @Autowired AccountService accounts;
  @Autowired LedgerService ledger;
  @Autowired InternalAccounts internal;
  @Autowired JdbcTemplate jdbc;
  @Value("${corebank.var-dir}") Path varDir;

  @Test
  void decidesConservativelyRecordsDurablyAndIsTakenOverWhenTheDatabaseReturns() throws Exception {
    internal.ensureOpen();
    Account a = accounts.open(new OpenAccount("SI-1", null, "CHK-STD", "stand-in", null, null), "test");
    ledger.post(JournalRequest.transfer("fund:si", "CASH-DEP", internal.id(InternalAccount.VAULT_CASH), a.accountId(), 250_00,
        "USD", "funding", "test", "TEST"));
    String pan = CardTokens.withLuhn("411111111111111");
    String unknown = CardTokens.withLuhn("422222222222222");
    cards.issue(pan, a.accountId(), "2912", "USA");
    // the database approves one: the card and its available balance (240.00) are now known locally
    assertThat(authorizations.authorize(new AuthorizationRequest("si-0", pan, "2912", 10_00, "USD", "5411", "M", "S", "USA", "05"))
        .approved()).isTrue();

    // the database is away: stand-in decides
    AuthorizationReply first = standIn.decide(new AuthorizationRequest("si-1", pan, "2912", 150_00, "USD", "5411", "M", "S", "USA", "05"));
    assertThat(first.approved()).isTrue();
    assertThat(first.standIn()).isTrue();
    assertThat(standIn.decide(new AuthorizationRequest("si-2", pan, "2912", 200_01, "USD", "5411", "M", "S", "USA", "05")).reason())
        .as("above the per-transaction cap").isEqualTo("5100");
    assertThat(standIn.decide(new AuthorizationRequest("si-3", pan, "2912", 160_00, "USD", "5411", "M", "S", "USA", "05")).reason())
        .as("the day cap: 150 + 160 > 300").isEqualTo("5100");
    assertThat(standIn.decide(new AuthorizationRequest("si-4", pan, "2912", 100_00, "USD", "5411", "M", "S", "USA", "05")).reason())
        .as("beyond the last known available (240 - 150)").isEqualTo("4100");
    assertThat(standIn.decide(new AuthorizationRequest("si-5", unknown, "2912", 1_00, "USD", "5411", "M", "S", "USA", "05")).reason())
        .as("a card not seen recently").isEqualTo("3100");
    Path log = varDir.resolve("standin/decisions.log");
    assertThat(Files.readAllLines(log)).hasSize(5).noneMatch(l -> l.contains(pan));

    // the database is back
    assertThat(recovery.recover()).isEqualTo(5);
    assertThat(ledger.balance(a.accountId()).heldCents()).isEqualTo(10_00 + 150_00);
    assertThat(jdbc.queryForObject("SELECT STAND_IN || RESPONSE_CODE FROM CARD_AUTHORIZATION WHERE REQUEST_ID = 'si-1'", String.class))
        .isEqualTo("Y00");
    AuthorizationReply replay = authorizations.authorize(new AuthorizationRequest("si-1", pan, "2912", 150_00, "USD", "5411", "M", "S", "USA", "05"));
    assertThat(replay.replayed()).isTrue();
    assertThat(replay.standIn()).isTrue();
    assertThat(replay.authCode()).isEqualTo(first.authCode());
    assertThat(recovery.recover()).as("taken over once").isZero();
    assertThat(ledger.balance(a.accountId()).heldCents()).isEqualTo(160_00);
  }
}
