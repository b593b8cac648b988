package io.corebank.copybook.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.corebank.copybook.codec.CodecFixture.decimal;
import static io.corebank.copybook.codec.CodecFixture.decode;
import static io.corebank.copybook.codec.CodecFixture.encode;
import static io.corebank.copybook.codec.CodecFixture.field;
import static io.corebank.copybook.codec.CodecFixture.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PackedDecimalCodecTest {

  @ParameterizedTest(name = "PIC {0} = {1} <-> {2}")
  @CsvSource(delimiter = '|', value = {
      "S9(5)V99  | 12345.67      | 1234567C",   // odd digit count: no pad half-byte
      "S9(5)V99  | -12345.67     | 1234567D",
      "S9(5)V99  | 0.00          | 0000000C",
      "S9(4)     | 1234          | 01234C",     // even digit count: leading pad half-byte 0
      "S9(4)     | -1            | 00001D",
      "9(3)      | 300           | 300F",       // unsigned: sign half-byte F
      "9(4)      | 9999          | 09999F",
      "S9(10)V99 | 9999999999.99 | 0999999999999C",
      "S9(10)V99 | -0.01         | 0000000000001D",
      "S9(9)V99  | -123.45       | 00000012345D",
      "SPP9(3)   | 0.00123       | 123C",
  })
  void roundTrips(String picture, String value, String bytes) {
    RecordCodec codec = field("PIC " + picture + " COMP-3", TextEncoding.ebcdic037());
    assertEquals(decimal(value), decode(codec, hex(bytes)));
    assertEquals(bytes, hex(encode(codec, decimal(value))));
  }

  @Test
  void acceptsFAsPositiveInSignedField() {
    assertEquals(decimal("12"), decode(field("PIC S9(3) COMP-3", TextEncoding.ascii()), hex("012F")));
  }

  @Test
  void isIndependentOfTheCodePage() {
    assertEquals("123C", hex(encode(field("PIC S9(3) COMP-3", TextEncoding.ascii()), decimal("123"))));
  }

  @Test
  void rejectsInvalidNibbles() {
    RecordCodec codec = field("PIC S9(4) COMP-3", TextEncoding.ebcdic037());
    assertEquals("cannot decode REC.A at offset 1: byte X'2A' has half-byte A where a digit 0-9 is required",
        assertThrows(RecordDataException.class, () -> decode(codec, hex("012A4C"))).getMessage());
    assertEquals("cannot decode REC.A at offset 2: byte X'4B' has sign half-byte B; expected C, D or F",
        assertThrows(RecordDataException.class, () -> decode(codec, hex("01234B"))).getMessage());
    assertEquals("cannot decode REC.A at offset 0: byte X'11' has a non-zero unused leading half-byte for PIC S9(4)",
        assertThrows(RecordDataException.class, () -> decode(codec, hex("11234C"))).getMessage());
    assertEquals("cannot decode REC.A at offset 1: negative sign half-byte D in unsigned PIC 9(3)",
        assertThrows(RecordDataException.class,
            () -> decode(field("PIC 9(3) COMP-3", TextEncoding.ebcdic037()), hex("123D"))).getMessage());
  }

  @Test
  void refusesOverflow() {
    assertEquals("cannot encode REC.A at offset 0: value 1000 exceeds the 3 digits of PIC 9(3)",
        assertThrows(RecordDataException.class,
            () -> encode(field("PIC 9(3) COMP-3", TextEncoding.ebcdic037()), decimal("1000"))).getMessage());
  }
}
