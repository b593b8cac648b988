package io.corebank.online.message;

/**
 * ACHPAY, {@code OLACHRQ.cpy}: send money out by ACH. The customer's account is debited at once and the payment
 * queued for the next Fed window (see docs/ach.md).
 *
 * @param fromAccount      account number to debit, at most 20 characters
 * @param receiverRouting  the receiving bank's routing number, 9 digits (its check digit is the processor's rule)
 * @param receiverAccount  the receiver's account at that bank, at most 17 characters
 * @param receiverName     at most 22 characters
 * @param amountCents      amount, in cents, more than zero
 * @param secCode          NACHA standard entry class, three letters (PPD, CCD, WEB)
 * @param description      company entry description, at most 10 characters
 */
public record AchPaymentRequest(MessageHeader header, String fromAccount, String receiverRouting,
    String receiverAccount, String receiverName, long amountCents, String secCode, String description)
    implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.ACHPAY);

  public AchPaymentRequest {
    LAYOUT.header(header);
    fromAccount = LAYOUT.requiredText("ACQ-FROM-ACCOUNT", fromAccount);
    receiverRouting = LAYOUT.digits("ACQ-RECEIVER-ROUTING", receiverRouting);
    receiverAccount = LAYOUT.requiredText("ACQ-RECEIVER-ACCOUNT", receiverAccount);
    receiverName = LAYOUT.requiredText("ACQ-RECEIVER-NAME", receiverName);
    amountCents = LAYOUT.cents("ACQ-AMOUNT", amountCents, 1);
    secCode = LAYOUT.text("ACQ-SEC-CODE", secCode);
    if (!secCode.matches("[A-Z]{3}")) {
      throw LAYOUT.error("ACQ-SEC-CODE", "'" + secCode + "' is not an SEC code of three letters A-Z");
    }
    description = LAYOUT.requiredText("ACQ-DESCRIPTION", description);
  }

  /** Decodes an ACHPAY in EBCDIC code page 037. */
  public static AchPaymentRequest decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static AchPaymentRequest decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new AchPaymentRequest(f.header(), f.text("ACQ-FROM-ACCOUNT"),
        f.text("ACQ-RECEIVER-ROUTING"), f.text("ACQ-RECEIVER-ACCOUNT"), f.text("ACQ-RECEIVER-NAME"),
        f.cents("ACQ-AMOUNT"), f.text("ACQ-SEC-CODE"), f.text("ACQ-DESCRIPTION")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("ACQ-FROM-ACCOUNT", fromAccount)
        .text("ACQ-RECEIVER-ROUTING", receiverRouting)
        .text("ACQ-RECEIVER-ACCOUNT", receiverAccount)
        .text("ACQ-RECEIVER-NAME", receiverName)
        .cents("ACQ-AMOUNT", amountCents)
        .text("ACQ-SEC-CODE", secCode)
        .text("ACQ-DESCRIPTION", description));
  }
}
