package io.corebank.online.message;

/**
 * AUTHRVR, {@code OLREVRP.cpy}: the answer to a {@link ReversalRequest}.
 *
 * @param responseCode        2 digits: 00 done, 05 declined
 * @param reasonCode          4 digits, 0000 when done
 * @param releasedAmountCents amount released from the hold, in cents
 */
public record ReversalReply(MessageHeader header, String responseCode, String reasonCode, long releasedAmountCents)
    implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.AUTHRVR);

  public ReversalReply {
    LAYOUT.header(header);
    responseCode = LAYOUT.digits("RVP-RESPONSE-CODE", responseCode);
    reasonCode = LAYOUT.digits("RVP-REASON-CODE", reasonCode);
    releasedAmountCents = LAYOUT.cents("RVP-RELEASED-AMOUNT", releasedAmountCents, 0);
  }

  /** Decodes an AUTHRVR in EBCDIC code page 037. */
  public static ReversalReply decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static ReversalReply decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new ReversalReply(f.header(), f.text("RVP-RESPONSE-CODE"),
        f.text("RVP-REASON-CODE"), f.cents("RVP-RELEASED-AMOUNT")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("RVP-RESPONSE-CODE", responseCode)
        .text("RVP-REASON-CODE", reasonCode)
        .cents("RVP-RELEASED-AMOUNT", releasedAmountCents));
  }
}
