package io.corebank.online.message;

import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads and writes online messages in one encoding (EBCDIC code page 037 unless configured): {@link #decode} reads
 * the header's message type and decodes the message with that type's copybook, {@link #encode} writes any message.
 * Thread-safe; the copybooks are compiled once per JVM.
 */
public final class MessageCodec {
  private final MessageEncoding encoding;

  public MessageCodec(MessageEncoding encoding) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  /** A codec for EBCDIC code page 037. */
  public MessageCodec() {
    this(MessageEncoding.DEFAULT);
  }

  public MessageEncoding encoding() {
    return encoding;
  }

  /** The compiled copybook of a message type. */
  public static Layout layout(MessageType type) {
    return MessageLayout.of(type).layout();
  }

  /** The compiled copybook of the common header, {@code OLHDR}. */
  public static Layout headerLayout() {
    return MessageLayout.header().layout();
  }

  /**
   * The message type the header names.
   *
   * @throws MessageFormatException when the message is too short to hold a type or names no known type
   */
  public MessageType typeOf(byte[] message) {
    Objects.requireNonNull(message, "message");
    Field field = headerField("OLH-MSG-TYPE");
    if (message.length < field.endOffsetBytes()) {
      throw new MessageFormatException(field.path(), "message is " + message.length + " bytes, too short to hold a "
          + "message type (the header is " + MessageHeader.LENGTH + " bytes)");
    }
    String code = encoding.textEncoding().decode(message, field.offsetBytes(), field.lengthBytes()).stripTrailing();
    return MessageType.fromCode(code).orElseThrow(() ->
        new MessageFormatException(field.path(), MessageHeader.unknownTypeRule(printable(code))));
  }

  /**
   * Decodes the message the header's type names.
   *
   * @throws MessageFormatException naming the field and rule: unknown type, wrong length, a field that does not
   *                                hold what its picture and rule say
   */
  public OnlineMessage decode(byte[] message) {
    return switch (typeOf(message)) {
      case AUTHREQ -> AuthorizationRequest.decode(message, encoding);
      case AUTHRSP -> AuthorizationReply.decode(message, encoding);
      case AUTHREV -> ReversalRequest.decode(message, encoding);
      case AUTHRVR -> ReversalReply.decode(message, encoding);
      case BALINQ -> BalanceInquiry.decode(message, encoding);
      case BALRSP -> BalanceReply.decode(message, encoding);
      case XFERREQ -> TransferRequest.decode(message, encoding);
      case XFERRSP -> TransferReply.decode(message, encoding);
      case DEPOSIT -> DepositRequest.decode(message, encoding);
      case DEPRSP -> DepositReply.decode(message, encoding);
      case WITHDRAW -> WithdrawalRequest.decode(message, encoding);
      case WDLRSP -> WithdrawalReply.decode(message, encoding);
      case ACHPAY -> AchPaymentRequest.decode(message, encoding);
      case ACHRSP -> AchPaymentReply.decode(message, encoding);
      case ERRRSP -> ErrorReply.decode(message, encoding);
    };
  }

  /** Decodes a message that must be of {@code expected}'s type. */
  public <T extends OnlineMessage> T decode(byte[] message, Class<T> expected) {
    OnlineMessage decoded = decode(message);
    if (!expected.isInstance(decoded)) {
      throw new MessageFormatException(headerField("OLH-MSG-TYPE").path(), "is " + decoded.type() + "; expected a "
          + expected.getSimpleName());
    }
    return expected.cast(decoded);
  }

  public byte[] encode(OnlineMessage message) {
    return message.encode(encoding);
  }

  /**
   * The error reply to a message that failed to decode: repeats the request id, channel, operator and message type
   * as far as the bytes hold them (blank where they do not, control characters as blanks), names the failing
   * field and rule, and is dated {@code at}.
   */
  public ErrorReply errorReply(byte[] request, MessageFormatException failure, Instant at) {
    MessageHeader header = new MessageHeader(MessageType.ERRRSP, MessageHeader.VERSION, leniently(request, "OLH-REQUEST-ID"),
        leniently(request, "OLH-CHANNEL-ID"), leniently(request, "OLH-OPERATOR-ID"), at);
    return new ErrorReply(header, ResponseCodes.FORMAT_ERROR, ResponseCodes.REASON_NONE,
        leniently(request, "OLH-MSG-TYPE"), ErrorReply.fit("ERP-FIELD-PATH", failure.fieldPath()),
        ErrorReply.fit("ERP-REASON-TEXT", failure.rule()));
  }

  /** A header field's text as far as the message holds it, unprintable characters as blanks. */
  private String leniently(byte[] message, String name) {
    Field field = headerField(name);
    int available = Math.min(field.lengthBytes(), Math.max(0, message.length - field.offsetBytes()));
    String text = encoding.textEncoding().decode(message, field.offsetBytes(), available);
    return ErrorReply.fit(text.replaceAll("\\p{Cntrl}", " "), field.lengthBytes()).strip();
  }

  private static String printable(String text) {
    return ErrorReply.fit(text, text.length() + 3);
  }

  private static Field headerField(String name) {
    return MessageLayout.header().field(name);
  }
}
