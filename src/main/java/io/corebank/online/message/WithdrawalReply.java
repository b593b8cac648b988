package io.corebank.online.message;

/**
 * WDLRSP, {@code OLWDLRP.cpy}: the answer to a {@link WithdrawalRequest}.
 *
 * @param responseCode          2 digits: 00 done, 05 declined
 * @param reasonCode            4 digits, 0000 when done
 * @param journalId             the ledger journal of the withdrawal, 0 when declined
 * @param balanceAfterCents     current balance of the account after, in cents
 * @param availableAfterCents   available balance of the account after, in cents
 */
public record WithdrawalReply(MessageHeader header, String responseCode, String reasonCode, long journalId,
    long balanceAfterCents, long availableAfterCents) implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.WDLRSP);

  public WithdrawalReply {
    LAYOUT.header(header);
    responseCode = LAYOUT.digits("WDP-RESPONSE-CODE", responseCode);
    reasonCode = LAYOUT.digits("WDP-REASON-CODE", reasonCode);
    journalId = LAYOUT.number("WDP-JOURNAL-ID", journalId);
    balanceAfterCents = LAYOUT.signedCents("WDP-BALANCE-AFTER", balanceAfterCents);
    availableAfterCents = LAYOUT.signedCents("WDP-AVAILABLE-AFTER", availableAfterCents);
  }

  /** Decodes a WDLRSP in EBCDIC code page 037. */
  public static WithdrawalReply decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static WithdrawalReply decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new WithdrawalReply(f.header(), f.text("WDP-RESPONSE-CODE"),
        f.text("WDP-REASON-CODE"), f.number("WDP-JOURNAL-ID"), f.cents("WDP-BALANCE-AFTER"),
        f.cents("WDP-AVAILABLE-AFTER")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("WDP-RESPONSE-CODE", responseCode)
        .text("WDP-REASON-CODE", reasonCode)
        .number("WDP-JOURNAL-ID", journalId)
        .cents("WDP-BALANCE-AFTER", balanceAfterCents)
        .cents("WDP-AVAILABLE-AFTER", availableAfterCents));
  }
}
