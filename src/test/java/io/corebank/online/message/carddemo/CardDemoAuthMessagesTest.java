package io.corebank.online.message.carddemo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corebank.online.message.MessageFormatException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CardDemo's MQ authorization request and reply (COPAUA0C), with exact strings. */
class CardDemoAuthMessagesTest {
  static final String REQUEST = "240315,143005,4111111111111111,AUTH,0927,0100,POS,000000,12.34,5411,840,05,"
      + "MERCH0000012345,CORNER GROCERY #12,SPRINGFIELD,IL,62701,TXN000000000001";

  @Test
  void readsTheEighteenFields() {
    CardDemoAuthRequest request = CardDemoAuthRequest.parse(REQUEST);
    assertEquals(LocalDate.of(2024, 3, 15), request.authDate());
    assertEquals(LocalTime.of(14, 30, 5), request.authTime());
    assertEquals("4111111111111111", request.cardNumber());
    assertEquals("AUTH", request.authType());
    assertEquals("0927", request.cardExpiryDate());
    assertEquals("0100", request.messageType());
    assertEquals("POS", request.messageSource());
    assertEquals(0, request.processingCode());
    assertEquals(1234L, request.amountCents());
    assertEquals("5411", request.merchantCategoryCode());
    assertEquals("840", request.acquirerCountryCode());
    assertEquals(5, request.posEntryMode());
    assertEquals("MERCH0000012345", request.merchantId());
    assertEquals("CORNER GROCERY #12", request.merchantName());
    assertEquals("SPRINGFIELD", request.merchantCity());
    assertEquals("IL", request.merchantState());
    assertEquals("62701", request.merchantZip());
    assertEquals("TXN000000000001", request.transactionId());
    assertEquals(REQUEST, request.format());
    assertEquals("143005", request.authTimeText());
    assertTrue(request.toString().contains("411111******1111"));
    assertFalse(request.toString().contains("4111111111111111"));
  }

  @Test
  void anApprovalIsTheFieldsPaddedEachFollowedByAComma() {
    CardDemoAuthReply reply = CardDemoAuthReply.to(CardDemoAuthRequest.parse(REQUEST), CardDemoReason.APPROVED);
    assertEquals("4111111111111111,TXN000000000001,143005,00,0000,         12.34,", reply.format());
    assertEquals(CardDemoAuthReply.LENGTH, reply.format().length());
    assertTrue(reply.approved());
    assertEquals(reply, CardDemoAuthReply.parse(reply.format()));
  }

  @ParameterizedTest
  @CsvSource({
      "NOT_FOUND,          3100",
      "INSUFFICIENT_FUNDS, 4100",
      "CARD_NOT_ACTIVE,    4200",
      "ACCOUNT_CLOSED,     4300",
      "CARD_FRAUD,         5100",
      "MERCHANT_FRAUD,     5200",
      "OTHER,              9000"})
  void aDeclineIs05WithItsReasonAndNoAmount(CardDemoReason reason, String code) {
    CardDemoAuthReply reply = CardDemoAuthReply.to(CardDemoAuthRequest.parse(REQUEST), reason);
    assertEquals("4111111111111111,TXN000000000001,143005,05," + code + ",          0.00,", reply.format());
    assertFalse(reply.approved());
    assertEquals(reply, CardDemoAuthReply.parse(reply.format()));
  }

  @Test
  void shortFieldsArePaddedAndLargeOrNegativeAmountsEdited() {
    CardDemoAuthReply reply = new CardDemoAuthReply("4111111111111111", "TX1", "A1", "00", "0000", 999_999_999_999L);
    assertEquals("4111111111111111,TX1            ,A1    ,00,0000, 9999999999.99,", reply.format());
    assertEquals(reply, CardDemoAuthReply.parse(reply.format()));
    assertEquals("-         0.05", CardDemoAuthReply.edited(-5));
    assertEquals("          0.00", CardDemoAuthReply.edited(0));
    assertEquals("        100.00", CardDemoAuthReply.edited(10_000));
    CardDemoAuthReply ours = CardDemoAuthReply.to(CardDemoAuthRequest.parse(REQUEST), CardDemoReason.APPROVED, "QX7K2P");
    assertEquals("4111111111111111,TXN000000000001,QX7K2P,00,0000,         12.34,", ours.format());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "12.34|1234", "' 12.34 '|1234", "+12.34|1234", "12.34+|1234", "12|1200", ".5|50", "0012.30|1230", "12.|1200",
      "0|0", "9999999999.99|999999999999", "-0.00|0"})
  void amountsAreReadAsNumvalReadsThem(String amount, long cents) {
    assertEquals(cents, CardDemoAuthRequest.parse(REQUEST.replace(",12.34,", "," + amount + ",")).amountCents());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "12.3.4|'12.3.4' is not an amount like 12.34",
      "abc|'abc' is not an amount like 12.34",
      "\"\"|'' is not an amount like 12.34",
      "1,234.00|-",
      "$12.34|'$12.34' is not an amount like 12.34",
      "-5.00|'-5.00' is negative; an amount to authorize is not",
      "5.00CR|'5.00CR' is negative; an amount to authorize is not",
      "+5.00-|'+5.00-' is not an amount like 12.34",
      "1.234|'1.234' has more than 2 decimal places (PIC +9(10).99)",
      "12345678901|'12345678901' has more than 10 digits before the decimal point (PIC +9(10).99)",
      "12345678901.0|'12345678901.0' has more than 10 digits before the decimal point (PIC +9(10).99)",
      "1234567890.001|'1234567890.001' has 14 characters, more than the 13 of PIC X(13)"})
  void aBadAmountNamesField9(String amount, String rule) {
    CardDemoFormatException e = assertThrows(CardDemoFormatException.class,
        () -> CardDemoAuthRequest.parse(REQUEST.replace(",12.34,", "," + amount + ",")));
    if (rule.equals("-")) { // the comma splits the amount: 19 fields
      assertEquals(18, e.position());
      return;
    }
    assertEquals(9, e.position());
    assertEquals("TRANSACTION-AMT", e.fieldPath());
    assertEquals(rule, e.rule());
    assertEquals("CardDemo authorization request, field 9 (TRANSACTION-AMT): " + rule, e.getMessage());
  }

  @Test
  void theWrongNumberOfFieldsNamesTheFirstMissingOrTheLastField() {
    CardDemoFormatException missing = assertThrows(CardDemoFormatException.class,
        () -> CardDemoAuthRequest.parse(REQUEST.substring(0, REQUEST.lastIndexOf(','))));
    assertEquals("CardDemo authorization request, field 18 (TRANSACTION-ID): is missing: the request has 17 fields, "
        + "it needs 18", missing.getMessage());
    CardDemoFormatException extra = assertThrows(CardDemoFormatException.class,
        () -> CardDemoAuthRequest.parse(REQUEST + ","));
    assertEquals("CardDemo authorization request, field 18 (TRANSACTION-ID): is followed by 1 more field(s): the "
        + "request has 19 fields, it needs 18", extra.getMessage());
    CardDemoFormatException few = assertThrows(CardDemoFormatException.class,
        () -> CardDemoAuthRequest.parse("240315,143005"));
    assertEquals(3, few.position());
    assertEquals("CARD-NUM", few.fieldPath());
    assertEquals("CardDemo authorization request: is empty",
        assertThrows(CardDemoFormatException.class, () -> CardDemoAuthRequest.parse("")).getMessage());
    assertEquals("CardDemo authorization request: holds 2 lines; a message is one line",
        assertThrows(CardDemoFormatException.class, () -> CardDemoAuthRequest.parse(REQUEST + "\n" + REQUEST))
            .getMessage());
  }

  @Test
  void otherFieldsAreCheckedAgainstTheirPictures() {
    assertField("240230" + REQUEST.substring(6), 1, "AUTH-DATE", "'240230' is not a date YYMMDD");
    assertField(REQUEST.replace(",143005,", ",250000,"), 2, "AUTH-TIME", "'250000' is not a time HHMMSS");
    assertField(REQUEST.replace(",4111111111111111,", ",411111111111111,"), 3, "CARD-NUM",
        "'411111111111111' is not 16 digits");
    assertField(REQUEST.replace(",AUTH,", ",AUTHX,"), 4, "AUTH-TYPE",
        "'AUTHX' has 5 characters, more than the 4 of PIC X(04)");
    assertField(REQUEST.replace(",000000,", ",00000A,"), 8, "PROCESSING-CODE",
        "'00000A' is not a number of 1 to 6 digits (PIC 9(06))");
    assertField(REQUEST.replace(",05,", ",123,"), 12, "POS-ENTRY-MODE",
        "'123' is not a number of 1 to 2 digits (PIC 9(02))");
    assertField(REQUEST.replace("CORNER GROCERY #12", "CORNER GROCERY #12 OF 2"), 14, "MERCHANT-NAME",
        "'CORNER GROCERY #12 OF 2' has 23 characters, more than the 22 of PIC X(22)");
    assertField(REQUEST.replace("TXN000000000001", "TXN0000000000001"), 18, "TRANSACTION-ID",
        "'TXN0000000000001' has 16 characters, more than the 15 of PIC X(15)");
  }

  @Test
  void quotesAreOrdinaryCharactersAsToUnstringAndShortNumbersAreWidened() {
    CardDemoAuthRequest request = CardDemoAuthRequest.parse(REQUEST.replace("CORNER GROCERY #12", "JOE\"S DINER")
        .replace(",000000,", ",1,").replace(",05,", ",7,"));
    assertEquals("JOE\"S DINER", request.merchantName());
    assertEquals(1, request.processingCode());
    assertEquals(7, request.posEntryMode());
    assertTrue(request.format().contains(",000001,12.34,") && request.format().contains(",07,MERCH"));
    assertEquals(request, CardDemoAuthRequest.parse(request.format()));
  }

  @Test
  void valuesThatCannotBeWrittenAreRefused() {
    CardDemoAuthRequest request = CardDemoAuthRequest.parse(REQUEST);
    CardDemoFormatException comma = assertThrows(CardDemoFormatException.class, () -> new CardDemoAuthRequest(
        request.authDate(), request.authTime(), request.cardNumber(), request.authType(), request.cardExpiryDate(),
        request.messageType(), request.messageSource(), 0, 1, "5411", "840", 5, "M1", "SMITH, JONES", "X", "IL", "1",
        "T1"));
    assertEquals("CardDemo authorization request, field 14 (MERCHANT-NAME): holds a comma at position 6",
        comma.getMessage());
    assertTrue(comma instanceof MessageFormatException);
  }

  @Test
  void aBadReplyIsNamed() {
    String good = "4111111111111111,TXN000000000001,143005,00,0000,         12.34,";
    assertReply(good.substring(0, good.length() - 1), 6, "APPROVED-AMT", "is not followed by a comma");
    assertReply(good + "x", 6, "APPROVED-AMT", "is followed by more than its comma: 'x'");
    assertReply(good.replace("12.34", "12,34"), 6, "APPROVED-AMT", "is followed by more than its comma: '34,'");
    assertReply(good.replace("      12.34", "      12.3 "), 6, "APPROVED-AMT",
        "'         12.3 ' is not an amount edited by PIC -zzzzzzzzz9.99");
    assertReply("4111111111111111,TXN1", 3, "AUTH-ID-CODE", "is missing: the reply has 2 fields, it needs 6, each "
        + "followed by a comma");
    assertReply(good.replace(",00,", ",0,"), 4, "AUTH-RESP-CODE", "'0' is not 2 characters");
  }

  private static void assertField(String message, int position, String name, String rule) {
    CardDemoFormatException e = assertThrows(CardDemoFormatException.class, () -> CardDemoAuthRequest.parse(message));
    assertEquals(position, e.position());
    assertEquals(name, e.fieldPath());
    assertEquals(rule, e.rule());
  }

  private static void assertReply(String message, int position, String name, String rule) {
    CardDemoFormatException e = assertThrows(CardDemoFormatException.class, () -> CardDemoAuthReply.parse(message));
    assertEquals(position, e.position(), e.getMessage());
    assertEquals(name, e.fieldPath());
    assertEquals(rule, e.rule());
    assertTrue(e.getMessage().startsWith("CardDemo authorization reply, field " + position + " (" + name + "): "));
  }
}
