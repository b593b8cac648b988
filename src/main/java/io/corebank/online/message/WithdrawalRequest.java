package io.corebank.online.message;

/**
 * WITHDRAW, {@code OLWDLRQ.cpy}: a teller withdrawal from one account.
 *
 * @param accountNumber account number, at most 20 characters
 * @param amountCents   amount, in cents, more than zero
 * @param description   for the statement, at most 40 characters, may be blank
 */
public record WithdrawalRequest(MessageHeader header, String accountNumber, long amountCents, String description)
    implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.WITHDRAW);

  public WithdrawalRequest {
    LAYOUT.header(header);
    accountNumber = LAYOUT.requiredText("WDQ-ACCOUNT-NUM", accountNumber);
    amountCents = LAYOUT.cents("WDQ-AMOUNT", amountCents, 1);
    description = LAYOUT.text("WDQ-DESCRIPTION", description);
  }

  /** Decodes a WITHDRAW in EBCDIC code page 037. */
  public static WithdrawalRequest decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static WithdrawalRequest decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new WithdrawalRequest(f.header(), f.text("WDQ-ACCOUNT-NUM"),
        f.cents("WDQ-AMOUNT"), f.text("WDQ-DESCRIPTION")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("WDQ-ACCOUNT-NUM", accountNumber)
        .cents("WDQ-AMOUNT", amountCents)
        .text("WDQ-DESCRIPTION", description));
  }
}
