package io.corebank.online.message;

/**
 * DEPOSIT, {@code OLDEPRQ.cpy}: a teller deposit to one account.
 *
 * @param accountNumber account number, at most 20 characters
 * @param amountCents   amount, in cents, more than zero
 * @param description   for the statement, at most 40 characters, may be blank
 */
public record DepositRequest(MessageHeader header, String accountNumber, long amountCents, String description)
    implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.DEPOSIT);

  public DepositRequest {
    LAYOUT.header(header);
    accountNumber = LAYOUT.requiredText("DPQ-ACCOUNT-NUM", accountNumber);
    amountCents = LAYOUT.cents("DPQ-AMOUNT", amountCents, 1);
    description = LAYOUT.text("DPQ-DESCRIPTION", description);
  }

  /** Decodes a DEPOSIT in EBCDIC code page 037. */
  public static DepositRequest decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static DepositRequest decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new DepositRequest(f.header(), f.text("DPQ-ACCOUNT-NUM"),
        f.cents("DPQ-AMOUNT"), f.text("DPQ-DESCRIPTION")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("DPQ-ACCOUNT-NUM", accountNumber)
        .cents("DPQ-AMOUNT", amountCents)
        .text("DPQ-DESCRIPTION", description));
  }
}
