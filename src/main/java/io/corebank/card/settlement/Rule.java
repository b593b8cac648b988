package io.corebank.card.settlement;

/** The rules a settlement file can break; every {@link Violation} names exactly one. */
public enum Rule {
  RECORD_LENGTH("a record is exactly 250 bytes (an ASCII line may lose its trailing blanks)"),
  RECORD_TYPE("the first byte of a record is H, D or T"),
  PRINTABLE("records hold printable characters only (space to tilde)"),
  NUMERIC("numeric fields hold digits; signed ones a leading '+' or '-', then digits"),
  FILLER("FILLER is spaces"),
  MANDATORY("the field is neither blank nor, for a date, zeros"),
  VERSION("the header's format version is 01"),
  IDENTIFIER("identifiers are upper-case letters, digits, '-', '_' and '.', left-justified, without blanks"),
  DATE("dates are real calendar dates (CCYYMMDD), the creation time a real CCYYMMDDHHMMSS"),
  CURRENCY("currency codes are three upper-case letters"),
  MESSAGE_TYPE("the message type is PRES, RFND, REVR, CHBK or FEE_"),
  CARD_TOKEN("the card token is 64 lower-case hexadecimal digits"),
  LAST_FOUR("the last four are 4 digits"),
  AUTH_CODE("an authorization code is 6 upper-case letters or digits"),
  ARN("the acquirer reference number is 23 digits whose last is the Luhn check digit of the first 22"),
  MCC("the merchant category code is 4 digits"),
  AMOUNT_SIGN("amounts are not zero, the settlement amount's sign agrees with the message type and the transaction"
      + " amount has the same sign"),
  CONVERSION("when the transaction and settlement currencies are the same, so are the amounts"),
  DATE_ORDER("the original (authorization) date is not after the settlement date"),
  RECORD_ORDER("one header first, then the details, then one trailer last"),
  HEADER_AGREEMENT("details carry the header's settlement date and currency"),
  CONTROL_TOTAL("the trailer's detail count and totals equal those of the details"),
  CONTROL_HASH("the trailer's hash equals the sum of the details' ARNs' last 15 digits, modulo 10^15");

  private final String description;

  Rule(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
