package io.corebank.online.message;

import java.util.Arrays;
import java.util.Optional;

/**
 * The message types of the online processor: the value of {@code OLH-MSG-TYPE}, the copybook that describes the
 * message, its length and the Java record that holds it. Requests name the reply they are answered with; any
 * request may instead be answered with {@link #ERRRSP}.
 */
public enum MessageType {
  AUTHREQ("OLAUTRQ", 250, AuthorizationRequest.class, "AUTHRSP"),
  AUTHRSP("OLAUTRP", 200, AuthorizationReply.class, null),
  AUTHREV("OLREVRQ", 200, ReversalRequest.class, "AUTHRVR"),
  AUTHRVR("OLREVRP", 150, ReversalReply.class, null),
  BALINQ("OLBALRQ", 150, BalanceInquiry.class, "BALRSP"),
  BALRSP("OLBALRP", 250, BalanceReply.class, null),
  XFERREQ("OLXFRRQ", 250, TransferRequest.class, "XFERRSP"),
  XFERRSP("OLXFRRP", 200, TransferReply.class, null),
  DEPOSIT("OLDEPRQ", 200, DepositRequest.class, "DEPRSP"),
  DEPRSP("OLDEPRP", 200, DepositReply.class, null),
  WITHDRAW("OLWDLRQ", 200, WithdrawalRequest.class, "WDLRSP"),
  WDLRSP("OLWDLRP", 200, WithdrawalReply.class, null),
  ACHPAY("OLACHRQ", 250, AchPaymentRequest.class, "ACHRSP"),
  ACHRSP("OLACHRP", 200, AchPaymentReply.class, null),
  ERRRSP("OLERRRP", 350, ErrorReply.class, null);

  private final String copybook;
  private final int length;
  private final Class<? extends OnlineMessage> messageClass;
  private final String replyCode;

  MessageType(String copybook, int length, Class<? extends OnlineMessage> messageClass, String replyCode) {
    this.copybook = copybook;
    this.length = length;
    this.messageClass = messageClass;
    this.replyCode = replyCode;
  }

  /** The value of {@code OLH-MSG-TYPE}: the constant's name. */
  public String code() {
    return name();
  }

  /** The copybook member in {@code copybooks/} (without {@code .cpy}). */
  public String copybook() {
    return copybook;
  }

  /** Bytes of the message, header included. */
  public int length() {
    return length;
  }

  public Class<? extends OnlineMessage> messageClass() {
    return messageClass;
  }

  public boolean isRequest() {
    return replyCode != null;
  }

  /** The reply a request is answered with when it could be served. */
  public MessageType replyType() {
    if (replyCode == null) {
      throw new IllegalStateException(name() + " is a reply, it is not answered");
    }
    return valueOf(replyCode);
  }

  /** The type whose code is {@code code} (exact, upper case, no blanks). */
  public static Optional<MessageType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
  }
}
