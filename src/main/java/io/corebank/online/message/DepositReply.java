package io.corebank.online.message;

/**
 * DEPRSP, {@code OLDEPRP.cpy}: the answer to a {@link DepositRequest}.
 *
 * @param responseCode          2 digits: 00 done, 05 declined
 * @param reasonCode            4 digits, 0000 when done
 * @param journalId             the ledger journal of the deposit, 0 when declined
 * @param balanceAfterCents     current balance of the account after, in cents
 * @param availableAfterCents   available balance of the account after, in cents
 */
public record DepositReply(MessageHeader header, String responseCode, String reasonCode, long journalId,
    long balanceAfterCents, long availableAfterCents) implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.DEPRSP);

  public DepositReply {
    LAYOUT.header(header);
    responseCode = LAYOUT.digits("DPP-RESPONSE-CODE", responseCode);
    reasonCode = LAYOUT.digits("DPP-REASON-CODE", reasonCode);
    journalId = LAYOUT.number("DPP-JOURNAL-ID", journalId);
    balanceAfterCents = LAYOUT.signedCents("DPP-BALANCE-AFTER", balanceAfterCents);
    availableAfterCents = LAYOUT.signedCents("DPP-AVAILABLE-AFTER", availableAfterCents);
  }

  /** Decodes a DEPRSP in EBCDIC code page 037. */
  public static DepositReply decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static DepositReply decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new DepositReply(f.header(), f.text("DPP-RESPONSE-CODE"),
        f.text("DPP-REASON-CODE"), f.number("DPP-JOURNAL-ID"), f.cents("DPP-BALANCE-AFTER"),
        f.cents("DPP-AVAILABLE-AFTER")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("DPP-RESPONSE-CODE", responseCode)
        .text("DPP-REASON-CODE", reasonCode)
        .number("DPP-JOURNAL-ID", journalId)
        .cents("DPP-BALANCE-AFTER", balanceAfterCents)
        .cents("DPP-AVAILABLE-AFTER", availableAfterCents));
  }
}
