package io.corebank.online.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.corebank.copybook.Layout;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message type encodes to its copybook's length and decodes back to the same values, in ASCII and both
 * EBCDIC code pages, through its own class and through {@link MessageCodec}; the bytes sit where the compiled
 * copybook says.
 */
class OnlineMessageRoundTripTest {

  static Stream<Arguments> typesAndEncodings() {
    return Arrays.stream(MessageType.values())
        .flatMap(type -> Arrays.stream(MessageEncoding.values()).map(encoding -> Arguments.of(type, encoding)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("typesAndEncodings")
  void encodesToItsLengthAndDecodesToTheSameValues(MessageType type, MessageEncoding encoding) {
    OnlineMessage message = MessageSamples.sample(type);
    MessageCodec codec = new MessageCodec(encoding);
    byte[] bytes = codec.encode(message);
    assertEquals(type.length(), bytes.length);
    assertEquals(MessageCodec.layout(type).maxRecordLengthBytes(), bytes.length);
    assertEquals(type, codec.typeOf(bytes));
    OnlineMessage decoded = codec.decode(bytes);
    assertInstanceOf(type.messageClass(), decoded);
    assertEquals(message, decoded);
    assertEquals(message, codec.decode(bytes, type.messageClass()));
    assertArrayEquals(bytes, decoded.encode(encoding));
  }

  @ParameterizedTest
  @EnumSource(MessageEncoding.class)
  void eachClassDecodesItsOwnType(MessageEncoding encoding) {
    for (MessageType type : MessageType.values()) {
      OnlineMessage message = MessageSamples.sample(type);
      byte[] bytes = message.encode(encoding);
      OnlineMessage decoded = switch (type) {
        case AUTHREQ -> AuthorizationRequest.decode(bytes, encoding);
        case AUTHRSP -> AuthorizationReply.decode(bytes, encoding);
        case AUTHREV -> ReversalRequest.decode(bytes, encoding);
        case AUTHRVR -> ReversalReply.decode(bytes, encoding);
        case BALINQ -> BalanceInquiry.decode(bytes, encoding);
        case BALRSP -> BalanceReply.decode(bytes, encoding);
        case XFERREQ -> TransferRequest.decode(bytes, encoding);
        case XFERRSP -> TransferReply.decode(bytes, encoding);
        case DEPOSIT -> DepositRequest.decode(bytes, encoding);
        case DEPRSP -> DepositReply.decode(bytes, encoding);
        case WITHDRAW -> WithdrawalRequest.decode(bytes, encoding);
        case WDLRSP -> WithdrawalReply.decode(bytes, encoding);
        case ACHPAY -> AchPaymentRequest.decode(bytes, encoding);
        case ACHRSP -> AchPaymentReply.decode(bytes, encoding);
        case ERRRSP -> ErrorReply.decode(bytes, encoding);
      };
      assertEquals(message, decoded, type.name());
    }
  }

  @Test
  void theDefaultIsEbcdic037() {
    OnlineMessage message = MessageSamples.sample(MessageType.BALINQ);
    assertArrayEquals(message.encode(MessageEncoding.EBCDIC_037), message.encode());
    assertArrayEquals(message.encode(MessageEncoding.EBCDIC_037), new MessageCodec().encode(message));
    assertEquals(message, BalanceInquiry.decode(message.encode()));
    assertEquals(MessageEncoding.EBCDIC_1047, MessageEncoding.parse("cp1047"));
    assertEquals(MessageEncoding.EBCDIC_037, MessageEncoding.parse("EBCDIC"));
    assertEquals(MessageEncoding.ASCII, MessageEncoding.parse("ascii"));
  }

  @Test
  void authorizationRequestFieldsHaveTheirExactValues() {
    byte[] bytes = MessageSamples.authorizationRequest().encode(MessageEncoding.EBCDIC_1047);
    AuthorizationRequest decoded = AuthorizationRequest.decode(bytes, MessageEncoding.EBCDIC_1047);
    assertEquals(MessageType.AUTHREQ, decoded.header().type());
    assertEquals(1, decoded.header().version());
    assertEquals(MessageSamples.REQUEST_ID, decoded.header().requestId());
    assertEquals("CARDNET", decoded.header().channelId());
    assertEquals("T0001234", decoded.header().operatorId());
    assertEquals(Instant.parse("2025-03-14T15:09:26.535897Z"), decoded.header().timestamp());
    assertEquals("4111111111111111", decoded.cardNumber());
    assertEquals("1111", decoded.lastFour());
    assertEquals(YearMonth.of(2027, 9), decoded.expiry());
    assertEquals(12_345L, decoded.amountCents());
    assertEquals("USD", decoded.currency());
    assertEquals(5411, decoded.merchantCategoryCode());
    assertEquals("MERCH0000012345", decoded.merchantId());
    assertEquals("CORNER GROCERY #12", decoded.merchantName());
    assertEquals("SPRINGFIELD", decoded.merchantCity());
    assertEquals("840", decoded.merchantCountry());
    assertEquals(5, decoded.posEntryMode());
    assertTrue(decoded.toString().contains("411111******1111"));
    assertTrue(!decoded.toString().contains("4111111111111111"));
  }

  @Test
  void replyFieldsHaveTheirExactValues() {
    BalanceReply balance = (BalanceReply) new MessageCodec(MessageEncoding.ASCII)
        .decode(MessageSamples.sample(MessageType.BALRSP).encode(MessageEncoding.ASCII));
    assertEquals(MessageType.BALRSP, balance.type());
    assertEquals(Instant.parse("2025-03-14T15:09:26.612004Z"), balance.header().timestamp());
    assertEquals(MessageSamples.REQUEST_ID, balance.header().requestId());
    assertEquals(123_456_789L, balance.currentCents());
    assertEquals(122_956_789L, balance.availableCents());
    assertEquals(300_000L, balance.heldCents());
    assertEquals(200_000L, balance.pendingCents());
    assertEquals("ACTIVE", balance.accountStatus());

    AuthorizationReply auth = AuthorizationReply.decode(MessageSamples.sample(MessageType.AUTHRSP).encode());
    assertTrue(auth.approved());
    assertEquals(900_000_000_000_000_017L, auth.holdId());
    assertEquals(-456_789L, auth.availableAfterCents());
    assertEquals("A1B2C3", auth.authCode());

    AchPaymentReply ach = AchPaymentReply.decode(MessageSamples.sample(MessageType.ACHRSP).encode());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), ach.effectiveDate());
    assertEquals("SAMEDAY1", ach.window());
    AchPaymentReply declined = new AchPaymentReply(MessageSamples.reply(MessageType.ACHPAY), "05", "4100", 0, 0, "",
        Optional.empty());
    assertEquals(declined, AchPaymentReply.decode(declined.encode()));
  }

  @Test
  void asciiBytesSitAtTheCompiledOffsets() {
    Layout layout = MessageCodec.layout(MessageType.AUTHREQ);
    String text = new String(MessageSamples.authorizationRequest().encode(MessageEncoding.ASCII),
        StandardCharsets.ISO_8859_1);
    assertEquals(0, layout.field("OL-AUTH-REQUEST.OL-HEADER.OLH-MSG-TYPE").offsetBytes());
    assertEquals("AUTHREQ 01" + MessageSamples.REQUEST_ID + "CARDNET T0001234", text.substring(0, 62));
    assertEquals(62, layout.field("OL-AUTH-REQUEST.OL-HEADER.OLH-TIMESTAMP").offsetBytes());
    assertEquals("2025-03-14-15.09.26.535897", at(text, layout, "OL-AUTH-REQUEST.OL-HEADER.OLH-TIMESTAMP"));
    assertEquals(" ".repeat(12), text.substring(88, 100));
    assertEquals(100, layout.field("OL-AUTH-REQUEST.AUQ-CARD-NUM").offsetBytes());
    assertEquals("4111111111111111", at(text, layout, "OL-AUTH-REQUEST.AUQ-CARD-NUM"));
    assertEquals(116, layout.field("OL-AUTH-REQUEST.AUQ-CARD-EXPIRY").offsetBytes());
    assertEquals("2709", at(text, layout, "OL-AUTH-REQUEST.AUQ-CARD-EXPIRY"));
    assertEquals(120, layout.field("OL-AUTH-REQUEST.AUQ-AMOUNT").offsetBytes());
    assertEquals("+000000000012345", at(text, layout, "OL-AUTH-REQUEST.AUQ-AMOUNT"));
    assertEquals("5411", at(text, layout, "OL-AUTH-REQUEST.AUQ-MCC"));
    assertEquals("CORNER GROCERY #12    ", at(text, layout, "OL-AUTH-REQUEST.AUQ-MERCHANT-NAME"));
    assertEquals(196, layout.field("OL-AUTH-REQUEST.AUQ-POS-ENTRY-MODE").offsetBytes());
    assertEquals("05", at(text, layout, "OL-AUTH-REQUEST.AUQ-POS-ENTRY-MODE"));
    assertEquals(" ".repeat(52), text.substring(198));
  }

  @Test
  void ebcdicBytesSitAtTheCompiledOffsets() {
    Layout layout = MessageCodec.layout(MessageType.XFERRSP);
    byte[] bytes = MessageSamples.sample(MessageType.XFERRSP).encode(MessageEncoding.EBCDIC_037);
    String text = new String(bytes, Charset.forName("IBM037"));
    assertEquals("XFERRSP 01", text.substring(0, 10));
    assertEquals(106, layout.field("OL-TRANSFER-REPLY.XFP-JOURNAL-ID").offsetBytes());
    assertEquals("000000000000070001", at(text, layout, "OL-TRANSFER-REPLY.XFP-JOURNAL-ID"));
    assertEquals(124, layout.field("OL-TRANSFER-REPLY.XFP-FROM-BALANCE-AFTER").offsetBytes());
    assertEquals("-000000000150000", at(text, layout, "OL-TRANSFER-REPLY.XFP-FROM-BALANCE-AFTER"));
    assertEquals("+000098765432100", at(text, layout, "OL-TRANSFER-REPLY.XFP-TO-BALANCE-AFTER"));
    // EBCDIC 037: '-' is X'60', '+' is X'4E', digits X'F0'-X'F9', a space X'40'
    assertEquals(0x60, bytes[124] & 0xFF);
    assertEquals(0x4E, bytes[140] & 0xFF);
    assertEquals(0xF0, bytes[125] & 0xFF);
    assertEquals(0x40, bytes[199] & 0xFF);
  }

  @Test
  void ebcdic1047DiffersFrom037WhereTheCodePagesDo() {
    // '[' and ']' are X'BA' and X'BB' in 037 but X'AD' and X'BD' in 1047
    TransferRequest request = new TransferRequest(MessageSamples.request(MessageType.XFERREQ), "0012345678",
        "0098765432", 100, "[rent]", "");
    int offset = MessageCodec.layout(MessageType.XFERREQ).field("OL-TRANSFER-REQUEST.XFQ-DESCRIPTION").offsetBytes();
    assertEquals(0xBA, request.encode(MessageEncoding.EBCDIC_037)[offset] & 0xFF);
    assertEquals(0xAD, request.encode(MessageEncoding.EBCDIC_1047)[offset] & 0xFF);
    assertEquals(request, TransferRequest.decode(request.encode(MessageEncoding.EBCDIC_1047), MessageEncoding.EBCDIC_1047));
  }

  @Test
  void theHeaderKeepsMicrosecondsAndRepliesRepeatTheRequest() {
    MessageHeader header = MessageHeader.of(MessageType.DEPOSIT, "k", "TELLER", "",
        Instant.parse("2025-01-02T03:04:05.123456789Z"));
    assertEquals(Instant.parse("2025-01-02T03:04:05.123456Z"), header.timestamp());
    assertEquals("2025-01-02-03.04.05.123456", MessageHeader.formatTimestamp(header.timestamp()));
    MessageHeader reply = header.reply(Instant.parse("2025-01-02T03:04:06Z"));
    assertEquals(MessageType.DEPRSP, reply.type());
    assertEquals("k", reply.requestId());
    assertEquals("TELLER", reply.channelId());
    assertEquals(MessageType.ERRRSP, header.errorReply(Instant.EPOCH).type());
  }

  private static String at(String text, Layout layout, String path) {
    var field = layout.field(path);
    return text.substring(field.offsetBytes(), field.endOffsetBytes());
  }
}
