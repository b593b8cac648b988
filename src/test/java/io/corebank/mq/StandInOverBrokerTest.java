package io.corebank.mq;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.online.CardTokens;
import io.corebank.online.Cards;
import io.corebank.online.message.AuthorizationReply;
import io.corebank.online.message.AuthorizationRequest;
import io.corebank.online.message.MessageCodec;
import io.corebank.online.message.MessageEncoding;
import io.corebank.online.message.MessageHeader;
import io.corebank.online.message.MessageType;
import io.corebank.support.Databases;
import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stand-in over the real broker: the database goes away (every new connection refused) while authorizations
 * keep arriving; a card seen recently is approved by stand-in within its caps, an unknown one declined; when
 * the database is back, the next authorization it answers takes the stand-in decisions over (the holds).
 */
@SpringBootTest(properties = {"corebank.mq.enabled=true", "corebank.mq.persistent=false",
    "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.connection-timeout=500",
    "spring.datasource.hikari.max-lifetime=30000", "spring.datasource.hikari.idle-timeout=10000",
    "spring.datasource.hikari.minimum-idle=0"})
@Import(StandInOverBrokerTest.Outage.class)
class StandInOverBrokerTest {
  static final MessageCodec CODEC = new MessageCodec(MessageEncoding.EBCDIC_037);
  static final String VAR_DIR = System.getProperty("java.io.tmpdir") + "/standin-mq-" + System.nanoTime();
  static final AtomicBoolean DOWN = new AtomicBoolean();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    // PostgreSQL: a server that drops and takes connections back as a real outage does
    Databases.postgres(registry, "standinmq");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    int p = port;
    registry.add("corebank.mq.port", () -> p);
    registry.add("corebank.var-dir", () -> VAR_DIR);
  }

  /** Wraps the data source so that the test can take the database away: connections are refused while down. */
  @TestConfiguration
  static class Outage {
    @Bean
    static BeanPostProcessor outageDataSource() {
      return new BeanPostProcessor() {
        @Override public Object postProcessAfterInitialization(Object bean, String name) {
          if (!(bean instanceof DataSource ds) || bean instanceof DelegatingDataSource) return bean;
          return new DelegatingDataSource(ds) {
            @Override public Connection getConnection() throws SQLException {
              if (DOWN.get()) throw new SQLTransientConnectionException("database unavailable (test outage)");
              return super.getConnection();
            }
          };
        }
      };
    }
  }

  @Autowired JmsTemplate mqTemplate;
  @Autowired Cards cards;
  @Autowired AccountService accounts;
  @Autowired LedgerService ledger;
  @Autowired InternalAccounts internal;
  @Autowired JdbcTemplate jdbc;

  AuthorizationReply authorize(String requestId, String pan, long cents) {
    byte[] bytes = CODEC.encode(new AuthorizationRequest(MessageHeader.of(MessageType.AUTHREQ, requestId, "NETWORK", "POS001",
        Instant.now()), pan, YearMonth.of(2029, 12), cents, "USD", 5411, "M1", "SHOP", "CITY", "USA", 5));
    mqTemplate.setReceiveTimeout(15_000);
    Message reply = mqTemplate.sendAndReceive("CB.ONLINE.REQUEST", session -> {
      BytesMessage m = session.createBytesMessage();
      m.writeBytes(bytes);
      return m;
    });
    assertThat(reply).as("a reply to " + requestId).isNotNull();
    return (AuthorizationReply) CODEC.decode(OnlineOverBrokerTest.body(reply));
  }

  @Test
  void standInAnswersWhileTheDatabaseIsAwayAndIsTakenOverWhenItReturns() throws Exception {
    internal.ensureOpen();
    Account a = accounts.open(new OpenAccount("SIMQ-1", null, "CHK-STD", "stand-in mq", null, null), "test");
    ledger.post(JournalRequest.transfer("fund:simq", "CASH-DEP", internal.id(InternalAccount.VAULT_CASH), a.accountId(), 300_00,
        "USD", "funding", "test", "TEST"));
    String pan = CardTokens.withLuhn("433333333333333");
    cards.issue(pan, a.accountId(), "2912", "USA");
    assertThat(authorize("simq-0", pan, 10_00).responseCode()).isEqualTo("00");

    DOWN.set(true);
    // the pool's idle connections are still open: evict them so that the outage is seen at once
    jdbc.getDataSource().unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    AuthorizationReply standIn = authorize("simq-1", pan, 50_00);
    assertThat(standIn.responseCode()).isEqualTo("00");
    assertThat(standIn.authCode()).startsWith("S");
    AuthorizationReply unknown = authorize("simq-2", CardTokens.withLuhn("444444444444444"), 1_00);
    assertThat(unknown.responseCode()).isEqualTo("05");

    DOWN.set(false);
    assertThat(authorize("simq-3", pan, 5_00).responseCode()).isEqualTo("00");
    // simq-0 10.00 + simq-1 50.00 (taken over) + simq-3 5.00
    assertThat(ledger.balance(a.accountId()).heldCents()).isEqualTo(65_00);
    assertThat(jdbc.queryForObject("SELECT STAND_IN FROM CARD_AUTHORIZATION WHERE REQUEST_ID = 'simq-1'", String.class)).isEqualTo("Y");
    // and the network's retry of the stand-in request gets the stand-in answer
    assertThat(authorize("simq-1", pan, 50_00).authCode()).isEqualTo(standIn.authCode());
  }
}
