package io.corebank.online.message;

import io.corebank.copybook.codec.TextEncoding;
import java.util.Locale;

/**
 * The code page of an online message on the wire. Every byte of a message is text or a DISPLAY number, so the
 * code page is all there is to it: EBCDIC 037 is the default (the CICS side and the card network gateway), 1047
 * for z/OS UNIX senders, ASCII (ISO-8859-1, one byte a character) for the distributed channels.
 */
public enum MessageEncoding {
  ASCII(TextEncoding.ascii()),
  EBCDIC_037(TextEncoding.ebcdic037()),
  EBCDIC_1047(TextEncoding.ebcdic1047());

  /** What a message is encoded in unless configured otherwise. */
  public static final MessageEncoding DEFAULT = EBCDIC_037;

  private final TextEncoding textEncoding;

  MessageEncoding(TextEncoding textEncoding) {
    this.textEncoding = textEncoding;
  }

  public TextEncoding textEncoding() {
    return textEncoding;
  }

  /** ascii, ebcdic (code page 037), cp037, ebcdic037, cp1047 or ebcdic1047, case-insensitive: for configuration. */
  public static MessageEncoding parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")) {
      case "ascii" -> ASCII;
      case "ebcdic", "cp037", "ebcdic037", "ibm037" -> EBCDIC_037;
      case "cp1047", "ebcdic1047", "ibm1047" -> EBCDIC_1047;
      default -> throw new IllegalArgumentException("unknown message encoding '" + name
          + "': use ascii, ebcdic (code page 037) or cp1047");
    };
  }
}
