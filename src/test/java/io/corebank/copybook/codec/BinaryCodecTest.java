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

class BinaryCodecTest {

  @ParameterizedTest(name = "PIC {0} = {1} <-> {2}")
  @CsvSource(delimiter = '|', value = {
      "S9(4) COMP           | 1234                | 04D2",
      "S9(4) COMP           | -1                  | FFFF",
      "S9(4) COMP           | -9999               | D8F1",
      "9(4) BINARY          | 9999                | 270F",
      "9(4) COMP            | 0                   | 0000",
      "S9(9) COMP-4         | -123456789          | F8A432EB",
      "9(9) COMP            | 1                   | 00000001",
      "9(11) COMP           | 50                  | 0000000000000032",
      "S9(10)V99 COMP       | -1234.56            | FFFFFFFFFFFE1DC0",
      "S9(18) COMP          | 999999999999999999  | 0DE0B6B3A763FFFF",
      "S9(3)V9 COMP         | 12.3                | 007B",
      "S9(4) COMP-5         | 32767               | 7FFF",
      "S9(4) COMP-5         | -32768              | 8000",
      "9(4) COMP-5          | 65535               | FFFF",
      "9(18) COMP-5         | 18446744073709551615| FFFFFFFFFFFFFFFF",
      "S9(2)V99 COMP-5      | -327.68             | 8000",
  })
  void roundTrips(String clauses, String value, String bytes) {
    RecordCodec codec = field("PIC " + clauses, TextEncoding.ebcdic037());
    assertEquals(decimal(value), decode(codec, hex(bytes)));
    assertEquals(bytes, hex(encode(codec, decimal(value))));
  }

  @Test
  void limitsCompToPictureDigits() {
    RecordCodec codec = field("PIC 9(4) COMP", TextEncoding.ebcdic037());
    assertEquals("cannot decode REC.A at offset 0: binary value 10000 exceeds the 4 digits of PIC 9(4)",
        assertThrows(RecordDataException.class, () -> decode(codec, hex("2710"))).getMessage());
    assertEquals("cannot encode REC.A at offset 0: value 10000 exceeds the 4 digits of PIC 9(4)",
        assertThrows(RecordDataException.class, () -> encode(codec, decimal("10000"))).getMessage());
  }

  @Test
  void limitsComp5ToItsBytes() {
    RecordCodec codec = field("PIC S9(4) COMP-5", TextEncoding.ebcdic037());
    assertEquals("cannot encode REC.A at offset 0: value 32768 does not fit 2 bytes",
        assertThrows(RecordDataException.class, () -> encode(codec, decimal("32768"))).getMessage());
  }
}
