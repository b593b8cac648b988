package io.corebank.copybook.parse;

import io.corebank.copybook.Picture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PictureParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // picture,   category,     digits, scale, signed, displayLength
      "X(10),       ALPHANUMERIC, 0,  0, false, 10",
      "XXX,         ALPHANUMERIC, 0,  0, false, 3",
      "A(5),        ALPHANUMERIC, 0,  0, false, 5",
      "X(2)9(3),    ALPHANUMERIC, 0,  0, false, 5",
      "9,           NUMERIC,      1,  0, false, 1",
      "9(11),       NUMERIC,      11, 0, false, 11",
      "9(5)V99,     NUMERIC,      7,  2, false, 7",
      "S9(7)V9(2),  NUMERIC,      9,  2, true,  9",
      "S9(10)V99,   NUMERIC,      12, 2, true,  12",
      "s9(3)v9,     NUMERIC,      4,  1, true,  4",
      "V99,         NUMERIC,      2,  2, false, 2",
      "PPP999,      NUMERIC,      3,  6, false, 3",
      "VPPP99,      NUMERIC,      2,  5, false, 2",
      "SP(2)9(2),   NUMERIC,      2,  4, true,  2",
      "999PPP,      NUMERIC,      3, -3, false, 3",
      "S9(2)P(3)V,  NUMERIC,      2, -3, true,  2",
  })
  void parsesPicture(String text, Picture.Category category, int digits, int scale, boolean signed, int length) {
    Picture picture = PictureParser.parse(text);
    assertEquals(category, picture.category());
    assertEquals(digits, picture.digits());
    assertEquals(scale, picture.scale());
    assertEquals(signed, picture.signed());
    assertEquals(length, picture.displayLength());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ZZ9.99     | 0 | picture symbol 'Z' in ZZ9.99 is not supported; expected X, A, 9, S, V or P",
      "9(0)       | 2 | repeat count '0' in picture 9(0) must be a positive integer",
      "9(3        | 1 | repeat count in picture 9(3 is not closed by ')'",
      "S9S        | 2 | S must be the first symbol of picture S9S",
      "9V9V9      | 3 | V may appear only once in picture 9V9V9",
      "X(3)V9     | 4 | symbol 'V' is not allowed in alphanumeric picture X(3)V9",
      "P9P        | 0 | P must be at the left or at the right end of the digits of picture P9P",
      "SV         | 0 | numeric picture SV has no digit position 9",
  })
  void refusesInvalidPicture(String text, int index, String message) {
    PictureParser.PictureException error = assertThrows(PictureParser.PictureException.class,
        () -> PictureParser.parse(text));
    assertEquals(message, error.getMessage());
    assertEquals(index, error.index);
    assertTrue(error.index < text.length());
  }
}
