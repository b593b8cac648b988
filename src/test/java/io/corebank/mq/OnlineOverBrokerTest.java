package io.corebank.mq;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerService;
import io.corebank.online.CardTokens;
import io.corebank.online.Cards;
import io.corebank.online.message.AchPaymentReply;
import io.corebank.online.message.AchPaymentRequest;
import io.corebank.online.message.AuthorizationReply;
import io.corebank.online.message.AuthorizationRequest;
import io.corebank.online.message.BalanceInquiry;
import io.corebank.online.message.BalanceReply;
import io.corebank.online.message.DepositReply;
import io.corebank.online.message.DepositRequest;
import io.corebank.online.message.ErrorReply;
import io.corebank.online.message.MessageCodec;
import io.corebank.online.message.MessageEncoding;
import io.corebank.online.message.MessageHeader;
import io.corebank.online.message.MessageType;
import io.corebank.online.message.OnlineMessage;
import io.corebank.online.message.ReversalReply;
import io.corebank.online.message.ReversalRequest;
import io.corebank.online.message.TransferReply;
import io.corebank.online.message.TransferRequest;
import io.corebank.online.message.WithdrawalReply;
import io.corebank.online.message.WithdrawalRequest;
import io.corebank.support.Databases;
import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The online processor over the real embedded Artemis broker: every message type request/reply in EBCDIC,
 * idempotent replay, a role refusal, an undecodable message answered with the field, a poison message moved
 * to the backout queue with its reason, the MQ correlation convention, and the CardDemo format.
 */
@SpringBootTest(properties = {"corebank.mq.enabled=true", "corebank.mq.persistent=false", "corebank.mq.backout-threshold=2",
    "corebank.mq.concurrency=2-4", "corebank.mq.echo-queue=CB.TEST.ECHO"})
class OnlineOverBrokerTest {
  static final AtomicInteger ids = new AtomicInteger();
  static final MessageCodec CODEC = new MessageCodec(MessageEncoding.EBCDIC_037);
  static int PORT;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Databases.h2(registry);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PORT = port;
    registry.add("corebank.mq.port", () -> PORT);
    String varDir = System.getProperty("java.io.tmpdir") + "/mq-" + System.nanoTime();
    registry.add("corebank.var-dir", () -> varDir);
  }

  @Autowired JmsTemplate mqTemplate;
  @Autowired Cards cards;
  @Autowired AccountService accounts;
  @Autowired LedgerService ledger;
  @Autowired InternalAccounts internal;
  @Autowired LedgerCheck check;

  Account account;
  String pan;

  @BeforeEach
  void setUp() {
    mqTemplate.setReceiveTimeout(10_000);
    internal.ensureOpen();
    int n = ids.incrementAndGet();
    account = accounts.open(new OpenAccount("MQ-" + n, null, "CHK-STD", "mq " + n, null, null), "test");
    ledger.post(JournalRequest.transfer("fund:mq:" + n, "CASH-DEP", internal.id(InternalAccount.VAULT_CASH), account.accountId(),
        500_00, "USD", "funding", "test", "TEST"));
    pan = CardTokens.withLuhn(String.format("4%014d", 900_000_000L + n));
    cards.issue(pan, account.accountId(), "2912", "USA");
  }

  MessageHeader header(MessageType type, String channel, String operator) {
    return MessageHeader.of(type, "mq-" + ids.incrementAndGet() + "-" + System.nanoTime() % 100000, channel, operator, Instant.now());
  }

  OnlineMessage call(OnlineMessage request) {
    byte[] bytes = CODEC.encode(request);
    Message reply = mqTemplate.sendAndReceive("CB.ONLINE.REQUEST", session -> {
      BytesMessage m = session.createBytesMessage();
      m.writeBytes(bytes);
      return m;
    });
    assertThat(reply).as("a reply within 10 s").isNotNull();
    return CODEC.decode(body(reply));
  }

  @Test
  void theEchoQueueAnswersEachRequestWithItsOwnBytesAndTouchesNothing() {
    byte[] request = CODEC.encode(new BalanceInquiry(header(MessageType.BALINQ, "IVR", "IVR"), "NOSUCHACCOUNT"));
    long journals = ledgerJournals();
    Message reply = mqTemplate.sendAndReceive("CB.TEST.ECHO", session -> {
      BytesMessage m = session.createBytesMessage();
      m.writeBytes(request);
      return m;
    });
    assertThat(reply).as("a reply within 10 s").isNotNull();
    assertThat(body(reply)).isEqualTo(request);
    assertThat(ledgerJournals()).isEqualTo(journals);
  }

  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  long ledgerJournals() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class) + jdbc.queryForObject("SELECT COUNT(*) FROM AUDIT_LOG", Long.class);
  }

  static byte[] body(Message m) {
    try {
      BytesMessage b = (BytesMessage) m;
      byte[] out = new byte[(int) b.getBodyLength()];
      b.readBytes(out);
      return out;
    } catch (jakarta.jms.JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyMessageTypeIsAnswered() {
    AuthorizationRequest auth = new AuthorizationRequest(header(MessageType.AUTHREQ, "NETWORK", "POS001"), pan, YearMonth.of(2029, 12),
        40_00, "USD", 5411, "M1", "CORNER SHOP", "SPRINGFIELD", "USA", 5);
    AuthorizationReply approved = (AuthorizationReply) call(auth);
    assertThat(approved.responseCode()).isEqualTo("00");
    assertThat(approved.cardLastFour()).isEqualTo(pan.substring(12));
    assertThat(approved.availableAfterCents()).isEqualTo(460_00);
    // the same request again: the same answer
    AuthorizationReply replay = (AuthorizationReply) call(auth);
    assertThat(replay.authCode()).isEqualTo(approved.authCode());
    assertThat(ledger.balance(account.accountId()).heldCents()).isEqualTo(40_00);

    ReversalReply reversal = (ReversalReply) call(new ReversalRequest(header(MessageType.AUTHREV, "NETWORK", "POS001"),
        auth.header().requestId(), 40_00));
    assertThat(reversal.releasedAmountCents()).isEqualTo(40_00);

    BalanceReply balance = (BalanceReply) call(new BalanceInquiry(header(MessageType.BALINQ, "IVR", "IVR"), account.accountNumber()));
    assertThat(balance.availableCents()).isEqualTo(500_00);

    DepositReply deposit = (DepositReply) call(new DepositRequest(header(MessageType.DEPOSIT, "BRANCH01", "TELLER01"),
        account.accountNumber(), 25_00, "cash"));
    assertThat(deposit.responseCode()).isEqualTo("00");
    assertThat(deposit.balanceAfterCents()).isEqualTo(525_00);

    WithdrawalReply withdrawal = (WithdrawalReply) call(new WithdrawalRequest(header(MessageType.WITHDRAW, "BRANCH01", "TELLER01"),
        account.accountNumber(), 5_00, "cash"));
    assertThat(withdrawal.balanceAfterCents()).isEqualTo(520_00);

    Account other = accounts.open(new OpenAccount("MQ-OTHER-" + ids.incrementAndGet(), null, "CHK-STD", "other", null, null), "test");
    TransferReply transfer = (TransferReply) call(new TransferRequest(header(MessageType.XFERREQ, "MOBILE", "CUST01"),
        account.accountNumber(), other.accountNumber(), 20_00, "rent", ""));
    assertThat(transfer.responseCode()).isEqualTo("00");
    assertThat(transfer.toBalanceAfterCents()).isEqualTo(20_00);

    AchPaymentReply ach = (AchPaymentReply) call(new AchPaymentRequest(header(MessageType.ACHPAY, "MOBILE", "CUST01"),
        account.accountNumber(), "231380104", "12345678", "LANDLORD", 100_00, "PPD", "RENT"));
    assertThat(ach.responseCode()).isEqualTo("00");
    assertThat(ledger.balance(account.accountId()).currentCents()).isEqualTo(520_00 - 20_00 - 100_00);
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void aChannelWithoutTheRightIsRefused() {
    Account other = accounts.open(new OpenAccount("MQ-R-" + ids.incrementAndGet(), null, "CHK-STD", "other", null, null), "test");
    TransferReply refused = (TransferReply) call(new TransferRequest(header(MessageType.XFERREQ, "IVR", "IVR"),
        account.accountNumber(), other.accountNumber(), 1_00, "x", ""));
    assertThat(refused.responseCode()).isEqualTo("05");
    assertThat(refused.reasonCode()).isEqualTo("1001");
    assertThat(ledger.balance(other.accountId()).currentCents()).isZero();
  }

  @Test
  void anUndecodableMessageGetsAnErrorNamingTheField() {
    byte[] bytes = CODEC.encode(new DepositRequest(header(MessageType.DEPOSIT, "BRANCH01", "TELLER01"), account.accountNumber(),
        1_00, "cash"));
    // a letter in the amount (EBCDIC 'A' = 0xC1) somewhere in the body: find the amount by decoding the layout
    byte[] broken = bytes.clone();
    int amountOffset = MessageCodec.layout(MessageType.DEPOSIT).fields().stream()
        .filter(f -> f.path().endsWith("AMOUNT")).findFirst().orElseThrow().offsetBytes();
    broken[amountOffset + 5] = (byte) 0xC1;
    Message reply = mqTemplate.sendAndReceive("CB.ONLINE.REQUEST", session -> {
      BytesMessage m = session.createBytesMessage();
      m.writeBytes(broken);
      return m;
    });
    ErrorReply error = (ErrorReply) CODEC.decode(body(reply));
    assertThat(error.responseCode()).isEqualTo("30");
    assertThat(error.fieldPath()).contains("AMOUNT");
  }

  @Test
  void aPoisonMessageGoesToTheBackoutQueueWithItsReason() throws Exception {
    // a reply sent as if it were a request: every delivery fails, so after 2 it is backed out
    byte[] bytes = CODEC.encode(new BalanceReply(header(MessageType.BALRSP, "IVR", "IVR"), account.accountNumber(), "00", "0000",
        "USD", 0, 0, 0, 0, "ACTIVE"));
    mqTemplate.send("CB.ONLINE.REQUEST", session -> {
      BytesMessage m = session.createBytesMessage();
      m.writeBytes(bytes);
      return m;
    });
    Message backedOut = mqTemplate.receive("CB.ONLINE.BACKOUT");
    assertThat(backedOut).isNotNull();
    assertThat(backedOut.getStringProperty("CB_BACKOUT_REASON")).contains("not a request");
    assertThat(body(backedOut)).isEqualTo(bytes);
  }

  @Test
  void theReplyCarriesTheRequestsMessageIdAsCorrelationId() throws Exception {
    byte[] bytes = CODEC.encode(new BalanceInquiry(header(MessageType.BALINQ, "IVR", "IVR"), account.accountNumber()));
    String[] sentId = new String[1];
    mqTemplate.send("CB.ONLINE.REQUEST", session -> {
      BytesMessage m = session.createBytesMessage();
      m.writeBytes(bytes);
      m.setJMSReplyTo(session.createQueue("TEST.REPLIES"));
      return m;
    });
    Message reply = mqTemplate.receive("TEST.REPLIES");
    assertThat(reply).isNotNull();
    assertThat(reply.getJMSCorrelationID()).startsWith("ID:");
    // with a correlation id of its own, the reply carries that one
    mqTemplate.send("CB.ONLINE.REQUEST", session -> {
      BytesMessage m = session.createBytesMessage();
      m.writeBytes(CODEC.encode(new BalanceInquiry(header(MessageType.BALINQ, "IVR", "IVR"), account.accountNumber())));
      m.setJMSReplyTo(session.createQueue("TEST.REPLIES"));
      m.setJMSCorrelationID("MY-CORRELATION-1");
      return m;
    });
    assertThat(mqTemplate.receive("TEST.REPLIES").getJMSCorrelationID()).isEqualTo("MY-CORRELATION-1");
    assertThat(sentId[0]).isNull();
  }

  @Test
  void mqSendTalksToTheProcessorOverTcp() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int rc = io.corebank.cli.CorebankCli.execute(new String[] {"mq", "send", "balance", "--broker", "tcp://127.0.0.1:" + PORT,
        "--channel", "IVR", "--operator", "IVR", "--account", account.accountNumber()}, new java.io.PrintWriter(out),
        new java.io.PrintWriter(err));
    assertThat(rc).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("BalanceReply").contains("availableCents=50000").contains("correlation ID:");
  }

  @Test
  void theCardDemoFormatIsAnsweredOnItsOwnQueue() throws Exception {
    String expiryMmyy = "1229";
    String request = String.join(",", "220718", "103000", pan, "SALE", expiryMmyy, "AUTHRQ", "POS", "0", "12.34", "5411", "840",
        "05", "M000000001", "CORNER SHOP", "SPRINGFIELD", "IL", "62701", "TX0000000000001");
    Message reply = mqTemplate.sendAndReceive("CB.CARDDEMO.AUTH.REQUEST", session -> session.createTextMessage(request));
    String text = ((TextMessage) reply).getText();
    assertThat(text).startsWith(pan + ",TX0000000000001");
    assertThat(text.split(",", -1)[3].strip()).as(text).isEqualTo("00");
    assertThat(text.split(",", -1)[5].strip()).as(text).isEqualTo("12.34");
    assertThat(text).endsWith(",");
    assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
  }
}
