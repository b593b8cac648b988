package io.corebank.online.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** One message of each type with distinct values in every field (negative balances where a field allows them). */
final class MessageSamples {
  static final String REQUEST_ID = "3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c";
  static final Instant SENT = Instant.parse("2025-03-14T15:09:26.535897Z");
  static final Instant ANSWERED = Instant.parse("2025-03-14T15:09:26.612004Z");

  private MessageSamples() {
  }

  static MessageHeader request(MessageType type) {
    return MessageHeader.of(type, REQUEST_ID, type == MessageType.AUTHREQ || type == MessageType.AUTHREV
        ? "CARDNET" : "TELLER", "T0001234", SENT);
  }

  static MessageHeader reply(MessageType requestType) {
    return request(requestType).reply(ANSWERED);
  }

  static AuthorizationRequest authorizationRequest() {
    return new AuthorizationRequest(request(MessageType.AUTHREQ), "4111111111111111", YearMonth.of(2027, 9), 12_345,
        "USD", 5411, "MERCH0000012345", "CORNER GROCERY #12", "SPRINGFIELD", "840", 5);
  }

  static OnlineMessage sample(MessageType type) {
    return switch (type) {
      case AUTHREQ -> authorizationRequest();
      case AUTHRSP -> new AuthorizationReply(reply(MessageType.AUTHREQ), "1111", "00", "0000", 12_345, "USD", "A1B2C3",
          900_000_000_000_000_017L, -4_567_89);
      case AUTHREV -> new ReversalRequest(request(MessageType.AUTHREV), "9d8c7b6a-5f4e-3d2c-1b0a-998877665544", 2_000);
      case AUTHRVR -> new ReversalReply(reply(MessageType.AUTHREV), "00", "0000", 2_000);
      case BALINQ -> new BalanceInquiry(request(MessageType.BALINQ), "0012345678");
      case BALRSP -> new BalanceReply(reply(MessageType.BALINQ), "0012345678", "00", "0000", "USD", 1_234_567_89,
          1_229_567_89, 3_000_00, 2_000_00, "ACTIVE");
      case XFERREQ -> new TransferRequest(request(MessageType.XFERREQ), "0012345678", "0098765432", 250_000_00,
          "Down payment, house on Elm St", "SUP00042");
      case XFERRSP -> new TransferReply(reply(MessageType.XFERREQ), "00", "0000", 70_001, -1_500_00, 987_654_321_00L);
      case DEPOSIT -> new DepositRequest(request(MessageType.DEPOSIT), "0012345678", 1_500_00, "Cash deposit");
      case DEPRSP -> new DepositReply(reply(MessageType.DEPOSIT), "00", "0000", 70_002, 1_236_067_89, 1_231_067_89);
      case WITHDRAW -> new WithdrawalRequest(request(MessageType.WITHDRAW), "0012345678", 200_00, "Cash withdrawal");
      case WDLRSP -> new WithdrawalReply(reply(MessageType.WITHDRAW), "05", "4100", 0, -50_00, -50_00);
      case ACHPAY -> new AchPaymentRequest(request(MessageType.ACHPAY), "0012345678", "021000021", "88776655-01",
          "ACME UTILITIES", 98_76, "PPD", "UTILITY");
      case ACHRSP -> new AchPaymentReply(reply(MessageType.ACHPAY), "00", "0000", 5_001, 70_003, "SAMEDAY1",
          Optional.of(LocalDate.of(2025, 3, 14)));
      case ERRRSP -> new ErrorReply(request(MessageType.XFERREQ).errorReply(ANSWERED), "30", "0000", "XFERREQ",
          "OL-TRANSFER-REQUEST.XFQ-AMOUNT", "at offset 141: byte X'C1' is not a digit");
    };
  }
}
