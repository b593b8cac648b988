package io.corebank.cli;

import io.corebank.online.message.AuthorizationRequest;
import io.corebank.online.message.BalanceInquiry;
import io.corebank.online.message.DepositRequest;
import io.corebank.online.message.MessageCodec;
import io.corebank.online.message.MessageEncoding;
import io.corebank.online.message.MessageHeader;
import io.corebank.online.message.MessageType;
import io.corebank.online.message.OnlineMessage;
import io.corebank.online.message.ReversalRequest;
import io.corebank.online.message.TransferRequest;
import io.corebank.online.message.WithdrawalRequest;
import io.corebank.platform.Money;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `mq send`: one request to a running processor (`serve`) over the broker, and its reply printed. */
@Command(name = "mq", mixinStandardHelpOptions = true, description = "Talk to a running online processor over MQ.",
    subcommands = {MqCommand.Send.class})
class MqCommand {

  @Command(name = "send", mixinStandardHelpOptions = true, description = {
      "Send one request and print the reply. TYPE: auth, reverse, balance, transfer, deposit, withdraw, or carddemo "
          + "(the CardDemo comma-separated format, given whole as --csv). No database: it only needs the broker."})
  static class Send implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "TYPE") String type;
    @Option(names = "--broker", defaultValue = "tcp://127.0.0.1:61616", description = "Broker URL (default: ${DEFAULT-VALUE}).") String broker;
    @Option(names = "--encoding", defaultValue = "EBCDIC_037", description = "ASCII, EBCDIC_037 or EBCDIC_1047.") MessageEncoding encoding;
    @Option(names = "--request-id", description = "Default: a new UUID.") String requestId;
    @Option(names = "--channel", defaultValue = "BRANCH01") String channel;
    @Option(names = "--operator", defaultValue = "TELLER01") String operator;
    @Option(names = "--card") String card;
    @Option(names = "--expiry", description = "YYMM") String expiry;
    @Option(names = "--amount", description = "e.g. 12.34") String amount;
    @Option(names = "--mcc", defaultValue = "5411") int mcc;
    @Option(names = "--merchant", defaultValue = "M000000001") String merchant;
    @Option(names = "--account") String account;
    @Option(names = "--to") String to;
    @Option(names = "--approver", defaultValue = "") String approver;
    @Option(names = "--original", description = "Original request id (reverse).") String original;
    @Option(names = "--csv", description = "The whole CardDemo request (carddemo).") String csv;
    @Option(names = "--timeout-ms", defaultValue = "10000") long timeoutMs;

    @Override public Integer call() throws JMSException {
      PrintWriter out = spec.commandLine().getOut();
      String id = requestId != null ? requestId : UUID.randomUUID().toString();
      MessageCodec codec = new MessageCodec(encoding);
      try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker);
           Connection connection = factory.createConnection()) {
        connection.start();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        Queue replies = session.createTemporaryQueue();
        Message request;
        String queue;
        if (type.equals("carddemo")) {
          request = session.createTextMessage(csv);
          queue = "CB.CARDDEMO.AUTH.REQUEST";
        } else {
          BytesMessage b = session.createBytesMessage();
          b.writeBytes(codec.encode(message(id)));
          request = b;
          queue = "CB.ONLINE.REQUEST";
        }
        request.setJMSReplyTo(replies);
        long started = System.nanoTime();
        try (MessageProducer producer = session.createProducer(session.createQueue(queue));
             MessageConsumer consumer = session.createConsumer(replies)) {
          producer.send(request);
          Message reply = consumer.receive(timeoutMs);
          long micros = (System.nanoTime() - started) / 1_000;
          if (reply == null) {
            spec.commandLine().getErr().println("corebank: no reply within " + timeoutMs + " ms (is `corebank serve` running?)");
            return ReturnCodes.SEVERE;
          }
          if (reply instanceof TextMessage t) out.println(t.getText());
          else {
            BytesMessage b = (BytesMessage) reply;
            byte[] bytes = new byte[(int) b.getBodyLength()];
            b.readBytes(bytes);
            out.println(codec.decode(bytes));
          }
          out.printf("(%,d µs, correlation %s)%n", micros, reply.getJMSCorrelationID());
          return ReturnCodes.OK;
        }
      }
    }

    private OnlineMessage message(String id) {
      Instant now = Instant.now();
      return switch (type) {
        case "auth" -> new AuthorizationRequest(MessageHeader.of(MessageType.AUTHREQ, id, channel, operator, now), card,
            YearMonth.parse(expiry, DateTimeFormatter.ofPattern("yyMM")), Money.parse(amount), "USD", mcc, merchant, "MQ SEND",
            "SPRINGFIELD", "USA", 5);
        case "reverse" -> new ReversalRequest(MessageHeader.of(MessageType.AUTHREV, id, channel, operator, now), original,
            amount == null ? 0 : Money.parse(amount));
        case "balance" -> new BalanceInquiry(MessageHeader.of(MessageType.BALINQ, id, channel, operator, now), account);
        case "transfer" -> new TransferRequest(MessageHeader.of(MessageType.XFERREQ, id, channel, operator, now), account, to,
            Money.parse(amount), "mq send", approver);
        case "deposit" -> new DepositRequest(MessageHeader.of(MessageType.DEPOSIT, id, channel, operator, now), account,
            Money.parse(amount), "mq send");
        case "withdraw" -> new WithdrawalRequest(MessageHeader.of(MessageType.WITHDRAW, id, channel, operator, now), account,
            Money.parse(amount), "mq send");
        default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown TYPE " + type
            + ": auth, reverse, balance, transfer, deposit, withdraw or carddemo");
      };
    }
  }
}
