package io.corebank.online.message;

import java.time.YearMonth;

/**
 * AUTHREQ, {@code OLAUTRQ.cpy}: the card network asks to authorize a card payment (place a hold).
 *
 * @param cardNumber           the PAN, 16 digits; only requests carry it ({@link #toString} masks it)
 * @param expiry               card expiry, on the wire YYMM for 2000-2099
 * @param amountCents          amount to authorize in cents; 0 only verifies the card
 * @param currency             ISO 4217 code, three letters
 * @param merchantCategoryCode MCC, 0-9999
 * @param merchantId           card acceptor id, at most 15 characters
 * @param merchantName         at most 22 characters
 * @param merchantCity         at most 13 characters
 * @param merchantCountry      at most 3 characters (ISO 3166-1 numeric or alpha, as the network sends)
 * @param posEntryMode         point-of-sale entry mode, 0-99 (01 manual, 05 chip, 07 contactless, 90 stripe)
 */
public record AuthorizationRequest(MessageHeader header, String cardNumber, YearMonth expiry, long amountCents,
    String currency, int merchantCategoryCode, String merchantId, String merchantName, String merchantCity,
    String merchantCountry, int posEntryMode) implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.AUTHREQ);

  public AuthorizationRequest {
    LAYOUT.header(header);
    cardNumber = LAYOUT.digits("AUQ-CARD-NUM", cardNumber);
    if (expiry == null || expiry.getYear() < 2000 || expiry.getYear() > 2099) {
      throw LAYOUT.error("AUQ-CARD-EXPIRY", "expiry " + expiry + " is not in the years 2000 to 2099 (YYMM)");
    }
    amountCents = LAYOUT.cents("AUQ-AMOUNT", amountCents, 0);
    currency = LAYOUT.currency("AUQ-CURRENCY", currency, true);
    merchantCategoryCode = LAYOUT.number("AUQ-MCC", merchantCategoryCode);
    merchantId = LAYOUT.text("AUQ-MERCHANT-ID", merchantId);
    merchantName = LAYOUT.text("AUQ-MERCHANT-NAME", merchantName);
    merchantCity = LAYOUT.text("AUQ-MERCHANT-CITY", merchantCity);
    merchantCountry = LAYOUT.text("AUQ-MERCHANT-COUNTRY", merchantCountry);
    posEntryMode = LAYOUT.number("AUQ-POS-ENTRY-MODE", posEntryMode);
  }

  /** Decodes an AUTHREQ in EBCDIC code page 037. */
  public static AuthorizationRequest decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static AuthorizationRequest decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new AuthorizationRequest(f.header(), f.text("AUQ-CARD-NUM"),
        f.yearMonth("AUQ-EXPIRY-YY", "AUQ-EXPIRY-MM"), f.cents("AUQ-AMOUNT"), f.text("AUQ-CURRENCY"),
        f.integer("AUQ-MCC"), f.text("AUQ-MERCHANT-ID"), f.text("AUQ-MERCHANT-NAME"), f.text("AUQ-MERCHANT-CITY"),
        f.text("AUQ-MERCHANT-COUNTRY"), f.integer("AUQ-POS-ENTRY-MODE")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("AUQ-CARD-NUM", cardNumber)
        .number("AUQ-EXPIRY-YY", expiry.getYear() % 100)
        .number("AUQ-EXPIRY-MM", expiry.getMonthValue())
        .cents("AUQ-AMOUNT", amountCents)
        .text("AUQ-CURRENCY", currency)
        .number("AUQ-MCC", merchantCategoryCode)
        .text("AUQ-MERCHANT-ID", merchantId)
        .text("AUQ-MERCHANT-NAME", merchantName)
        .text("AUQ-MERCHANT-CITY", merchantCity)
        .text("AUQ-MERCHANT-COUNTRY", merchantCountry)
        .number("AUQ-POS-ENTRY-MODE", posEntryMode));
  }

  /** The last four digits of the card number, what the reply and the logs carry. */
  public String lastFour() {
    return cardNumber.substring(cardNumber.length() - 4);
  }

  /** Masks the PAN to its first six and last four digits (PCI DSS). */
  @Override
  public String toString() {
    return "AuthorizationRequest[header=" + header + ", cardNumber=" + cardNumber.substring(0, 6) + "******" + lastFour()
        + ", expiry=" + expiry + ", amountCents=" + amountCents + ", currency=" + currency + ", merchantCategoryCode="
        + merchantCategoryCode + ", merchantId=" + merchantId + ", merchantName=" + merchantName + ", merchantCity="
        + merchantCity + ", merchantCountry=" + merchantCountry + ", posEntryMode=" + posEntryMode + "]";
  }
}
