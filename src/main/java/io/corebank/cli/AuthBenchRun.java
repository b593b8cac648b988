package io.corebank.cli;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.bench.LedgerBench;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.online.CardTokens;
import io.corebank.online.Cards;
import io.corebank.online.message.AuthorizationRequest;
import io.corebank.online.message.MessageCodec;
import io.corebank.online.message.MessageEncoding;
import io.corebank.online.message.MessageHeader;
import io.corebank.online.message.MessageType;
import io.corebank.platform.SqlDialect;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** The authorization bench itself (see {@link AuthBench}). */
final class AuthBenchRun {
  static final String ECHO_QUEUE = "CB.BENCH.ECHO";
  static final String REQUEST_QUEUE = "CB.ONLINE.REQUEST";
  static final String ECHO_PHASE = "MQ echo";

  private final PrintWriter out;
  private final int rate;
  private final int seconds;
  private final int concurrency;
  private final int consumers;
  private final int cardCount;
  private final int warmupSeconds;

  /** tcp://host:port of a processor already running, or null to start one. */
  private final String broker;
  /** Run the processor in this JVM instead of a process of its own. */
  private final boolean inProcess;

  AuthBenchRun(PrintWriter out, int rate, int seconds, int concurrency, int consumers, int cardCount, int warmupSeconds,
      String broker, boolean inProcess) {
    this.broker = broker;
    this.inProcess = inProcess;
    this.warmupSeconds = warmupSeconds;
    this.out = out;
    this.rate = rate;
    this.seconds = seconds;
    this.concurrency = concurrency;
    this.consumers = consumers;
    this.cardCount = cardCount;
  }

  Integer call() throws Exception {
    GlobalOptions options = CorebankCli.GLOBAL;
    Path benchDir = BenchDatabase.benchDir(options.varDir);
    if (options.db.equals("h2")) options.db = "embedded-postgres";
    // a processor already running (--broker) has its own database: this JVM's bank is then only for preparing cards
    options.varDir = BenchDatabase.newSessionDir(benchDir, "auth", options.db);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    // the processor's settings: the bench's cards authorize thousands of times a day, so velocity is not what it measures
    Map<String, Object> processorSettings = new java.util.LinkedHashMap<>();
    processorSettings.put("corebank.mq.persistent", "false");
    processorSettings.put("corebank.mq.concurrency", consumers + "-" + consumers);
    processorSettings.put("spring.datasource.hikari.maximum-pool-size", Math.max(16, consumers + 6));
    processorSettings.put("corebank.online.fraud.max-per-card-per-hour", 1_000_000);
    processorSettings.put("corebank.online.fraud.max-per-card-per-day", 1_000_000);
    // the same listeners answering with the request itself: the MQ path's own ceiling, measured in the same run
    processorSettings.put("corebank.mq.echo-queue", ECHO_QUEUE);
    Map<String, Object> here = new java.util.LinkedHashMap<>(processorSettings);
    here.put("corebank.mq.enabled", String.valueOf(inProcess && broker == null));
    here.put("corebank.mq.port", port);
    try (AppSession app = AppSession.open(options, here)) {
      String brokerUrl = broker != null ? broker : "tcp://127.0.0.1:" + port;
      String where = broker != null ? "a processor already running" : inProcess ? "a processor in this JVM"
          : "a processor in a process of its own (corebank serve)";
      out.printf("Authorization bench on %s%s; broker %s, %s, %d listener threads%n", app.databaseDescription(),
          BenchDatabase.newForThisRun(options.db), brokerUrl, where, consumers);
      List<String> pans = prepare(app, out);
      ProcessorProcess processor = null;
      if (broker == null && !inProcess) {
        long t0 = System.nanoTime();
        processor = ProcessorProcess.start(app.jdbcUrl(), benchDir.resolve("auth-processor"), port, processorSettings);
        out.printf(Locale.US, "  processor started (pid %d, %.1f s)%n", processor.pid(), (System.nanoTime() - t0) / 1e9);
      }
      try {
        out.printf("  warming up (%d s, not counted)%n", warmupSeconds);
        out.flush();
        run("warm-up", pans, brokerUrl, null, warmupSeconds, REQUEST_QUEUE);
        Phase echo = broker == null ? run(ECHO_PHASE, pans, brokerUrl, null, seconds, ECHO_QUEUE) : null;
        if (echo != null) print(echo, out);
        Phase idle = run("idle", pans, brokerUrl, null, seconds, REQUEST_QUEUE);
        print(idle, out);
        if (echo != null) {
          out.printf(Locale.US, "  idle over MQ = %.2f x the MQ echo of the same clients and listeners (no decoding, no database)%n",
              idle.answered() / idle.seconds() / (echo.answered() / echo.seconds()));
        }
        // the same authorizations called in-process, without MQ: what the service and the database sustain alone
        print(direct(app.bean(io.corebank.online.Authorizations.class), pans, seconds), out);
        LedgerBench batch = new LedgerBench(app.bean(LedgerService.class), app.bean(AccountService.class), app.bean(InternalAccounts.class),
            app.bean(JdbcTemplate.class), app.bean(DataSource.class), app.bean(SqlDialect.class));
        batch.prepare(20_000);
        Phase busy = run("under batch", pans, brokerUrl, batch, seconds, REQUEST_QUEUE);
        print(busy, out);
      } finally {
        if (processor != null) processor.close();
      }
      out.printf(Locale.US, "  targets: >= 5,000/s sustained with p99 <= 20 ms (offered here %,d/s)%n", rate);
      return ReturnCodes.OK;
    }
  }

  private List<String> prepare(AppSession app, PrintWriter out) {
    long t0 = System.nanoTime();
    AccountService accounts = app.bean(AccountService.class);
    InternalAccounts internal = app.bean(InternalAccounts.class);
    internal.ensureOpen();
    Cards cards = app.bean(Cards.class);
    LedgerService ledger = app.bean(LedgerService.class);
    List<String> pans = new ArrayList<>();
    long vault = internal.id(InternalAccount.VAULT_CASH);
    for (int i = 0; i < cardCount; i++) {
      String pan = CardTokens.withLuhn(String.format("4%014d", 700_000_000L + i));
      if (cards.byPan(pan).isEmpty()) {
        Account a = accounts.open(new OpenAccount("AUTHB" + i, null, "CHK-STD", "auth bench " + i, null, null), "bench");
        ledger.post(JournalRequest.transfer("authb:fund:" + i, "CASH-DEP", vault, a.accountId(), 1_000_000_00L, "USD", "bench",
            "bench", "BENCH"));
        cards.issue(pan, a.accountId(), "3012", "USA");
      }
      pans.add(pan);
    }
    out.printf(Locale.US, "  %,d cards ready (%.1f s)%n", cardCount, (System.nanoTime() - t0) / 1e9);
    return pans;
  }

  record Phase(String name, long sent, long answered, long approved, double seconds, long[] latenciesMicros) {}

  /** Clients sending authorizations to {@code queue} at the offered rate, each waiting for its reply before the next. */
  private Phase run(String name, List<String> pans, String brokerUrl, LedgerBench batch, int seconds, String queue) throws Exception {
    boolean echo = queue.equals(ECHO_QUEUE);
    Thread batchThread = null;
    if (batch != null) {
      batchThread = new Thread(() -> batch.batchedTransfers(1, seconds * 1000L + 2000, 2_000, 11), "batch");
      batchThread.start();
    }
    MessageCodec codec = new MessageCodec(MessageEncoding.EBCDIC_037);
    AtomicLong sent = new AtomicLong();
    AtomicLong approved = new AtomicLong();
    long[][] latencies = new long[concurrency][];
    int[] counts = new int[concurrency];
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    long intervalNanos = 1_000_000_000L * concurrency / Math.max(1, rate);
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      int client = c;
      latencies[c] = new long[(int) Math.min(Integer.MAX_VALUE - 8, (long) rate * seconds / concurrency + 1000)];
      Thread t = new Thread(() -> {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
             Connection connection = factory.createConnection()) {
          connection.start();
          Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
          Queue replies = session.createTemporaryQueue();
          MessageProducer producer = session.createProducer(session.createQueue(queue));
          producer.setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT);
          producer.setTimeToLive(30_000);
          MessageConsumer consumer = session.createConsumer(replies);
          long next = System.nanoTime() + client * intervalNanos / concurrency;
          long n = 0;
          while (System.nanoTime() < end) {
            long now = System.nanoTime();
            if (now < next) {
              java.util.concurrent.locks.LockSupport.parkNanos(next - now);
              continue;
            }
            next += intervalNanos;
            String pan = pans.get((int) ((client * 7919L + n * 31L) % pans.size()));
            String id = name.charAt(0) + "-" + client + "-" + n++ + "-" + System.nanoTime() % 1_000_000;
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(codec.encode(new AuthorizationRequest(MessageHeader.of(MessageType.AUTHREQ, id, "NETWORK", "BENCH",
                Instant.now()), pan, YearMonth.of(2030, 12), 1_00 + n % 5_000, "USD", 5411, "M1", "BENCH SHOP", "CITY", "USA", 5)));
            m.setJMSReplyTo(replies);
            long t1 = System.nanoTime();
            producer.send(m);
            sent.incrementAndGet();
            Message reply = consumer.receive(10_000);
            if (reply == null) continue;
            long micros = (System.nanoTime() - t1) / 1_000;
            if (counts[client] < latencies[client].length) latencies[client][counts[client]++] = micros;
            BytesMessage b = (BytesMessage) reply;
            byte[] bytes = new byte[(int) b.getBodyLength()];
            b.readBytes(bytes);
            if (!echo && ((io.corebank.online.message.AuthorizationReply) codec.decode(bytes)).approved()) approved.incrementAndGet();
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, "client-" + c);
      clients.add(t);
      t.start();
    }
    for (Thread t : clients) t.join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (batchThread != null) batchThread.join();
    long[] all = sorted(latencies, counts);
    return new Phase(name, sent.get(), all.length, approved.get(), elapsed, all);
  }

  private Phase direct(io.corebank.online.Authorizations authorizations, List<String> pans, int seconds) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long[][] latencies = new long[concurrency][];
    int[] counts = new int[concurrency];
    AtomicLong approved = new AtomicLong();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      int client = c;
      latencies[c] = new long[2_000_000];
      Thread t = new Thread(() -> {
        long n = 0;
        while (System.nanoTime() < end) {
          String pan = pans.get((int) ((client * 7919L + n * 31L) % pans.size()));
          long t1 = System.nanoTime();
          io.corebank.online.AuthorizationReply r = authorizations.authorize(new io.corebank.online.AuthorizationRequest(
              "d-" + client + "-" + n++ + "-" + System.nanoTime() % 1_000_000, pan, "3012", 1_00 + n % 5_000, "USD", "5411", "M1",
              "BENCH SHOP", "USA", "05"));
          if (counts[client] < latencies[client].length) latencies[client][counts[client]++] = (System.nanoTime() - t1) / 1_000;
          if (r.approved()) approved.incrementAndGet();
        }
      }, "direct-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = sorted(latencies, counts);
    return new Phase("no MQ", all.length, all.length, approved.get(), elapsed, all);
  }

  /** Every client's recorded latencies in one sorted array. */
  private static long[] sorted(long[][] latencies, int[] counts) {
    long[] all = new long[Arrays.stream(counts).sum()];
    int k = 0;
    for (int c = 0; c < counts.length; c++) {
      System.arraycopy(latencies[c], 0, all, k, counts[c]);
      k += counts[c];
    }
    Arrays.sort(all);
    return all;
  }

  private static void print(Phase p, PrintWriter out) {
    String outcome = p.name().equals(ECHO_PHASE) ? "echoed" : String.format(Locale.US, "%,d approved", p.approved());
    out.printf(Locale.US, "  %-12s %,8.0f answered/s (%,d of %,d sent, %s)  p50 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms%n",
        p.name(), p.answered() / p.seconds(), p.answered(), p.sent(), outcome, pct(p, 0.50), pct(p, 0.99), pct(p, 0.999));
    out.flush();
  }

  private static double pct(Phase p, double q) {
    if (p.latenciesMicros().length == 0) return Double.NaN;
    int i = (int) Math.min(p.latenciesMicros().length - 1, Math.ceil(q * p.latenciesMicros().length) - 1);
    return p.latenciesMicros()[Math.max(0, i)] / 1000.0;
  }
}
