package io.corebank.online.message;

/**
 * The response and reason codes the replies carry. Response codes are 2 digits (as ISO 8583's field 39), reason
 * codes 4 digits; the reasons of card authorizations are those of the CardDemo authorization program (COPAUA0C),
 * so that its clients read ours unchanged.
 */
public final class ResponseCodes {
  /** Done or approved. */
  public static final String APPROVED = "00";
  /** Declined (do not honor): the reason code says why. */
  public static final String DECLINED = "05";
  /** ERRRSP: the request did not follow its format; the error reply names the field. */
  public static final String FORMAT_ERROR = "30";
  /** ERRRSP: the request could not be served for a reason of ours. */
  public static final String SYSTEM_ERROR = "96";

  /** No reason: approved. */
  public static final String REASON_NONE = "0000";
  /** Card, account or customer not found. */
  public static final String REASON_NOT_FOUND = "3100";
  /** Insufficient funds. */
  public static final String REASON_INSUFFICIENT_FUNDS = "4100";
  /** Card not active. */
  public static final String REASON_CARD_NOT_ACTIVE = "4200";
  /** Account closed. */
  public static final String REASON_ACCOUNT_CLOSED = "4300";
  /** Card fraud. */
  public static final String REASON_CARD_FRAUD = "5100";
  /** Merchant fraud. */
  public static final String REASON_MERCHANT_FRAUD = "5200";
  /** Any other reason. */
  public static final String REASON_OTHER = "9000";

  private ResponseCodes() {
  }
}
