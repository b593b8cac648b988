package io.corebank.copybook.codec;

import io.corebank.copybook.Copybooks;
import io.corebank.copybook.Layout;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordCodecTest {
  private static final Layout MULTI = Copybooks.compile("01  REC.",
      "05  REC-TYPE PIC X.",
      "05  BODY PIC X(6).",
      "05  BODY-AMT REDEFINES BODY.",
      "    10  AMT PIC S9(5)V99 COMP-3.",
      "    10  FILLER PIC X(2).",
      "05  BODY-ID REDEFINES BODY.",
      "    10  ID PIC 9(4) COMP.",
      "    10  NAME PIC X(4).");
  private static final CodecOptions BY_TYPE = CodecOptions.defaults().withEncoding(TextEncoding.ascii())
      .withSelector(DiscriminatorSelector.on("REC.REC-TYPE").when("A", "BODY-AMT").when("I", "REC.BODY-ID").build());

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void decodesOnlyTheAlternativeTheDiscriminatorSelects() {
    RecordCodec codec = new RecordCodec(MULTI, BY_TYPE);
    byte[] amountRecord = {'A', 0x00, 0x12, 0x34, 0x5D, ' ', ' '};
    DecodedRecord amount = codec.decode(amountRecord);
    assertEquals(new BigDecimal("-123.45"), amount.number("REC.BODY-AMT.AMT"));
    assertFalse(amount.has("REC.BODY-ID.ID"));
    assertFalse(amount.has("REC.BODY"));
    assertArrayEquals(amountRecord, codec.encode(amount));

    byte[] idRecord = {'I', 0x00, 0x2A, 'J', 'O', 'E', ' '};
    DecodedRecord id = codec.decode(idRecord);
    assertEquals(new BigDecimal("42"), id.number("REC.BODY-ID.ID"));
    assertEquals("JOE ", id.text("REC.BODY-ID.NAME"));
    assertArrayEquals(idRecord, codec.encode(id));
  }

  @Test
  void usesTheRedefinedItemByDefault() {
    DecodedRecord record = new RecordCodec(MULTI, CodecOptions.defaults().withEncoding(TextEncoding.ascii()))
        .decode(ascii("Xabcdef"));
    assertEquals("abcdef", record.text("REC.BODY"));
    assertEquals(2, record.values().size());
  }

  @Test
  void reportsAnUnknownRecordType() {
    RecordDataException error = assertThrows(RecordDataException.class,
        () -> new RecordCodec(MULTI, BY_TYPE).decode(ascii("Zabcdef")));
    assertTrue(error.getMessage().startsWith("cannot decode REC.BODY at offset 1: cannot choose the active REDEFINES"
        + " alternative: value 'Z' of REC.REC-TYPE selects none of the alternatives"), error.getMessage());
  }

  @Test
  void refusesValuesOfInactiveAlternativesAndMissingValues() {
    RecordCodec codec = new RecordCodec(MULTI, BY_TYPE);
    DecodedRecord amount = codec.decode(new byte[] {'A', 0x00, 0x12, 0x34, 0x5C, ' ', ' '});
    assertEquals("values for fields that are unknown or not active in this record: [REC.BODY-ID.ID]",
        assertThrows(IllegalArgumentException.class,
            () -> codec.encode(amount.with("REC.BODY-ID.ID", BigDecimal.ONE))).getMessage());
    Map<String, Object> partial = new LinkedHashMap<>(amount.values());
    partial.remove("REC.BODY-AMT.AMT");
    assertEquals("cannot encode REC.BODY-AMT.AMT at offset 1: record has no value for the field",
        assertThrows(RecordDataException.class, () -> codec.encode(DecodedRecord.of(partial))).getMessage());
  }

  @Test
  void refusesRecordsOfTheWrongLength() {
    assertEquals("record of 6 bytes does not match layout TEST.cpy (7 bytes)",
        assertThrows(IllegalArgumentException.class,
            () -> new RecordCodec(MULTI, BY_TYPE).decode(new byte[6])).getMessage());
  }

  @Test
  void decodesAndEncodesOnlyTheOccurrencesInUse() {
    Layout layout = Copybooks.compile("01  STMT.", "05  LINE-COUNT PIC 9.",
        "05  STMT-LINE PIC S9(3) OCCURS 1 TO 4 DEPENDING ON LINE-COUNT.");
    RecordCodec codec = new RecordCodec(layout, CodecOptions.defaults().withEncoding(TextEncoding.ascii()));
    DecodedRecord record = codec.decode(ascii("200A00J"));
    assertEquals(new BigDecimal("1"), record.number("STMT.STMT-LINE(1)"));
    assertEquals(new BigDecimal("-1"), record.number("STMT.STMT-LINE(2)"));
    assertFalse(record.has("STMT.STMT-LINE(3)"));
    assertEquals("200A00J", new String(codec.encode(record), StandardCharsets.ISO_8859_1));
    // a fixed-length file pads variable records to the maximum: the padding is ignored
    assertEquals(record, codec.decode(ascii("200A00J      ")));
    assertEquals("cannot decode STMT.LINE-COUNT at offset 0: OCCURS DEPENDING ON count 5 is outside 1 to 4",
        assertThrows(RecordDataException.class, () -> codec.decode(ascii("500A00J      "))).getMessage());
    assertEquals("cannot decode STMT.STMT-LINE(3) at offset 7: record of 7 bytes ends inside the field (3 bytes)",
        assertThrows(RecordDataException.class, () -> codec.decode(ascii("300A00J"))).getMessage());
  }
}
