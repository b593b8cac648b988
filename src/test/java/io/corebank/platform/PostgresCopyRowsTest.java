package io.corebank.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PostgresCopyRowsTest {

  @Test
  void valuesAreTabSeparatedRowsEndWithNewlineAndNullIsBackslashN() {
    PostgresCopy.Rows rows = new PostgresCopy.Rows(2);
    rows.add(42L).add(new BigDecimal("-12.50")).add("plain text").add((Object) null).endRow();
    rows.add((Long) null).add(7L).endRow();
    assertEquals("42\t-12.50\tplain text\t\\N\n\\N\t7\n", rows.toString());
  }

  @Test
  void numbersGivenAsObjectsAreWrittenAsTheirDigits() {
    PostgresCopy.Rows rows = new PostgresCopy.Rows(1);
    rows.add((Object) 9_007_199_254_740_993L).add((Object) (-7)).add((Object) new BigDecimal("0.10")).add((Object) 'P').endRow();
    assertEquals("9007199254740993\t-7\t0.10\tP\n", rows.toString());
  }

  @Test
  void escapesTheCharactersCopyTextFormatGivesAMeaning() {
    PostgresCopy.Rows rows = new PostgresCopy.Rows(1);
    rows.add("a\\b").add("tab\there").add("line\nbreak").add("cr\rx").add("\\N").add("ends with \\").endRow();
    assertEquals("a\\\\b\ttab\\there\tline\\nbreak\tcr\\rx\t\\\\N\tends with \\\\\n", rows.toString());
  }
}
