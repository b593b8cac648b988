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
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Card authorizations over MQ: a processor ({@code corebank serve} in a process of its own, on the bench's
 * database under {@code <var-dir>/bench}, or one already running with {@code --broker}) is driven through its
 * broker's TCP acceptor at a paced rate by C client threads, each waiting for its reply; latency percentiles
 * and achieved rate are printed idle and then while a batch job posts journals on the same database.
 */
@Command(name = "auth", description = {
    "Authorizations per second and latency p50/p99/p99.9 over MQ, idle and while a batch posts on the same database.",
    "The processor is `corebank serve` in a process of its own on the bench's database (--in-process: in this JVM;"
        + " --broker: one already running, serving the bench's database). Clients connect through its broker's TCP acceptor."})
class AuthBench implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Option(names = "--rate", defaultValue = "2000", description = "Requests per second offered (default: ${DEFAULT-VALUE}).") int rate;
  @Option(names = "--seconds", defaultValue = "10") int seconds;
  @Option(names = "--concurrency", defaultValue = "16", description = "Client threads (default: ${DEFAULT-VALUE}).") int concurrency;
  @Option(names = "--consumers", defaultValue = "8", description = "Listener threads of the processor.") int consumers;
  @Option(names = "--cards", defaultValue = "10000") int cardCount;
  @Option(names = "--warmup-seconds", defaultValue = "10", description = "Load before measuring, not counted (default: ${DEFAULT-VALUE}).") int warmupSeconds;
  @Option(names = "--broker", paramLabel = "tcp://HOST:PORT", description = "Drive a processor already running (on the bench's database) instead of starting one.") String broker;
  @Option(names = "--in-process", description = "Run the processor in this JVM instead of a process of its own.") boolean inProcess;

  @Override public Integer call() throws Exception {
    // the work is in AuthBenchRun: picocli reflects on this class's methods, and none may name a Spring type
    return new AuthBenchRun(spec.commandLine().getOut(), rate, seconds, concurrency, consumers, cardCount, warmupSeconds, broker, inProcess).call();
  }
}
