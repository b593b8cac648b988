package io.corebank.carddemo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The four edit pictures of the CardDemo printers, as a COBOL MOVE to the edited item leaves them. */
class EditedNumbersTest {

  @ParameterizedTest(name = "{0} of {1} is [{2}]")
  @CsvSource(delimiter = '|', value = {
      // 9(9).99-: every digit printed, sign after
      "9(9).99-        | 194587            | '000001945.87 '",
      "9(9).99-        | -4788             | '000000047.88-'",
      "9(9).99-        | 0                 | '000000000.00 '",
      "9(9).99-        | 99999999999       | '999999999.99 '",
      "9(9).99-        | -99999999999      | '999999999.99-'",
      "9(9).99-        | 123456789012      | '234567890.12 '",
      "9(9).99-        | -100000000000     | '000000000.00 '",
      // Z(9).99-: leading zeros blank up to the point
      "Z(9).99-        | 18388             | '      183.88 '",
      "Z(9).99-        | -4788             | '       47.88-'",
      "Z(9).99-        | 0                 | '         .00 '",
      "Z(9).99-        | 5                 | '         .05 '",
      "Z(9).99-        | -100              | '        1.00-'",
      "Z(9).99-        | 99999999999       | '999999999.99 '",
      "Z(9).99-        | 123400000056      | '234000000.56 '",
      "Z(9).99-        | -100000000007     | '         .07-'",
      // -ZZZ,ZZZ,ZZZ.ZZ: sign first, commas blank while suppressing, zero is all spaces
      "-ZZZ,ZZZ,ZZZ.ZZ | 18388             | '         183.88'",
      "-ZZZ,ZZZ,ZZZ.ZZ | -4788             | '-         47.88'",
      "-ZZZ,ZZZ,ZZZ.ZZ | 0                 | '               '",
      "-ZZZ,ZZZ,ZZZ.ZZ | 5                 | '            .05'",
      "-ZZZ,ZZZ,ZZZ.ZZ | 50                | '            .50'",
      "-ZZZ,ZZZ,ZZZ.ZZ | 123456            | '       1,234.56'",
      "-ZZZ,ZZZ,ZZZ.ZZ | 100000            | '       1,000.00'",
      "-ZZZ,ZZZ,ZZZ.ZZ | -99999999999      | '-999,999,999.99'",
      "-ZZZ,ZZZ,ZZZ.ZZ | 123456789012      | ' 234,567,890.12'",
      "-ZZZ,ZZZ,ZZZ.ZZ | -100000000000     | '               '",
      // +ZZZ,ZZZ,ZZZ.ZZ: the sign always printed, except in an all-space zero
      "+ZZZ,ZZZ,ZZZ.ZZ | 147264            | '+      1,472.64'",
      "+ZZZ,ZZZ,ZZZ.ZZ | -65027            | '-        650.27'",
      "+ZZZ,ZZZ,ZZZ.ZZ | 7925429           | '+     79,254.29'",
      "+ZZZ,ZZZ,ZZZ.ZZ | 0                 | '               '",
      "+ZZZ,ZZZ,ZZZ.ZZ | 1                 | '+           .01'",
      "+ZZZ,ZZZ,ZZZ.ZZ | 99999999999       | '+999,999,999.99'",
      "+ZZZ,ZZZ,ZZZ.ZZ | -1000000000000001 | '-           .01'",
      "+ZZZ,ZZZ,ZZZ.ZZ | 9223372036854775807 | '+368,547,758.07'",
      "+ZZZ,ZZZ,ZZZ.ZZ | -9223372036854775808 | '-368,547,758.08'",
  })
  void editsLikeACobolMove(String picture, long cents, String expected) {
    assertEquals(expected, EditedNumbers.edit(picture, cents));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9(9)", "9(9).9", "9(9).999", "X(3).99", "9.99-+", "9-9.99", "99.9.99", "9Z.99", "9(0).99",
      "9(19).99"})
  void refusesPicturesItDoesNotHandle(String picture) {
    assertThrows(IllegalArgumentException.class, () -> EditedNumbers.edit(picture, 1));
  }
}
