package io.corebank.online.message;

/**
 * BALINQ, {@code OLBALRQ.cpy}: the balances of one account.
 *
 * @param accountNumber the account number people see, at most 20 characters
 */
public record BalanceInquiry(MessageHeader header, String accountNumber) implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.BALINQ);

  public BalanceInquiry {
    LAYOUT.header(header);
    accountNumber = LAYOUT.requiredText("BIQ-ACCOUNT-NUM", accountNumber);
  }

  /** Decodes a BALINQ in EBCDIC code page 037. */
  public static BalanceInquiry decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static BalanceInquiry decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new BalanceInquiry(f.header(), f.text("BIQ-ACCOUNT-NUM")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("BIQ-ACCOUNT-NUM", accountNumber));
  }
}
