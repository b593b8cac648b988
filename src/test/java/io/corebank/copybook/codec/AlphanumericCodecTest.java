package io.corebank.copybook.codec;

import org.junit.jupiter.api.Test;

import static io.corebank.copybook.codec.CodecFixture.decode;
import static io.corebank.copybook.codec.CodecFixture.encode;
import static io.corebank.copybook.codec.CodecFixture.field;
import static io.corebank.copybook.codec.CodecFixture.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AlphanumericCodecTest {

  @Test
  void padsWithSpacesOfTheCodePage() {
    assertEquals("C1C24040", hex(encode(field("PIC X(4)", TextEncoding.ebcdic037()), "AB")));
    assertEquals("41422020", hex(encode(field("PIC X(4)", TextEncoding.ascii()), "AB")));
  }

  @Test
  void decodesEveryByteReversibly() {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    for (TextEncoding encoding : new TextEncoding[] {TextEncoding.ascii(), TextEncoding.ebcdic037(), TextEncoding.ebcdic1047()}) {
      RecordCodec codec = field("PIC X(256)", encoding);
      assertArrayEquals(all, encode(codec, decode(codec, all)), encoding.name());
    }
  }

  @Test
  void keepsNewlineByteX25() {
    // the JDK's IBM037 decodes X'15' and X'25' to the same character; both must survive
    RecordCodec codec = field("PIC X(2)", TextEncoding.ebcdic037());
    assertEquals("2515", hex(encode(codec, decode(codec, hex("2515")))));
  }

  @Test
  void distinguishesCodePages037And1047() {
    // '[' is X'BA' in 037 and X'AD' in 1047
    assertEquals("BA", hex(encode(field("PIC X", TextEncoding.ebcdic037()), "[")));
    assertEquals("AD", hex(encode(field("PIC X", TextEncoding.ebcdic1047()), "[")));
  }

  @Test
  void refusesTextThatDoesNotFit() {
    assertEquals("cannot encode REC.A at offset 0: text of 3 characters does not fit PIC X(2)",
        assertThrows(RecordDataException.class,
            () -> encode(field("PIC X(2)", TextEncoding.ascii()), "ABC")).getMessage());
    assertEquals("cannot encode REC.A at offset 0: text '\u20ac' has a character U+20AC that EBCDIC 037 cannot represent",
        assertThrows(RecordDataException.class,
            () -> encode(field("PIC X(2)", TextEncoding.ebcdic037()), "\u20ac")).getMessage());
  }
}
