package io.corebank.online.message;

/**
 * One online message: the common header and the body of its type. Every message encodes to exactly
 * {@code type().length()} bytes through its copybook.
 */
public sealed interface OnlineMessage permits AuthorizationRequest, AuthorizationReply, ReversalRequest, ReversalReply,
    BalanceInquiry, BalanceReply, TransferRequest, TransferReply, DepositRequest, DepositReply, WithdrawalRequest,
    WithdrawalReply, AchPaymentRequest, AchPaymentReply, ErrorReply {

  MessageHeader header();

  default MessageType type() {
    return header().type();
  }

  /** The message in {@code encoding}. */
  byte[] encode(MessageEncoding encoding);

  /** The message in EBCDIC code page 037. */
  default byte[] encode() {
    return encode(MessageEncoding.DEFAULT);
  }
}
