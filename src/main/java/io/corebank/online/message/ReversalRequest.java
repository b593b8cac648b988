package io.corebank.online.message;

/**
 * AUTHREV, {@code OLREVRQ.cpy}: reverse (release) an authorization, wholly or in part.
 *
 * @param originalRequestId the request id of the AUTHREQ to reverse, at most 36 characters
 * @param amountCents       amount to release, in cents, more than zero
 */
public record ReversalRequest(MessageHeader header, String originalRequestId, long amountCents)
    implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.AUTHREV);

  public ReversalRequest {
    LAYOUT.header(header);
    originalRequestId = LAYOUT.requiredText("RVQ-ORIG-REQUEST-ID", originalRequestId);
    amountCents = LAYOUT.cents("RVQ-AMOUNT", amountCents, 1);
  }

  /** Decodes an AUTHREV in EBCDIC code page 037. */
  public static ReversalRequest decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static ReversalRequest decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new ReversalRequest(f.header(), f.text("RVQ-ORIG-REQUEST-ID"),
        f.cents("RVQ-AMOUNT")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("RVQ-ORIG-REQUEST-ID", originalRequestId)
        .cents("RVQ-AMOUNT", amountCents));
  }
}
