package io.corebank.online.message.carddemo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The authorization request of CardDemo's MQ authorization program, so that its senders can talk to us unchanged.
 *
 * <p>The format, as the original has it (aws-samples/aws-mainframe-modernization-carddemo,
 * {@code app/app-authorization-ims-db2-mq}: README "MQ Message Formats", program {@code cbl/COPAUA0C.cbl} paragraph
 * 2100-EXTRACT-REQUEST-MSG, copybook {@code cpy/CCPAURQY.cpy}): one MQ message (MQFMT-STRING) of 18 fields separated
 * by commas, split with {@code UNSTRING ... DELIMITED BY ','} into the PA-RQ- fields of CCPAURQY, in this order and
 * at most these sizes: AUTH-DATE X(06) (YYMMDD), AUTH-TIME X(06) (HHMMSS), CARD-NUM X(16), AUTH-TYPE X(04),
 * CARD-EXPIRY-DATE X(04), MESSAGE-TYPE X(06), MESSAGE-SOURCE X(06), PROCESSING-CODE 9(06), TRANSACTION-AMT
 * (read into X(13), then {@code FUNCTION NUMVAL} into PIC +9(10).99: a decimal number such as {@code 12.34}),
 * MERCHANT-CATAGORY-CODE X(04) (sic), ACQR-COUNTRY-CODE X(03), POS-ENTRY-MODE 9(02), MERCHANT-ID X(15),
 * MERCHANT-NAME X(22), MERCHANT-CITY X(13), MERCHANT-STATE X(02), MERCHANT-ZIP X(09), TRANSACTION-ID X(15).
 *
 * <p>Where we are stricter than UNSTRING, which silently truncates a long field, leaves a missing one as it was and
 * ignores extra ones: a message of other than 18 fields, a field longer than its picture, a date, time, number or
 * amount that is not one, or a negative amount is refused with a {@link CardDemoFormatException} naming the
 * field's position and name. An amount with more than two decimals is refused, where COMPUTE would truncate it.
 *
 * @param authDate        AUTH-DATE, YYMMDD (20YY)
 * @param authTime        AUTH-TIME, HHMMSS
 * @param cardNumber      CARD-NUM, 16 digits
 * @param processingCode  PROCESSING-CODE, 0-999999 (written with 6 digits)
 * @param amountCents     TRANSACTION-AMT in cents
 * @param posEntryMode    POS-ENTRY-MODE, 0-99 (written with 2 digits)
 */
public record CardDemoAuthRequest(LocalDate authDate, LocalTime authTime, String cardNumber, String authType,
    String cardExpiryDate, String messageType, String messageSource, int processingCode, long amountCents,
    String merchantCategoryCode, String acquirerCountryCode, int posEntryMode, String merchantId, String merchantName,
    String merchantCity, String merchantState, String merchantZip, String transactionId) {

  /** The 18 fields in message order, with their CardDemo names and sizes. */
  public enum Field {
    AUTH_DATE(6), AUTH_TIME(6), CARD_NUM(16), AUTH_TYPE(4), CARD_EXPIRY_DATE(4), MESSAGE_TYPE(6), MESSAGE_SOURCE(6),
    PROCESSING_CODE(6), TRANSACTION_AMT(13), MERCHANT_CATAGORY_CODE(4), ACQR_COUNTRY_CODE(3), POS_ENTRY_MODE(2),
    MERCHANT_ID(15), MERCHANT_NAME(22), MERCHANT_CITY(13), MERCHANT_STATE(2), MERCHANT_ZIP(9), TRANSACTION_ID(15);

    private final int maxLength;

    Field(int maxLength) {
      this.maxLength = maxLength;
    }

    /** 1-based position in the message. */
    public int position() {
      return ordinal() + 1;
    }

    /** The name in CardDemo's README and copybook (without the PA-RQ- prefix). */
    public String cardDemoName() {
      return name().replace('_', '-');
    }

    /** The size of its picture in CCPAURQY (13 for the amount: the X(13) it is read into). */
    public int maxLength() {
      return maxLength;
    }

    CardDemoFormatException error(String rule) {
      return new CardDemoFormatException(WHAT, position(), cardDemoName(), rule);
    }
  }

  static final String WHAT = "CardDemo authorization request";
  private static final int FIELDS = Field.values().length;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withResolverStyle(ResolverStyle.STRICT);

  public CardDemoAuthRequest {
    if (authDate == null || authDate.getYear() < 2000 || authDate.getYear() > 2099) {
      throw Field.AUTH_DATE.error(authDate + " is not a date of 2000 to 2099 (YYMMDD)");
    }
    if (authTime == null) {
      throw Field.AUTH_TIME.error("is missing (null)");
    }
    authTime = authTime.withNano(0);
    cardNumber = text(Field.CARD_NUM, cardNumber);
    if (!cardNumber.matches("\\d{16}")) {
      throw Field.CARD_NUM.error("'" + cardNumber + "' is not 16 digits");
    }
    authType = text(Field.AUTH_TYPE, authType);
    cardExpiryDate = text(Field.CARD_EXPIRY_DATE, cardExpiryDate);
    messageType = text(Field.MESSAGE_TYPE, messageType);
    messageSource = text(Field.MESSAGE_SOURCE, messageSource);
    if (processingCode < 0 || processingCode > 999_999) {
      throw Field.PROCESSING_CODE.error(processingCode + " is not 0 to 999999 (PIC 9(06))");
    }
    if (amountCents < 0 || amountCents > 999_999_999_999L) {
      throw Field.TRANSACTION_AMT.error(BigDecimal.valueOf(amountCents, 2).toPlainString()
          + " is not 0 to 9999999999.99 (PIC +9(10).99)");
    }
    merchantCategoryCode = text(Field.MERCHANT_CATAGORY_CODE, merchantCategoryCode);
    acquirerCountryCode = text(Field.ACQR_COUNTRY_CODE, acquirerCountryCode);
    if (posEntryMode < 0 || posEntryMode > 99) {
      throw Field.POS_ENTRY_MODE.error(posEntryMode + " is not 0 to 99 (PIC 9(02))");
    }
    merchantId = text(Field.MERCHANT_ID, merchantId);
    merchantName = text(Field.MERCHANT_NAME, merchantName);
    merchantCity = text(Field.MERCHANT_CITY, merchantCity);
    merchantState = text(Field.MERCHANT_STATE, merchantState);
    merchantZip = text(Field.MERCHANT_ZIP, merchantZip);
    transactionId = text(Field.TRANSACTION_ID, transactionId);
  }

  /**
   * Reads one request message.
   *
   * @throws CardDemoFormatException naming the field (1-based position and CardDemo name) and the rule
   */
  public static CardDemoAuthRequest parse(String message) {
    List<String> values = CardDemoCsv.fields(message, WHAT);
    if (values.size() < FIELDS) {
      throw Field.values()[values.size()].error("is missing: the request has " + values.size() + " fields, it needs "
          + FIELDS);
    }
    if (values.size() > FIELDS) {
      throw Field.TRANSACTION_ID.error("is followed by " + (values.size() - FIELDS) + " more field(s): the request has "
          + values.size() + " fields, it needs " + FIELDS);
    }
    return new CardDemoAuthRequest(
        date(values.get(0)),
        time(values.get(1)),
        values.get(2),
        values.get(3),
        values.get(4),
        values.get(5),
        values.get(6),
        (int) digits(Field.PROCESSING_CODE, values.get(7)),
        CardDemoCsv.amount(values.get(8), Field.TRANSACTION_AMT.maxLength(), Field.TRANSACTION_AMT::error),
        values.get(9),
        values.get(10),
        (int) digits(Field.POS_ENTRY_MODE, values.get(11)),
        values.get(12),
        values.get(13),
        values.get(14),
        values.get(15),
        values.get(16),
        values.get(17));
  }

  /** The request as its sender writes it: the 18 fields joined by commas, the amount as {@code 12.34}. */
  public String format() {
    List<String> values = new ArrayList<>(FIELDS);
    values.add(DATE.format(authDate));
    values.add(TIME.format(authTime));
    values.add(cardNumber);
    values.add(authType);
    values.add(cardExpiryDate);
    values.add(messageType);
    values.add(messageSource);
    values.add(String.format("%06d", processingCode));
    values.add(BigDecimal.valueOf(amountCents, 2).toPlainString());
    values.add(merchantCategoryCode);
    values.add(acquirerCountryCode);
    values.add(String.format("%02d", posEntryMode));
    values.add(merchantId);
    values.add(merchantName);
    values.add(merchantCity);
    values.add(merchantState);
    values.add(merchantZip);
    values.add(transactionId);
    return String.join(",", values);
  }

  /** AUTH-TIME as written, HHMMSS: what COPAUA0C answers as the AUTH-ID-CODE. */
  public String authTimeText() {
    return TIME.format(authTime);
  }

  /** Masks the PAN to its first six and last four digits (PCI DSS). */
  @Override
  public String toString() {
    return "CardDemoAuthRequest[" + format().replace(cardNumber, cardNumber.substring(0, 6) + "******"
        + cardNumber.substring(12)) + "]";
  }

  /** Text of at most the field's size, without commas or line breaks (which would split the message). */
  static String text(Field field, String value) {
    return text(value, field.maxLength(), field::error);
  }

  static String text(String value, int maxLength, CardDemoCsv.FieldError error) {
    if (value == null) {
      throw error.of("is missing (null)");
    }
    String text = value.stripTrailing();
    if (text.length() > maxLength) {
      throw error.of("'" + text + "' has " + text.length() + " characters, more than the " + maxLength + " of PIC X("
          + String.format("%02d", maxLength) + ")");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || Character.isISOControl(c)) {
        throw error.of(String.format("holds %s at position %d", c == ',' ? "a comma" : String.format("the control "
            + "character U+%04X", (int) c), i + 1));
      }
    }
    return text;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(Objects.requireNonNull(text), DATE);
    } catch (DateTimeParseException e) {
      throw Field.AUTH_DATE.error("'" + text + "' is not a date YYMMDD");
    }
  }

  private static LocalTime time(String text) {
    try {
      return LocalTime.parse(text, TIME);
    } catch (DateTimeParseException e) {
      throw Field.AUTH_TIME.error("'" + text + "' is not a time HHMMSS");
    }
  }

  /** 1 to the field's size of digits, as moved into its PIC 9(n). */
  private static long digits(Field field, String text) {
    if (!text.matches("\\d{1," + field.maxLength() + "}")) {
      throw field.error("'" + text + "' is not a number of 1 to " + field.maxLength() + " digits (PIC 9("
          + String.format("%02d", field.maxLength()) + "))");
    }
    return Long.parseLong(text);
  }
}
