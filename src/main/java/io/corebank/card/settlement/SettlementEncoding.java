package io.corebank.card.settlement;

import io.corebank.copybook.codec.TextEncoding;

/**
 * How a settlement file is stored. Every field is USAGE DISPLAY, so a record is 250 characters in either code
 * page and the two encodings differ only in the bytes of those characters and in the framing.
 */
public enum SettlementEncoding {
  /**
   * ASCII (ISO-8859-1, one byte per character), line-sequential: one record per line ended by LF (CR LF is read
   * too); a line may lose its trailing blanks and is padded back. Written as 250 characters and LF.
   */
  ASCII(TextEncoding.ascii(), true),
  /** EBCDIC code page 037, fixed-length: 250-byte records back to back, no separators (RECFM=F, LRECL=250). */
  EBCDIC(TextEncoding.ebcdic037(), false);

  private final TextEncoding textEncoding;
  private final boolean lineSequential;
  private final char[] characterByByte = new char[256];
  private final byte[] byteByCharacter = new byte[256];

  SettlementEncoding(TextEncoding textEncoding, boolean lineSequential) {
    this.textEncoding = textEncoding;
    this.lineSequential = lineSequential;
    // one table each way, from the copybook's TextEncoding; both code pages map their 256 bytes onto U+0000-U+00FF
    for (int b = 0; b < 256; b++) {
      char c = textEncoding.decode(new byte[] {(byte) b}, 0, 1).charAt(0);
      if (c > 0xFF) {
        throw new IllegalStateException(textEncoding + " maps byte " + b + " outside Latin-1");
      }
      characterByByte[b] = c;
      byteByCharacter[c] = (byte) b;
    }
  }

  public TextEncoding textEncoding() {
    return textEncoding;
  }

  /** True for one record per line, false for records back to back. */
  public boolean lineSequential() {
    return lineSequential;
  }

  /** The byte of a space, which pads short lines. */
  byte spaceByte() {
    return textEncoding.spaceByte();
  }

  String decode(byte[] bytes, int length) {
    char[] characters = new char[length];
    for (int i = 0; i < length; i++) {
      characters[i] = characterByByte[bytes[i] & 0xFF];
    }
    return new String(characters);
  }

  /** @throws IllegalArgumentException for a character outside ISO-8859-1, which no record may hold */
  byte[] encode(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        throw new IllegalArgumentException(String.format("character U+%04X cannot be written in %s", (int) c, this));
      }
      bytes[i] = byteByCharacter[c];
    }
    return bytes;
  }
}
