package io.corebank.online.message;

/**
 * XFERRSP, {@code OLXFRRP.cpy}: the answer to a {@link TransferRequest}.
 *
 * @param responseCode          2 digits: 00 done, 05 declined
 * @param reasonCode            4 digits, 0000 when done
 * @param journalId             the ledger journal of the transfer, 0 when declined
 * @param fromBalanceAfterCents current balance of the debited account after, in cents
 * @param toBalanceAfterCents   current balance of the credited account after, in cents
 */
public record TransferReply(MessageHeader header, String responseCode, String reasonCode, long journalId,
    long fromBalanceAfterCents, long toBalanceAfterCents) implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.XFERRSP);

  public TransferReply {
    LAYOUT.header(header);
    responseCode = LAYOUT.digits("XFP-RESPONSE-CODE", responseCode);
    reasonCode = LAYOUT.digits("XFP-REASON-CODE", reasonCode);
    journalId = LAYOUT.number("XFP-JOURNAL-ID", journalId);
    fromBalanceAfterCents = LAYOUT.signedCents("XFP-FROM-BALANCE-AFTER", fromBalanceAfterCents);
    toBalanceAfterCents = LAYOUT.signedCents("XFP-TO-BALANCE-AFTER", toBalanceAfterCents);
  }

  /** Decodes an XFERRSP in EBCDIC code page 037. */
  public static TransferReply decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static TransferReply decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new TransferReply(f.header(), f.text("XFP-RESPONSE-CODE"),
        f.text("XFP-REASON-CODE"), f.number("XFP-JOURNAL-ID"), f.cents("XFP-FROM-BALANCE-AFTER"),
        f.cents("XFP-TO-BALANCE-AFTER")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("XFP-RESPONSE-CODE", responseCode)
        .text("XFP-REASON-CODE", reasonCode)
        .number("XFP-JOURNAL-ID", journalId)
        .cents("XFP-FROM-BALANCE-AFTER", fromBalanceAfterCents)
        .cents("XFP-TO-BALANCE-AFTER", toBalanceAfterCents));
  }
}
