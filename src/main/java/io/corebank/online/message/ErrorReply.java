package io.corebank.online.message;

import java.time.Instant;

/**
 * ERRRSP, {@code OLERRRP.cpy}: the answer to a message that could not be served at all: one that did not follow
 * its format (response code 30, the failing field's path and the rule) or that met an error of ours (96). Its
 * header repeats the request's id, channel and operator as far as they could be read, so these may be blank here.
 *
 * @param responseCode 2 digits: 30 format error, 96 system error
 * @param reasonCode   4 digits; 0000 when the field path and the text say it all
 * @param originalType the request's {@code OLH-MSG-TYPE} as read (may be no known type), at most 8 characters
 * @param fieldPath    dotted copybook path of the field that failed, at most 80 characters, blank if none
 * @param reasonText   why, in words, at most 120 characters
 */
public record ErrorReply(MessageHeader header, String responseCode, String reasonCode, String originalType,
    String fieldPath, String reasonText) implements OnlineMessage {

  private static final MessageLayout LAYOUT = MessageLayout.of(MessageType.ERRRSP);

  public ErrorReply {
    LAYOUT.header(header);
    responseCode = LAYOUT.digits("ERP-RESPONSE-CODE", responseCode);
    reasonCode = LAYOUT.digits("ERP-REASON-CODE", reasonCode);
    originalType = LAYOUT.text("ERP-ORIG-MSG-TYPE", originalType);
    fieldPath = LAYOUT.text("ERP-FIELD-PATH", fieldPath);
    reasonText = LAYOUT.text("ERP-REASON-TEXT", reasonText);
  }

  /**
   * The format error answering a request whose header was read: names the failing field and rule, shortened to
   * fit and with any character that could not be sent replaced by '?'.
   */
  public static ErrorReply formatError(MessageHeader request, MessageFormatException failure, Instant at) {
    return new ErrorReply(request.errorReply(at), ResponseCodes.FORMAT_ERROR, ResponseCodes.REASON_NONE,
        request.type().code(), fit("ERP-FIELD-PATH", failure.fieldPath()), fit("ERP-REASON-TEXT", failure.rule()));
  }

  /** A system error answering a request whose header was read. */
  public static ErrorReply systemError(MessageHeader request, String reason, Instant at) {
    return new ErrorReply(request.errorReply(at), ResponseCodes.SYSTEM_ERROR, ResponseCodes.REASON_NONE,
        request.type().code(), "", fit("ERP-REASON-TEXT", reason));
  }

  /** Decodes an ERRRSP in EBCDIC code page 037. */
  public static ErrorReply decode(byte[] message) {
    return decode(message, MessageEncoding.DEFAULT);
  }

  public static ErrorReply decode(byte[] message, MessageEncoding encoding) {
    return LAYOUT.decode(message, encoding, f -> new ErrorReply(f.header(), f.text("ERP-RESPONSE-CODE"),
        f.text("ERP-REASON-CODE"), f.text("ERP-ORIG-MSG-TYPE"), f.text("ERP-FIELD-PATH"), f.text("ERP-REASON-TEXT")));
  }

  @Override
  public byte[] encode(MessageEncoding encoding) {
    return LAYOUT.encode(encoding, header, w -> w.text("ERP-RESPONSE-CODE", responseCode)
        .text("ERP-REASON-CODE", reasonCode)
        .text("ERP-ORIG-MSG-TYPE", originalType)
        .text("ERP-FIELD-PATH", fieldPath)
        .text("ERP-REASON-TEXT", reasonText));
  }

  /**
   * Text made fit for a field of this message: control characters and characters beyond Latin-1 (which no
   * message code page has) become '?', and text longer than the field ends in "...".
   */
  static String fit(String field, String text) {
    return fit(text == null ? "" : text, LAYOUT.field(field).lengthBytes());
  }

  static String fit(String text, int length) {
    StringBuilder fitted = new StringBuilder(text.length());
    text.chars().forEach(c -> fitted.append(Character.isISOControl(c) || c > 0xFF ? '?' : (char) c));
    String result = fitted.toString().stripTrailing();
    return result.length() <= length ? result : result.substring(0, length - 3) + "...";
  }
}
