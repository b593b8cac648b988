package io.corebank.copybook.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The single-byte character set of a record's text and zoned-decimal bytes.
 *
 * <p>Zoned decimals are handled as characters: the EBCDIC sign zones C and D on a digit are
 * exactly the characters {@code {A..I} and {@code }J..R} of code pages 037 and 1047, which is
 * also how ASCII files carry an overpunched sign. One rule therefore serves both worlds.
 *
 * <p>Conversion goes through a 256-entry table built from the JDK charset's decoder and its
 * exact inverse, not through the JDK encoder, so every byte survives a round trip. The JDK's
 * IBM037 decodes both X'15' and X'25' to U+000A (and its encoder writes X'15' for it); the table
 * follows IBM's CCSID 037 definition instead: X'15' is NEL (U+0085), X'25' is LF. "ASCII" files are read with ISO-8859-1 so that every byte, including those
 * above X'7F', decodes to one character and encodes back to the same byte.
 */
public final class TextEncoding {
  private static final int BYTE_VALUES = 256;

  private final String name;
  private final Charset charset;
  private final char[] characterByByte = new char[BYTE_VALUES];
  private final Map<Character, Byte> byteByCharacter = new HashMap<>();
  private final byte spaceByte;

  private TextEncoding(String name, Charset charset, Map<Integer, Character> corrections) {
    this.name = name;
    this.charset = charset;
    for (int b = 0; b < BYTE_VALUES; b++) {
      String decoded = new String(new byte[] {(byte) b}, charset);
      char character = corrections.getOrDefault(b, decoded.charAt(0));
      if (decoded.length() != 1 || byteByCharacter.put(character, (byte) b) != null) {
        throw new IllegalArgumentException(charset + " does not map byte " + b + " to a character of its own");
      }
      characterByByte[b] = character;
    }
    this.spaceByte = byteByCharacter.get(' ');
  }

  public static TextEncoding ascii() {
    return new TextEncoding("ASCII", StandardCharsets.ISO_8859_1, Map.of());
  }

  /** EBCDIC code page 037 (US/Canada), the code page of the CardDemo data sets. */
  public static TextEncoding ebcdic037() {
    return new TextEncoding("EBCDIC 037", Charset.forName("IBM037"), Map.of(0x15, '\u0085'));
  }

  /** EBCDIC code page 1047 (Latin-1 open systems), used by z/OS UNIX and many C programs. */
  public static TextEncoding ebcdic1047() {
    return new TextEncoding("EBCDIC 1047", Charset.forName("IBM1047"), Map.of());
  }

  public String name() {
    return name;
  }

  public Charset charset() {
    return charset;
  }

  /** The byte of a space: padding for text fields and short ASCII lines. */
  public byte spaceByte() {
    return spaceByte;
  }

  public String decode(byte[] bytes, int offset, int length) {
    char[] characters = new char[length];
    for (int i = 0; i < length; i++) {
      characters[i] = characterByByte[bytes[offset + i] & 0xFF];
    }
    return new String(characters);
  }

  /**
   * @throws IllegalArgumentException naming the first character the code page lacks
   */
  public byte[] encode(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      Byte b = byteByCharacter.get(text.charAt(i));
      if (b == null) {
        throw new IllegalArgumentException(String.format("character U+%04X", (int) text.charAt(i)));
      }
      bytes[i] = b;
    }
    return bytes;
  }

  @Override
  public String toString() {
    return name;
  }
}
