package io.corebank.card.settlement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A detail (D): one message the network settles with the issuer. Money is in cents, signed from the issuer's side:
 * a positive settlement amount is a debit to the cardholder and to the issuer's settlement position, a negative one
 * a credit (see {@link MessageType} for which sign each message type has). We never carry a card number: the card
 * is the issuer's token (a keyed hash of the PAN) and its last four digits.
 */
public final class SettlementDetail extends SettlementRecord {

  /** Positions 2-5: PRES, RFND, REVR, CHBK or FEE_. */
  public static final SettlementField MSG_TYPE = SettlementLayout.field("SETL-D-MSG-TYPE");
  /** Positions 6-69: the issuer's keyed hash of the PAN, 64 lower-case hexadecimal digits. */
  public static final SettlementField CARD_TOKEN = SettlementLayout.field("SETL-D-CARD-TOKEN");
  /** Positions 70-73: the last four digits of the PAN. */
  public static final SettlementField LAST_FOUR = SettlementLayout.field("SETL-D-LAST-FOUR");
  /** Positions 74-79: the issuer's authorization (approval) code; blank when there was none. */
  public static final SettlementField AUTH_CODE = SettlementLayout.field("SETL-D-AUTH-CODE");
  /** Positions 80-102: acquirer reference number, 23 digits with a Luhn check digit last. */
  public static final SettlementField ARN = SettlementLayout.field("SETL-D-ARN");
  /** Positions 103-118: amount in the transaction currency, signed, cents. */
  public static final SettlementField TXN_AMOUNT = SettlementLayout.field("SETL-D-TXN-AMOUNT");
  /** Positions 119-121: currency of the transaction amount. */
  public static final SettlementField TXN_CURRENCY = SettlementLayout.field("SETL-D-TXN-CURRENCY");
  /** Positions 122-137: amount in the settlement currency, signed, cents: what is posted. */
  public static final SettlementField SETTLE_AMOUNT = SettlementLayout.field("SETL-D-SETTLE-AMOUNT");
  /** Positions 138-140: settlement currency, the header's. */
  public static final SettlementField SETTLE_CURRENCY = SettlementLayout.field("SETL-D-SETTLE-CURRENCY");
  /** Positions 141-152: interchange in the settlement currency, signed, cents; positive: the issuer earns it. */
  public static final SettlementField INTERCHANGE_FEE = SettlementLayout.field("SETL-D-INTERCHANGE-FEE");
  /** Positions 153-167: the acquirer's merchant (card acceptor) id. */
  public static final SettlementField MERCHANT_ID = SettlementLayout.field("SETL-D-MERCHANT-ID");
  /** Positions 168-192: merchant name as the cardholder sees it. */
  public static final SettlementField MERCHANT_NAME = SettlementLayout.field("SETL-D-MERCHANT-NAME");
  /** Positions 193-196: merchant category code (ISO 18245). */
  public static final SettlementField MCC = SettlementLayout.field("SETL-D-MCC");
  /** Positions 197-204: settlement date, the header's, CCYYMMDD. */
  public static final SettlementField SETTLE_DATE = SettlementLayout.field("SETL-D-SETTLE-DATE");
  /** Positions 205-212: date of the original authorization, CCYYMMDD; zeros when there was none. */
  public static final SettlementField ORIG_DATE = SettlementLayout.field("SETL-D-ORIG-DATE");

  private static final List<SettlementField> FIELDS = SettlementLayout.fieldsOf(SettlementLayout.DETAIL_GROUP);

  SettlementDetail(String text, long lineNumber, int originalLength) {
    super(text, lineNumber, originalLength);
  }

  /**
   * A detail read from its 250 characters (other lengths are padded or cut and reported by {@link #validate()}).
   *
   * @throws IllegalArgumentException when the record type is not D
   */
  public static SettlementDetail parse(String text, long lineNumber) {
    if (text.isEmpty() || text.charAt(0) != RecordType.DETAIL.code()) {
      throw new IllegalArgumentException("line " + lineNumber + " is not a detail: it does not start with D");
    }
    return new SettlementDetail(text, lineNumber, text.length());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this detail's values, to change some of them. */
  public Builder toBuilder() {
    return new Builder()
        .messageType(messageType())
        .cardToken(cardToken())
        .lastFour(lastFour())
        .authorizationCode(authorizationCode().orElse(null))
        .arn(arn())
        .transactionAmount(transactionAmountCents(), transactionCurrency())
        .settlementAmount(settlementAmountCents(), settlementCurrency())
        .interchangeFeeCents(interchangeFeeCents())
        .merchant(merchantId(), merchantName(), mcc())
        .settlementDate(settlementDate())
        .originalDate(originalDate().orElse(null));
  }

  @Override
  public String label() {
    return RecordType.DETAIL.label();
  }

  @Override
  public List<SettlementField> fields() {
    return FIELDS;
  }

  /** @throws SettlementDataException when the code is not a known message type */
  public MessageType messageType() {
    String code = checked(MSG_TYPE);
    return MessageType.ofCode(code).orElseThrow(() -> invalid(MSG_TYPE, Rule.MESSAGE_TYPE, unknownType(code)));
  }

  public String cardToken() {
    return checked(CARD_TOKEN);
  }

  public String lastFour() {
    return checked(LAST_FOUR);
  }

  /** The authorization code; empty when the field is blank. */
  public Optional<String> authorizationCode() {
    String code = checked(AUTH_CODE);
    return code.isBlank() ? Optional.empty() : Optional.of(code.stripTrailing());
  }

  public String arn() {
    return checked(ARN);
  }

  public long transactionAmountCents() {
    return number(TXN_AMOUNT);
  }

  public String transactionCurrency() {
    return checked(TXN_CURRENCY);
  }

  public long settlementAmountCents() {
    return number(SETTLE_AMOUNT);
  }

  public String settlementCurrency() {
    return checked(SETTLE_CURRENCY);
  }

  public long interchangeFeeCents() {
    return number(INTERCHANGE_FEE);
  }

  public String merchantId() {
    return checked(MERCHANT_ID).stripTrailing();
  }

  public String merchantName() {
    return checked(MERCHANT_NAME).stripTrailing();
  }

  /** The MCC's four characters (blank for a fee without a merchant). */
  public String mcc() {
    return checked(MCC);
  }

  /** @throws SettlementDataException when the field is not a real CCYYMMDD */
  public LocalDate settlementDate() {
    return date(SETTLE_DATE).orElseThrow(() -> invalid(SETTLE_DATE, Rule.MANDATORY, "SETL-D-SETTLE-DATE is zeros"));
  }

  /** The original authorization's date; empty when the field is zeros. */
  public Optional<LocalDate> originalDate() {
    return date(ORIG_DATE);
  }

  private Optional<LocalDate> date(SettlementField field) {
    String digits = checked(field);
    if (field.storedValue(digits) == 0) {
      return Optional.empty();
    }
    LocalDate date = RecordChecks.date(digits);
    if (date == null) {
      throw invalid(field, Rule.DATE, "'" + digits + "' is not a real date CCYYMMDD");
    }
    return Optional.of(date);
  }

  private static String unknownType(String code) {
    return "'" + code + "' is not a message type (PRES, RFND, REVR, CHBK or FEE_)";
  }

  @Override
  void validateRules(RecordChecks checks) {
    Optional<MessageType> type = Optional.empty();
    if (checks.ok(MSG_TYPE)) {
      type = MessageType.ofCode(value(MSG_TYPE));
      if (type.isEmpty()) {
        checks.fail(MSG_TYPE, Rule.MESSAGE_TYPE, unknownType(value(MSG_TYPE)));
      }
    }
    boolean authorizationRequired = type.map(MessageType::authorizationRequired).orElse(false);
    boolean merchantRequired = type.map(MessageType::merchantRequired).orElse(false);

    if (checks.present(CARD_TOKEN, true) && !isLowerHex(value(CARD_TOKEN))) {
      checks.fail(CARD_TOKEN, Rule.CARD_TOKEN, "card token is not 64 lower-case hexadecimal digits");
    }
    if (checks.present(LAST_FOUR, true) && !isDigits(value(LAST_FOUR))) {
      checks.fail(LAST_FOUR, Rule.LAST_FOUR, "'" + value(LAST_FOUR) + "' is not 4 digits");
    }
    if (checks.present(AUTH_CODE, authorizationRequired) && !isAuthorizationCode(value(AUTH_CODE))) {
      checks.fail(AUTH_CODE, Rule.AUTH_CODE, "'" + value(AUTH_CODE) + "' is not 6 upper-case letters or digits");
    }
    checkArn(checks);
    checks.currency(TXN_CURRENCY);
    checks.currency(SETTLE_CURRENCY);
    type.ifPresent(t -> checkAmounts(checks, t));
    if (checks.ok(TXN_AMOUNT, SETTLE_AMOUNT, TXN_CURRENCY, SETTLE_CURRENCY)
        && value(TXN_CURRENCY).equals(value(SETTLE_CURRENCY))
        && checks.number(TXN_AMOUNT) != checks.number(SETTLE_AMOUNT)) {
      checks.fail(SETTLE_AMOUNT, Rule.CONVERSION, "transaction and settlement currency are both " + value(TXN_CURRENCY)
          + " but the amounts differ: " + RecordChecks.amount(checks.number(TXN_AMOUNT)) + " and "
          + RecordChecks.amount(checks.number(SETTLE_AMOUNT)));
    }
    checks.identifier(MERCHANT_ID, merchantRequired);
    checks.present(MERCHANT_NAME, merchantRequired);
    if (checks.present(MCC, merchantRequired) && !isDigits(value(MCC))) {
      checks.fail(MCC, Rule.MCC, "'" + value(MCC) + "' is not 4 digits");
    }
    checks.date(SETTLE_DATE, true);
    checks.date(ORIG_DATE, authorizationRequired);
    if (checks.ok(SETTLE_DATE, ORIG_DATE) && checks.number(ORIG_DATE) != 0
        && checks.number(ORIG_DATE) > checks.number(SETTLE_DATE)) {
      checks.fail(ORIG_DATE, Rule.DATE_ORDER, "original date " + value(ORIG_DATE) + " is after the settlement date "
          + value(SETTLE_DATE));
    }
  }

  private void checkArn(RecordChecks checks) {
    if (!checks.present(ARN, true)) {
      return;
    }
    String arn = value(ARN);
    if (!AcquirerReferenceNumbers.isWellFormed(arn)) {
      checks.fail(ARN, Rule.ARN, "'" + arn + "' is not 23 digits");
    } else if (!AcquirerReferenceNumbers.isValid(arn)) {
      checks.fail(ARN, Rule.ARN, "check digit " + arn.charAt(22) + " does not match the computed "
          + AcquirerReferenceNumbers.checkDigit(arn.substring(0, 22)));
    }
  }

  private void checkAmounts(RecordChecks checks, MessageType type) {
    if (checks.ok(SETTLE_AMOUNT)) {
      long settle = checks.number(SETTLE_AMOUNT);
      if (settle == 0) {
        checks.fail(SETTLE_AMOUNT, Rule.AMOUNT_SIGN, "settlement amount is zero");
      } else if (type.sign() != 0 && Long.signum(settle) != type.sign()) {
        checks.fail(SETTLE_AMOUNT, Rule.AMOUNT_SIGN, type.code() + " settles a " + (type.sign() > 0
            ? "positive amount (a debit)" : "negative amount (a credit)") + ", not " + RecordChecks.amount(settle));
      }
    }
    if (checks.ok(TXN_AMOUNT)) {
      long transaction = checks.number(TXN_AMOUNT);
      if (transaction == 0) {
        checks.fail(TXN_AMOUNT, Rule.AMOUNT_SIGN, "transaction amount is zero");
      } else if (checks.ok(SETTLE_AMOUNT) && Long.signum(transaction) != Long.signum(checks.number(SETTLE_AMOUNT))) {
        checks.fail(TXN_AMOUNT, Rule.AMOUNT_SIGN, "transaction amount " + RecordChecks.amount(transaction)
            + " and settlement amount " + RecordChecks.amount(checks.number(SETTLE_AMOUNT)) + " differ in sign");
      }
    }
  }

  private static boolean isLowerHex(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAuthorizationCode(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds a detail from typed values. {@link #build()} refuses only what cannot be written (a missing value, text
   * too long or not printable ASCII, an amount that does not fit); whether the detail follows the rules is for
   * {@link SettlementDetail#validate()} to say, which the {@link SettlementFileWriter} asks.
   */
  public static final class Builder {
    private final Map<SettlementField, Object> values = new HashMap<>();

    private Builder() {
      values.put(AUTH_CODE, "");
      values.put(INTERCHANGE_FEE, 0L);
      values.put(MERCHANT_ID, "");
      values.put(MERCHANT_NAME, "");
      values.put(MCC, "");
      values.put(ORIG_DATE, 0L);
    }

    public Builder messageType(MessageType type) {
      values.put(MSG_TYPE, RecordChecks.required(type, MSG_TYPE).code());
      return this;
    }

    public Builder cardToken(String token) {
      values.put(CARD_TOKEN, RecordChecks.text(CARD_TOKEN, token));
      return this;
    }

    public Builder lastFour(String lastFour) {
      values.put(LAST_FOUR, RecordChecks.text(LAST_FOUR, lastFour));
      return this;
    }

    /** @param code the authorization code, or null (or blank) when there was none */
    public Builder authorizationCode(String code) {
      values.put(AUTH_CODE, code == null ? "" : RecordChecks.text(AUTH_CODE, code));
      return this;
    }

    public Builder arn(String arn) {
      values.put(ARN, RecordChecks.text(ARN, arn));
      return this;
    }

    public Builder transactionAmount(long cents, String currency) {
      values.put(TXN_AMOUNT, cents);
      values.put(TXN_CURRENCY, RecordChecks.text(TXN_CURRENCY, currency));
      return this;
    }

    public Builder settlementAmount(long cents, String currency) {
      values.put(SETTLE_AMOUNT, cents);
      values.put(SETTLE_CURRENCY, RecordChecks.text(SETTLE_CURRENCY, currency));
      return this;
    }

    /** Interchange in the settlement currency; positive when the issuer earns it. Default 0. */
    public Builder interchangeFeeCents(long cents) {
      values.put(INTERCHANGE_FEE, cents);
      return this;
    }

    /** Merchant id, name and MCC; blank (or null) only for a fee. */
    public Builder merchant(String id, String name, String mcc) {
      values.put(MERCHANT_ID, id == null ? "" : RecordChecks.text(MERCHANT_ID, id));
      values.put(MERCHANT_NAME, name == null ? "" : RecordChecks.text(MERCHANT_NAME, name));
      values.put(MCC, mcc == null ? "" : RecordChecks.text(MCC, mcc));
      return this;
    }

    public Builder settlementDate(LocalDate date) {
      values.put(SETTLE_DATE, RecordChecks.digits(RecordChecks.required(date, SETTLE_DATE)));
      return this;
    }

    /** @param date the original authorization's date, or null when there was none (written as zeros) */
    public Builder originalDate(LocalDate date) {
      values.put(ORIG_DATE, date == null ? 0L : RecordChecks.digits(date));
      return this;
    }

    /** @throws IllegalArgumentException naming the field that has no value or whose value cannot be written */
    public SettlementDetail build() {
      String text = SettlementLayout.encode(RecordType.DETAIL.code(), SettlementLayout.DETAIL_GROUP, values);
      return new SettlementDetail(text, 0, LENGTH);
    }
  }
}
