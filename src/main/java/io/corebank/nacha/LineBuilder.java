package io.corebank.nacha;

import java.util.Arrays;

/** Composes a 94-character record field by field; unset alphanumeric positions stay blank. */
final class LineBuilder {

  private final char[] chars = new char[AchRecord.LENGTH];

  LineBuilder(char recordTypeCode) {
    Arrays.fill(chars, ' ');
    chars[0] = recordTypeCode;
  }

  LineBuilder set(Field field, String value) {
    field.write(chars, value);
    return this;
  }

  LineBuilder set(Field field, long value) {
    field.write(chars, value);
    return this;
  }

  String build() {
    return new String(chars);
  }
}
