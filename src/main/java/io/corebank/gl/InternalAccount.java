package io.corebank.gl;

/** The bank's own ledger accounts, one per GL account that postings hit directly. */
public enum InternalAccount {
  VAULT_CASH("1010", "Cash and vault"),
  DUE_FROM_FED("1020", "Due from Federal Reserve"),
  ACH_CLEARING("1100", "ACH clearing"),
  CARD_NETWORK_SETTLEMENT("1110", "Card network settlement"),
  SUSPENSE("1900", "Suspense"),
  MERCHANT_SETTLEMENT("2100", "Merchant settlement payable"),
  PAID_IN_CAPITAL("3010", "Paid-in capital"),
  CONVERSION_CLEARING("3900", "Conversion clearing"),
  INTEREST_INCOME("4010", "Interest income"),
  FEE_INCOME("4020", "Fee income"),
  INTERCHANGE_INCOME("4030", "Interchange income"),
  INTEREST_EXPENSE("5010", "Interest expense"),
  CARD_NETWORK_FEES("5020", "Card network fees");

  private final String glCode;
  private final String title;

  InternalAccount(String glCode, String title) {
    this.glCode = glCode;
    this.title = title;
  }

  public String glCode() { return glCode; }
  public String title() { return title; }

  /** The displayed account number, e.g. GL-1100 for ACH clearing. */
  public String accountNumber() { return "GL-" + glCode; }
}
