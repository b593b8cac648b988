package io.corebank.online.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** file-formats/online-messages.md shows the copybooks as they are. */
class OnlineMessageFormatsDocTest {

  @Test
  void theDocumentsTablesAreTheCompiledCopybooks() throws IOException {
    String committed = Files.readString(OnlineMessageFormatsDoc.DOCUMENT);
    String current = OnlineMessageFormatsDoc.withTables(committed);
    if (Boolean.getBoolean("corebank.regenerate")) {
      Files.writeString(OnlineMessageFormatsDoc.DOCUMENT, current);
    }
    assertEquals(current, committed, "file-formats/online-messages.md is out of date: run this test with "
        + "-Dcorebank.regenerate=true and commit the file");
  }

  @Test
  void everyFieldHasAMeaning() {
    String tables = OnlineMessageFormatsDoc.tables();
    assertTrue(tables.contains("| `AUQ-AMOUNT` | 120 | 16 | `S9(13)V99 SIGN LEADING SEPARATE` | Amount to authorize"),
        tables);
    for (String row : tables.split("\n")) {
      if (row.startsWith("| `") || row.startsWith("| &nbsp;")) {
        assertTrue(!row.endsWith("|  |") && !row.endsWith("| |"), "no meaning: " + row);
      }
    }
  }
}
