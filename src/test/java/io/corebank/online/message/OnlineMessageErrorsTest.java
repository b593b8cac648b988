package io.corebank.online.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad input is refused with a {@link MessageFormatException} that names the field's full copybook path and the
 * rule; nothing is returned half-decoded. Constructors refuse values that could not be sent the same way.
 */
class OnlineMessageErrorsTest {
  private static final MessageEncoding ASCII = MessageEncoding.ASCII;
  private static final MessageCodec CODEC = new MessageCodec(ASCII);

  @ParameterizedTest
  @EnumSource(MessageEncoding.class)
  void aNonNumericAmountNamesTheAmount(MessageEncoding encoding) {
    byte[] bytes = patch(authRequest(encoding), encoding, MessageType.AUTHREQ, "OL-AUTH-REQUEST.AUQ-AMOUNT",
        "+000000000012A45");
    MessageFormatException e = fails(() -> new MessageCodec(encoding).decode(bytes));
    assertEquals("OL-AUTH-REQUEST.AUQ-AMOUNT", e.fieldPath());
    assertTrue(e.rule().contains("at offset 133") && e.rule().contains("is not a digit"), e.rule());
    assertTrue(e.getMessage().startsWith("OL-AUTH-REQUEST.AUQ-AMOUNT: "), e.getMessage());
  }

  @Test
  void anAmountWithoutItsLeadingSignIsRefused() {
    byte[] bytes = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.AUQ-AMOUNT", "0000000000012345");
    MessageFormatException e = fails(() -> AuthorizationRequest.decode(bytes, ASCII));
    assertEquals("OL-AUTH-REQUEST.AUQ-AMOUNT", e.fieldPath());
    assertTrue(e.rule().contains("is not a separate sign '+' or '-'"), e.rule());
  }

  @Test
  void aNegativeRequestAmountIsRefused() {
    byte[] bytes = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.AUQ-AMOUNT", "-000000000012345");
    MessageFormatException e = fails(() -> CODEC.decode(bytes));
    assertEquals("OL-AUTH-REQUEST.AUQ-AMOUNT", e.fieldPath());
    assertEquals("amount -123.45 is negative", e.rule());
  }

  @Test
  void anUnknownMessageTypeIsNamed() {
    byte[] bytes = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.OL-HEADER.OLH-MSG-TYPE",
        "AUTHREQX");
    MessageFormatException e = fails(() -> CODEC.decode(bytes));
    assertEquals("OL-HEADER.OLH-MSG-TYPE", e.fieldPath());
    assertTrue(e.rule().startsWith("'AUTHREQX' is not a message type (AUTHREQ, AUTHRSP,"), e.rule());
    assertEquals(e.getMessage(), fails(() -> CODEC.typeOf(bytes)).getMessage());
  }

  @Test
  void aMessageOfTheWrongLengthIsRefused() {
    byte[] longer = Arrays.copyOf(authRequest(ASCII), 251);
    MessageFormatException e = fails(() -> CODEC.decode(longer));
    assertEquals("OL-AUTH-REQUEST", e.fieldPath());
    assertEquals("message is 251 bytes; OLAUTRQ (AUTHREQ) is 250 bytes", e.rule());
    MessageFormatException shorter = fails(() -> AuthorizationRequest.decode(Arrays.copyOf(longer, 200), ASCII));
    assertEquals("message is 200 bytes; OLAUTRQ (AUTHREQ) is 250 bytes", shorter.rule());
    MessageFormatException tiny = fails(() -> CODEC.decode("AUTH".getBytes()));
    assertEquals("OL-HEADER.OLH-MSG-TYPE", tiny.fieldPath());
    assertTrue(tiny.rule().startsWith("message is 4 bytes, too short to hold a message type"), tiny.rule());
  }

  @Test
  void aBadExpiryNamesTheMonthOrTheYear() {
    byte[] month = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.AUQ-CARD-EXPIRY", "2713");
    MessageFormatException e = fails(() -> CODEC.decode(month));
    assertEquals("OL-AUTH-REQUEST.AUQ-CARD-EXPIRY.AUQ-EXPIRY-MM", e.fieldPath());
    assertEquals("month 13 is not 01 to 12", e.rule());
    byte[] zero = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.AUQ-CARD-EXPIRY", "2700");
    assertEquals("month 00 is not 01 to 12", fails(() -> CODEC.decode(zero)).rule());
    byte[] year = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.AUQ-CARD-EXPIRY", "2A09");
    assertEquals("OL-AUTH-REQUEST.AUQ-CARD-EXPIRY.AUQ-EXPIRY-YY", fails(() -> CODEC.decode(year)).fieldPath());
  }

  @Test
  void aBadTimestampIsNamedWithTheMessagesOwnPath() {
    byte[] impossible = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.OL-HEADER.OLH-TIMESTAMP",
        "2025-02-30-15.09.26.535897");
    MessageFormatException e = fails(() -> CODEC.decode(impossible));
    assertEquals("OL-AUTH-REQUEST.OL-HEADER.OLH-TIMESTAMP", e.fieldPath());
    assertEquals("'2025-02-30-15.09.26.535897' is not a timestamp YYYY-MM-DD-HH.MM.SS.NNNNNN", e.rule());
    byte[] iso = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.OL-HEADER.OLH-TIMESTAMP",
        "2025-03-14T15:09:26.535897");
    assertEquals("OL-AUTH-REQUEST.OL-HEADER.OLH-TIMESTAMP", fails(() -> CODEC.decode(iso)).fieldPath());
  }

  @Test
  void anotherVersionIsRefused() {
    byte[] bytes = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.OL-HEADER.OLH-VERSION", "02");
    MessageFormatException e = fails(() -> CODEC.decode(bytes));
    assertEquals("OL-AUTH-REQUEST.OL-HEADER.OLH-VERSION", e.fieldPath());
    assertEquals("version 02 is not supported; this codec reads and writes 01", e.rule());
  }

  @Test
  void aBlankRequestIdIsRefusedExceptInAnErrorReply() {
    byte[] bytes = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.OL-HEADER.OLH-REQUEST-ID", "");
    MessageFormatException e = fails(() -> CODEC.decode(bytes));
    assertEquals("OL-AUTH-REQUEST.OL-HEADER.OLH-REQUEST-ID", e.fieldPath());
    assertEquals("is blank; it is required", e.rule());
    MessageFormatException built = fails(() -> MessageHeader.of(MessageType.BALINQ, " ", "ATM", "", Instant.EPOCH));
    assertEquals("OL-HEADER.OLH-REQUEST-ID", built.fieldPath());
    assertEquals("", MessageHeader.of(MessageType.ERRRSP, "", "", "", Instant.EPOCH).requestId());
  }

  @Test
  void aCardNumberMustBeSixteenDigits() {
    byte[] bytes = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.AUQ-CARD-NUM", "4111 1111 1111 1");
    MessageFormatException e = fails(() -> CODEC.decode(bytes));
    assertEquals("OL-AUTH-REQUEST.AUQ-CARD-NUM", e.fieldPath());
    assertEquals("'4111 1111 1111 1' is not 16 digits", e.rule());
  }

  @Test
  void controlCharactersInTextAreRefused() {
    byte[] bytes = authRequest(MessageEncoding.EBCDIC_037);
    int offset = MessageCodec.layout(MessageType.AUTHREQ).field("OL-AUTH-REQUEST.AUQ-MERCHANT-NAME").offsetBytes();
    bytes[offset + 3] = 0x00; // low-values
    MessageFormatException e = fails(() -> new MessageCodec().decode(bytes));
    assertEquals("OL-AUTH-REQUEST.AUQ-MERCHANT-NAME", e.fieldPath());
    assertEquals("holds the control character U+0000 at position 4", e.rule());
  }

  @Test
  void aMessageOfAnotherTypeIsRefusedByAClass() {
    byte[] withdrawal = MessageSamples.sample(MessageType.WITHDRAW).encode(ASCII);
    MessageFormatException e = fails(() -> DepositRequest.decode(withdrawal, ASCII));
    assertEquals("OL-DEPOSIT-REQUEST.OL-HEADER.OLH-MSG-TYPE", e.fieldPath());
    assertEquals("is 'WITHDRAW'; OLDEPRQ holds DEPOSIT", e.rule());
    MessageFormatException asClass = fails(() -> CODEC.decode(withdrawal, DepositRequest.class));
    assertEquals("OL-HEADER.OLH-MSG-TYPE", asClass.fieldPath());
    assertEquals("is WITHDRAW; expected a DepositRequest", asClass.rule());
  }

  @Test
  void encodingInTheWrongCodePageFailsOnTheHeaderOrABody() {
    byte[] ebcdic = authRequest(MessageEncoding.EBCDIC_037);
    MessageFormatException e = fails(() -> CODEC.decode(ebcdic));
    assertEquals("OL-HEADER.OLH-MSG-TYPE", e.fieldPath());
  }

  @Test
  void aBadDateOrStatusOrRoutingNumberIsNamed() {
    byte[] ach = patch(MessageSamples.sample(MessageType.ACHRSP).encode(ASCII), ASCII, MessageType.ACHRSP,
        "OL-ACH-PAYMENT-REPLY.ACP-EFFECTIVE-DATE", "2025-02-30");
    MessageFormatException date = fails(() -> CODEC.decode(ach));
    assertEquals("OL-ACH-PAYMENT-REPLY.ACP-EFFECTIVE-DATE", date.fieldPath());
    assertEquals("'2025-02-30' is not a date YYYY-MM-DD", date.rule());
    byte[] balance = patch(MessageSamples.sample(MessageType.BALRSP).encode(ASCII), ASCII, MessageType.BALRSP,
        "OL-BALANCE-REPLY.BIP-ACCOUNT-STATUS", "OPEN");
    assertEquals("OL-BALANCE-REPLY.BIP-ACCOUNT-STATUS", fails(() -> CODEC.decode(balance)).fieldPath());
    byte[] routing = patch(MessageSamples.sample(MessageType.ACHPAY).encode(ASCII), ASCII, MessageType.ACHPAY,
        "OL-ACH-PAYMENT-REQUEST.ACQ-RECEIVER-ROUTING", "02100002X");
    MessageFormatException r = fails(() -> CODEC.decode(routing));
    assertEquals("OL-ACH-PAYMENT-REQUEST.ACQ-RECEIVER-ROUTING", r.fieldPath());
    assertEquals("'02100002X' is not 9 digits", r.rule());
  }

  @Test
  void constructorsRefuseValuesThatCannotBeSent() {
    MessageHeader deposit = MessageSamples.request(MessageType.DEPOSIT);
    assertEquals("OL-DEPOSIT-REQUEST.DPQ-AMOUNT: amount 0.00 must be more than zero",
        fails(() -> new DepositRequest(deposit, "1", 0, "")).getMessage());
    assertEquals("OL-DEPOSIT-REQUEST.DPQ-AMOUNT: amount 10000000000000.00 exceeds the 15 digits of PIC S9(13)V99",
        fails(() -> new DepositRequest(deposit, "1", 1_000_000_000_000_000L, "")).getMessage());
    assertEquals("OL-DEPOSIT-REQUEST.DPQ-DESCRIPTION: '" + "x".repeat(41) + "' has 41 characters, more than the 40 of "
        + "PIC X(40)", fails(() -> new DepositRequest(deposit, "1", 1, "x".repeat(41))).getMessage());
    assertEquals("OL-DEPOSIT-REQUEST.DPQ-ACCOUNT-NUM: is missing (null)",
        fails(() -> new DepositRequest(deposit, null, 1, "")).getMessage());
    assertEquals("OL-DEPOSIT-REQUEST.OL-HEADER.OLH-MSG-TYPE: is WITHDRAW; OLDEPRQ holds DEPOSIT",
        fails(() -> new DepositRequest(MessageSamples.request(MessageType.WITHDRAW), "1", 1, "")).getMessage());
    assertEquals("OL-AUTH-REQUEST.AUQ-CURRENCY: 'usd' is not a currency code of three letters A-Z",
        fails(() -> withCurrency("usd")).getMessage());
    assertEquals("OL-AUTH-REQUEST.AUQ-CARD-EXPIRY: expiry 2100-01 is not in the years 2000 to 2099 (YYMM)",
        fails(() -> new AuthorizationRequest(MessageSamples.request(MessageType.AUTHREQ), "4111111111111111",
            YearMonth.of(2100, 1), 1, "USD", 1, "", "", "", "", 1)).getMessage());
    assertEquals("OL-AUTH-REQUEST.AUQ-MCC: 10000 is not 0 to 9999 (PIC 9(04))",
        fails(() -> new AuthorizationRequest(MessageSamples.request(MessageType.AUTHREQ), "4111111111111111",
            YearMonth.of(2027, 1), 1, "USD", 10_000, "", "", "", "", 1)).getMessage());
    assertEquals("OL-TRANSFER-REPLY.XFP-JOURNAL-ID: -1 is not 0 to 999999999999999999 (PIC 9(18))",
        fails(() -> new TransferReply(MessageSamples.reply(MessageType.XFERREQ), "00", "0000", -1, 0, 0)).getMessage());
    assertEquals("OL-TRANSFER-REPLY.XFP-RESPONSE-CODE: '0' is not 2 digits",
        fails(() -> new TransferReply(MessageSamples.reply(MessageType.XFERREQ), "0", "0000", 1, 0, 0)).getMessage());
    assertEquals("OL-ACH-PAYMENT-REPLY.ACP-EFFECTIVE-DATE: is missing (null); Optional.empty() for none",
        fails(() -> new AchPaymentReply(MessageSamples.reply(MessageType.ACHPAY), "00", "0000", 1, 1, "", null))
            .getMessage());
    assertEquals("OL-HEADER.OLH-VERSION: version 02 is not supported; this codec reads and writes 01",
        fails(() -> new MessageHeader(MessageType.BALINQ, 2, "k", "ATM", "", Instant.EPOCH)).getMessage());
  }

  @Test
  void aCharacterTheCodePageLacksFailsOnEncodeNamingTheField() {
    DepositRequest request = new DepositRequest(MessageSamples.request(MessageType.DEPOSIT), "1", 1, "5 \u20ac coins");
    MessageFormatException e = fails(() -> request.encode(MessageEncoding.EBCDIC_037));
    assertEquals("OL-DEPOSIT-REQUEST.DPQ-DESCRIPTION", e.fieldPath());
    assertTrue(e.rule().contains("U+20AC") && e.rule().contains("EBCDIC 037 cannot represent"), e.rule());
  }

  @Test
  void theErrorReplyToABadRequestRepeatsWhatItCouldRead() {
    byte[] bytes = patch(authRequest(ASCII), ASCII, MessageType.AUTHREQ, "OL-AUTH-REQUEST.AUQ-AMOUNT", "+000000000012A45");
    MessageFormatException failure = fails(() -> CODEC.decode(bytes));
    Instant at = Instant.parse("2025-03-14T15:09:27Z");
    ErrorReply reply = CODEC.errorReply(bytes, failure, at);
    assertEquals(MessageType.ERRRSP, reply.type());
    assertEquals(MessageSamples.REQUEST_ID, reply.header().requestId());
    assertEquals("CARDNET", reply.header().channelId());
    assertEquals("T0001234", reply.header().operatorId());
    assertEquals(at, reply.header().timestamp());
    assertEquals("30", reply.responseCode());
    assertEquals("AUTHREQ", reply.originalType());
    assertEquals("OL-AUTH-REQUEST.AUQ-AMOUNT", reply.fieldPath());
    assertEquals(failure.rule(), reply.reasonText());
    assertEquals(reply, CODEC.decode(CODEC.encode(reply)));

    byte[] garbage = {0x01, 'X', 'Y'};
    ErrorReply toGarbage = CODEC.errorReply(garbage, fails(() -> CODEC.decode(garbage)), at);
    assertEquals("", toGarbage.header().requestId());
    assertEquals("", toGarbage.header().channelId());
    assertEquals("XY", toGarbage.originalType());
    assertEquals(toGarbage, CODEC.decode(CODEC.encode(toGarbage)));
  }

  @Test
  void anErrorReplyShortensWhatDoesNotFit() {
    MessageFormatException failure = new MessageFormatException("A.B", "r".repeat(130) + "\u20ac");
    ErrorReply reply = ErrorReply.formatError(MessageSamples.request(MessageType.BALINQ), failure, Instant.EPOCH);
    assertEquals(120, reply.reasonText().length());
    assertTrue(reply.reasonText().endsWith("rrr..."));
    assertEquals("BALINQ", reply.originalType());
    assertEquals(MessageSamples.REQUEST_ID, reply.header().requestId());
    ErrorReply system = ErrorReply.systemError(MessageSamples.request(MessageType.BALINQ), "database down\n",
        Instant.EPOCH);
    assertEquals("96", system.responseCode());
    assertEquals("database down?", system.reasonText());
  }

  private static AuthorizationRequest withCurrency(String currency) {
    return new AuthorizationRequest(MessageSamples.request(MessageType.AUTHREQ), "4111111111111111",
        YearMonth.of(2027, 1), 1, currency, 1, "", "", "", "", 1);
  }

  private static byte[] authRequest(MessageEncoding encoding) {
    return MessageSamples.authorizationRequest().encode(encoding);
  }

  /** The message with a field's bytes replaced by {@code text} (padded with spaces) in {@code encoding}. */
  private static byte[] patch(byte[] message, MessageEncoding encoding, MessageType type, String path, String text) {
    var field = MessageCodec.layout(type).field(path);
    byte[] bytes = message.clone();
    byte[] replacement = encoding.textEncoding().encode(String.format("%-" + field.lengthBytes() + "s", text));
    System.arraycopy(replacement, 0, bytes, field.offsetBytes(), field.lengthBytes());
    return bytes;
  }

  private static MessageFormatException fails(Executable executable) {
    return assertThrows(MessageFormatException.class, executable);
  }

}
