package io.corebank.online.message;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The common header, the first 100 bytes of every online message ({@code OLHDR.cpy}).
 *
 * @param type       the message type ({@code OLH-MSG-TYPE})
 * @param version    layout version of the whole message ({@code OLH-VERSION}); this codec reads and writes 1
 * @param requestId  the sender's idempotency key, at most 36 characters (a UUID); a reply repeats its request's.
 *                   Required, except in an error reply to a message whose header could not be read
 * @param channelId  the channel that sent the request (TELLER, ATM, CARDNET, ...), at most 8 characters; required
 *                   except in an error reply
 * @param operatorId the operator (teller user id) or terminal id, at most 8 characters, may be blank
 * @param timestamp  when the message was written; on the wire in UTC as a DB2 timestamp
 *                   {@code YYYY-MM-DD-HH.MM.SS.NNNNNN}, so it is kept to the microsecond
 */
public record MessageHeader(MessageType type, int version, String requestId, String channelId, String operatorId,
    Instant timestamp) {

  /** Bytes of the header. */
  public static final int LENGTH = 100;
  /** The layout version this codec reads and writes. */
  public static final int VERSION = 1;

  private static final DateTimeFormatter DB2_TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd-HH.mm.ss.SSSSSS").withResolverStyle(ResolverStyle.STRICT);

  public MessageHeader {
    MessageLayout layout = MessageLayout.header();
    if (type == null) {
      throw layout.error("OLH-MSG-TYPE", "is missing (null)");
    }
    if (version != VERSION) {
      throw layout.error("OLH-VERSION", String.format("version %02d is not supported; this codec reads and writes %02d",
          version, VERSION));
    }
    boolean errorReply = type == MessageType.ERRRSP;
    requestId = errorReply ? layout.text("OLH-REQUEST-ID", requestId) : layout.requiredText("OLH-REQUEST-ID", requestId);
    channelId = errorReply ? layout.text("OLH-CHANNEL-ID", channelId) : layout.requiredText("OLH-CHANNEL-ID", channelId);
    operatorId = layout.text("OLH-OPERATOR-ID", operatorId);
    if (timestamp == null) {
      throw layout.error("OLH-TIMESTAMP", "is missing (null)");
    }
    timestamp = timestamp.truncatedTo(ChronoUnit.MICROS);
    int year = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC).getYear();
    if (year < 1 || year > 9999) {
      throw layout.error("OLH-TIMESTAMP", timestamp + " is outside the years 0001 to 9999");
    }
  }

  /** A header of the current version. */
  public static MessageHeader of(MessageType type, String requestId, String channelId, String operatorId,
      Instant timestamp) {
    return new MessageHeader(type, VERSION, requestId, channelId, operatorId, timestamp);
  }

  /** The header of the reply to this request: its reply type, the same request, channel and operator. */
  public MessageHeader reply(Instant at) {
    return new MessageHeader(type.replyType(), VERSION, requestId, channelId, operatorId, at);
  }

  /** The header of an error reply to this message. */
  public MessageHeader errorReply(Instant at) {
    return new MessageHeader(MessageType.ERRRSP, VERSION, requestId, channelId, operatorId, at);
  }

  /** The timestamp as it is written: UTC, {@code YYYY-MM-DD-HH.MM.SS.NNNNNN}. */
  public static String formatTimestamp(Instant timestamp) {
    return DB2_TIMESTAMP.format(LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC));
  }

  static MessageHeader read(MessageLayout.Fields fields) {
    String code = fields.text("OLH-MSG-TYPE");
    MessageType type = MessageType.fromCode(code).orElseThrow(() -> unknownType(fields, code));
    String text = fields.text("OLH-TIMESTAMP");
    Instant timestamp;
    try {
      timestamp = LocalDateTime.parse(text, DB2_TIMESTAMP).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw fields.error("OLH-TIMESTAMP", "'" + text + "' is not a timestamp YYYY-MM-DD-HH.MM.SS.NNNNNN");
    }
    return new MessageHeader(type, fields.integer("OLH-VERSION"), fields.text("OLH-REQUEST-ID"),
        fields.text("OLH-CHANNEL-ID"), fields.text("OLH-OPERATOR-ID"), timestamp);
  }

  static MessageFormatException unknownType(MessageLayout.Fields fields, String code) {
    return fields.error("OLH-MSG-TYPE", unknownTypeRule(code));
  }

  static String unknownTypeRule(String code) {
    return "'" + code + "' is not a message type (" + Arrays.stream(MessageType.values()).map(MessageType::code)
        .collect(Collectors.joining(", ")) + ")";
  }

  void write(MessageLayout.Writer writer) {
    writer.text("OLH-MSG-TYPE", type.code())
        .number("OLH-VERSION", version)
        .text("OLH-REQUEST-ID", requestId)
        .text("OLH-CHANNEL-ID", channelId)
        .text("OLH-OPERATOR-ID", operatorId)
        .text("OLH-TIMESTAMP", formatTimestamp(timestamp));
  }
}
