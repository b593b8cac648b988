package io.corebank.online.message;

/**
 * XFERREQ, {@code OLXFRRQ.cpy}: move money between two accounts of the bank.
 *
 * @param fromAccount  account number to debit, at most 20 characters
 * @param toAccount    account number to credit, at most 20 characters
 * @param amountCents  amount, in cents, more than zero
 * @param description  for the statement, at most 40 characters, may be blank
 * @param approverId   second approver (dual control), an operator id of at most 8 characters, or blank; whether
 *                     one is needed, and that it differs from the header's operator, is the processor's rule
 */
public record TransferRequest(MessageHeader header, String fromAccount, String toAccount, long amountCents,
    String description, String approverId) implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.XFERREQ);

  public TransferRequest {
    LAYOUT.header(header);
    fromAccount = LAYOUT.requiredText("XFQ-FROM-ACCOUNT", fromAccount);
    toAccount = LAYOUT.requiredText("XFQ-TO-ACCOUNT", toAccount);
    amountCents = LAYOUT.cents("XFQ-AMOUNT", amountCents, 1);
    description = LAYOUT.text("XFQ-DESCRIPTION", description);
    approverId = LAYOUT.text("XFQ-APPROVER-ID", approverId);
  }

  /** Decodes an XFERREQ in EBCDIC code page 037. */
  public static TransferRequest decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static TransferRequest decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new TransferRequest(f.header(), f.text("XFQ-FROM-ACCOUNT"),
        f.text("XFQ-TO-ACCOUNT"), f.cents("XFQ-AMOUNT"), f.text("XFQ-DESCRIPTION"), f.text("XFQ-APPROVER-ID")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("XFQ-FROM-ACCOUNT", fromAccount)
        .text("XFQ-TO-ACCOUNT", toAccount)
        .cents("XFQ-AMOUNT", amountCents)
        .text("XFQ-DESCRIPTION", description)
        .text("XFQ-APPROVER-ID", approverId));
  }
}
