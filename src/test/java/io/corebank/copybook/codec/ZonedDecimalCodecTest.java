package io.corebank.copybook.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static io.corebank.copybook.codec.CodecFixture.decimal;
import static io.corebank.copybook.codec.CodecFixture.decode;
import static io.corebank.copybook.codec.CodecFixture.encode;
import static io.corebank.copybook.codec.CodecFixture.field;
import static io.corebank.copybook.codec.CodecFixture.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ZonedDecimalCodecTest {

  @ParameterizedTest(name = "PIC {0} = {1} <-> {2}")
  @CsvSource(delimiter = '|', value = {
      "S9(10)V99             | 194.00        | 00000001940{",
      "S9(10)V99             | -194.01       | 00000001940J",
      "S9(10)V99             | 0.00          | 00000000000{",
      "S9(10)V99             | 9999999999.99 | 99999999999I",
      "S9(10)V99             | -9999999999.99| 99999999999R",
      "9(5)                  | 12345         | 12345",
      "9(3)V9                | 0.5           | 0005",
      "S9(3) SIGN LEADING    | -123          | J23",
      "S9(3) SIGN LEADING SEPARATE  | -123   | -123",
      "S9(3) SIGN LEADING SEPARATE  | 45     | +045",
      "S9(3) TRAILING SEPARATE      | -7     | 007-",
      "S9(3)V9 SIGN TRAILING SEPARATE CHARACTER | 12.3 | 0123+",
      "PPP999                | 0.000123      | 123",
      "SPP99                 | -0.0012       | 1K",
      "999PPP                | 1.23E+5       | 123",   // scale -3: the value keeps the picture scale
  })
  void roundTripsAscii(String picture, String value, String characters) {
    RecordCodec codec = field("PIC " + picture, TextEncoding.ascii());
    byte[] bytes = characters.getBytes(StandardCharsets.US_ASCII);
    assertEquals(decimal(value), decode(codec, bytes));
    assertEquals(characters, new String(encode(codec, decimal(value)), StandardCharsets.US_ASCII));
  }

  @ParameterizedTest(name = "PIC {0} = {1} <-> {2}")
  @CsvSource(delimiter = '|', value = {
      "S9(4)V99                   | 12.34   | F0F0F1F2F3C4",
      "S9(4)V99                   | -12.34  | F0F0F1F2F3D4",
      "S9(4)V99                   | 0       | F0F0F0F0F0C0",
      "9(4)                       | 1234    | F1F2F3F4",
      "S9(3) SIGN LEADING         | -123    | D1F2F3",
      "S9(3) SIGN LEADING SEPARATE| -123    | 60F1F2F3",
      "S9(3) TRAILING SEPARATE    | 123     | F1F2F34E",
  })
  void roundTripsEbcdic(String picture, String value, String bytes) {
    for (TextEncoding encoding : new TextEncoding[] {TextEncoding.ebcdic037(), TextEncoding.ebcdic1047()}) {
      RecordCodec codec = field("PIC " + picture, encoding);
      assertEquals(decimal(value).setScale(codec.layout().field(CodecFixture.PATH).scale()),
          decode(codec, hex(bytes)), encoding.name());
      assertEquals(bytes, hex(encode(codec, decimal(value))), encoding.name());
    }
  }

  @Test
  void acceptsUnsignedDigitInSignedField() {
    assertEquals(decimal("123"), decode(field("PIC S9(3)", TextEncoding.ascii()), "123".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(decimal("123"), decode(field("PIC S9(3)", TextEncoding.ebcdic037()), hex("F1F2F3")));
  }

  @Test
  void rejectsNonDigitWithPathOffsetAndRule() {
    RecordDataException error = assertThrows(RecordDataException.class,
        () -> decode(field("PIC 9(4)", TextEncoding.ebcdic037()), hex("F1F240F4")));
    assertEquals("cannot decode REC.A at offset 2: byte X'40' is not a digit", error.getMessage());
    assertEquals(2, error.offsetBytes());
  }

  @Test
  void rejectsOverpunchInUnsignedField() {
    RecordDataException error = assertThrows(RecordDataException.class,
        () -> decode(field("PIC 9(2)", TextEncoding.ascii()), "1{".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("cannot decode REC.A at offset 1: byte X'7B' is not a digit", error.getMessage());
  }

  @Test
  void rejectsBadSignedDigitAndBadSeparateSign() {
    assertEquals("cannot decode REC.A at offset 1: byte X'5A' is not a digit or a signed digit",
        assertThrows(RecordDataException.class,
            () -> decode(field("PIC S9(2)", TextEncoding.ascii()), "1Z".getBytes(StandardCharsets.US_ASCII)))
            .getMessage());
    assertEquals("cannot decode REC.A at offset 0: byte X'20' is not a separate sign '+' or '-'",
        assertThrows(RecordDataException.class, () -> decode(
            field("PIC S9(2) LEADING SEPARATE", TextEncoding.ascii()), " 12".getBytes(StandardCharsets.US_ASCII)))
            .getMessage());
  }

  @Test
  void refusesValuesThatWouldLoseDigits() {
    RecordCodec codec = field("PIC S9(3)V99", TextEncoding.ascii());
    assertEquals("cannot encode REC.A at offset 0: value 1000.00 exceeds the 5 digits of PIC S9(3)V99",
        assertThrows(RecordDataException.class, () -> encode(codec, decimal("1000"))).getMessage());
    assertEquals("cannot encode REC.A at offset 0: value 1.234 has more decimal places than PIC S9(3)V99 allows",
        assertThrows(RecordDataException.class, () -> encode(codec, decimal("1.234"))).getMessage());
    assertEquals("cannot encode REC.A at offset 0: negative value -1 in unsigned PIC 9(3)",
        assertThrows(RecordDataException.class,
            () -> encode(field("PIC 9(3)", TextEncoding.ascii()), decimal("-1"))).getMessage());
    assertEquals("cannot encode REC.A at offset 0: numeric field needs a BigDecimal value, got String 12",
        assertThrows(RecordDataException.class, () -> encode(codec, "12")).getMessage());
  }
}
