package io.corebank.online.message;

import java.time.LocalDate;
import java.util.Optional;

/**
 * ACHRSP, {@code OLACHRP.cpy}: the answer to an {@link AchPaymentRequest}.
 *
 * @param responseCode   2 digits: 00 queued, 05 declined
 * @param reasonCode     4 digits, 0000 when queued
 * @param paymentId      id of the queued payment, 0 when declined
 * @param journalId      the ledger journal of the debit, 0 when declined
 * @param window         the Fed window the payment is queued for (OVERNIGHT, SAMEDAY1, SAMEDAY2), blank when declined
 * @param effectiveDate  the settlement date that window gives; empty when declined
 */
public record AchPaymentReply(MessageHeader header, String responseCode, String reasonCode, long paymentId,
    long journalId, String window, Optional<LocalDate> effectiveDate) implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.ACHRSP);

  public AchPaymentReply {
    LAYOUT.header(header);
    responseCode = LAYOUT.digits("ACP-RESPONSE-CODE", responseCode);
    reasonCode = LAYOUT.digits("ACP-REASON-CODE", reasonCode);
    paymentId = LAYOUT.number("ACP-PAYMENT-ID", paymentId);
    journalId = LAYOUT.number("ACP-JOURNAL-ID", journalId);
    window = LAYOUT.text("ACP-WINDOW", window);
    if (effectiveDate == null) {
      throw LAYOUT.error("ACP-EFFECTIVE-DATE", "is missing (null); Optional.empty() for none");
    }
    effectiveDate.filter(d -> d.getYear() < 1 || d.getYear() > 9999).ifPresent(d -> {
      throw LAYOUT.error("ACP-EFFECTIVE-DATE", d + " is outside the years 0001 to 9999");
    });
  }

  /** Decodes an ACHRSP in EBCDIC code page 037. */
  public static AchPaymentReply decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static AchPaymentReply decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new AchPaymentReply(f.header(), f.text("ACP-RESPONSE-CODE"),
        f.text("ACP-REASON-CODE"), f.number("ACP-PAYMENT-ID"), f.number("ACP-JOURNAL-ID"), f.text("ACP-WINDOW"),
        f.date("ACP-EFFECTIVE-DATE")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("ACP-RESPONSE-CODE", responseCode)
        .text("ACP-REASON-CODE", reasonCode)
        .number("ACP-PAYMENT-ID", paymentId)
        .number("ACP-JOURNAL-ID", journalId)
        .text("ACP-WINDOW", window)
        .date("ACP-EFFECTIVE-DATE", effectiveDate));
  }
}
