package io.corebank.online.message;

/**
 * AUTHRSP, {@code OLAUTRP.cpy}: the answer to an {@link AuthorizationRequest}.
 *
 * @param cardLastFour         the last four digits of the card (a reply never carries the PAN)
 * @param responseCode         2 digits: 00 approved, 05 declined
 * @param reasonCode           4 digits: 0000 when approved; the decline reason otherwise (the CardDemo reasons:
 *                             3100 card, account or customer not found, 4100 insufficient funds, 4200 card not
 *                             active, 4300 account closed, 5100 card fraud, 5200 merchant fraud, 9000 other)
 * @param approvedAmountCents  amount approved, in cents; 0 when declined
 * @param currency             ISO 4217 code of the amounts, or blank
 * @param authCode             authorization code of 6 letters or digits, blank when declined
 * @param holdId               id of the hold placed on the account, 0 when declined
 * @param availableAfterCents  available balance of the account after the hold, in cents (may be negative)
 */
public record AuthorizationReply(MessageHeader header, String cardLastFour, String responseCode, String reasonCode,
    long approvedAmountCents, String currency, String authCode, long holdId, long availableAfterCents)
    implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.AUTHRSP);
  private static final java.util.regex.Pattern AUTH_CODE = java.util.regex.Pattern.compile("[A-Z0-9]{6}");

  public AuthorizationReply {
    LAYOUT.header(header);
    cardLastFour = LAYOUT.digits("AUP-CARD-LAST4", cardLastFour);
    responseCode = LAYOUT.digits("AUP-RESPONSE-CODE", responseCode);
    reasonCode = LAYOUT.digits("AUP-REASON-CODE", reasonCode);
    approvedAmountCents = LAYOUT.cents("AUP-APPROVED-AMOUNT", approvedAmountCents, 0);
    currency = LAYOUT.currency("AUP-CURRENCY", currency, false);
    authCode = LAYOUT.text("AUP-AUTH-CODE", authCode);
    if (!authCode.isEmpty() && !AUTH_CODE.matcher(authCode).matches()) {
      throw LAYOUT.error("AUP-AUTH-CODE", "'" + authCode + "' is not 6 letters A-Z or digits (or blank)");
    }
    holdId = LAYOUT.number("AUP-HOLD-ID", holdId);
    availableAfterCents = LAYOUT.signedCents("AUP-AVAILABLE-AFTER", availableAfterCents);
  }

  public boolean approved() {
    return responseCode.equals(ResponseCodes.APPROVED);
  }

  /** Decodes an AUTHRSP in EBCDIC code page 037. */
  public static AuthorizationReply decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static AuthorizationReply decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new AuthorizationReply(f.header(), f.text("AUP-CARD-LAST4"),
        f.text("AUP-RESPONSE-CODE"), f.text("AUP-REASON-CODE"), f.cents("AUP-APPROVED-AMOUNT"),
        f.text("AUP-CURRENCY"), f.text("AUP-AUTH-CODE"), f.number("AUP-HOLD-ID"), f.cents("AUP-AVAILABLE-AFTER")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("AUP-CARD-LAST4", cardLastFour)
        .text("AUP-RESPONSE-CODE", responseCode)
        .text("AUP-REASON-CODE", reasonCode)
        .cents("AUP-APPROVED-AMOUNT", approvedAmountCents)
        .text("AUP-CURRENCY", currency)
        .text("AUP-AUTH-CODE", authCode)
        .number("AUP-HOLD-ID", holdId)
        .cents("AUP-AVAILABLE-AFTER", availableAfterCents));
  }
}
