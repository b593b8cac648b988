package io.corebank.card.settlement;

import java.util.Optional;

/**
 * What a detail settles ({@code SETL-D-MSG-TYPE}), with the direction its settlement amount must have and the
 * fields it must carry. Amounts are signed from the issuer's side: positive is a debit to the cardholder and to
 * the issuer's settlement position (the issuer pays the network), negative a credit.
 */
public enum MessageType {
  /** A purchase the acquirer presents for payment; it settles an authorization hold. */
  PRESENTMENT("PRES", 1, true, true),
  /** A merchant's refund to the cardholder (credit voucher); not necessarily authorized. */
  REFUND("RFND", -1, false, true),
  /** The acquirer takes back a presentment it sent; carries the original authorization. */
  REVERSAL("REVR", -1, true, true),
  /** The issuer's chargeback of a presentment, settled back to the issuer. */
  CHARGEBACK("CHBK", -1, false, true),
  /** A network fee or fee collection, charged to (positive) or paid to (negative) the issuer; no cardholder posting. */
  FEE("FEE_", 0, false, false);

  private final String code;
  private final int sign;
  private final boolean authorizationRequired;
  private final boolean merchantRequired;

  MessageType(String code, int sign, boolean authorizationRequired, boolean merchantRequired) {
    this.code = code;
    this.sign = sign;
    this.authorizationRequired = authorizationRequired;
    this.merchantRequired = merchantRequired;
  }

  /** The four characters on the file. */
  public String code() {
    return code;
  }

  /** 1: the settlement amount is positive (debit); -1: negative (credit); 0: either, but not zero. */
  public int sign() {
    return sign;
  }

  /** Whether the authorization code and the original (authorization) date are mandatory. */
  public boolean authorizationRequired() {
    return authorizationRequired;
  }

  /** Whether the merchant id, name and MCC are mandatory. */
  public boolean merchantRequired() {
    return merchantRequired;
  }

  public static Optional<MessageType> ofCode(String code) {
    for (MessageType type : values()) {
      if (type.code.equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
