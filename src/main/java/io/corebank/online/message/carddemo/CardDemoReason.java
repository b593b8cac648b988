package io.corebank.online.message.carddemo;

/**
 * The outcomes of a CardDemo authorization with their response and reason codes, as COPAUA0C's paragraph
 * 6000-MAKE-DECISION sets them: approved 00/0000; declined 05 with reason 3100 (card, account or customer not
 * found), 4100 (insufficient funds), 4200 (card not active), 4300 (account closed), 5100 (card fraud), 5200
 * (merchant fraud) or 9000 (any other).
 */
public enum CardDemoReason {
  APPROVED("00", "0000"),
  NOT_FOUND("05", "3100"),
  INSUFFICIENT_FUNDS("05", "4100"),
  CARD_NOT_ACTIVE("05", "4200"),
  ACCOUNT_CLOSED("05", "4300"),
  CARD_FRAUD("05", "5100"),
  MERCHANT_FRAUD("05", "5200"),
  OTHER("05", "9000");

  private final String responseCode;
  private final String reasonCode;

  CardDemoReason(String responseCode, String reasonCode) {
    this.responseCode = responseCode;
    this.reasonCode = reasonCode;
  }

  /** 00 approved, 05 declined. */
  public String responseCode() {
    return responseCode;
  }

  public String reasonCode() {
    return reasonCode;
  }

  public boolean approved() {
    return this == APPROVED;
  }
}
