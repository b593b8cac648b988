package io.corebank.copybook;

import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.DiscriminatorSelector;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.RecordDataException;
import io.corebank.copybook.codec.TextEncoding;
import io.corebank.copybook.io.FixedRecordReader;
import io.corebank.copybook.io.RawRecord;
import io.corebank.copybook.io.RecordWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decodes every CardDemo reference data set with the copybooks in copybooks/, re-encodes it and
 * requires the original file byte for byte; and requires the ASCII and EBCDIC copies to hold the
 * same values apart from the two differences the reference README documents.
 */
class CardDemoDataTest {
  private static final String EXPORT_TYPE = "EXPORT-RECORD.EXPORT-REC-TYPE";

  private static final CodecOptions EBCDIC = CodecOptions.defaults().withSelector(
      DiscriminatorSelector.on(EXPORT_TYPE)
          .when("C", "EXPORT-CUSTOMER-DATA")
          .when("A", "EXPORT-ACCOUNT-DATA")
          .when("X", "EXPORT-CARD-XREF-DATA")
          .when("T", "EXPORT-TRANSACTION-DATA")
          .when("D", "EXPORT-CARD-DATA")
          .build());
  private static final CodecOptions ASCII = CodecOptions.defaults().withEncoding(TextEncoding.ascii());

  /** A data set decoded record by record, and the file written back from the re-encoded records. */
  private record Decoded(List<DecodedRecord> records, byte[] original, byte[] rewritten) {
  }

  @ParameterizedTest(name = "{1} with {0}")
  @CsvSource({
      "CVACT01Y.cpy, AWS.M2.CARDDEMO.ACCTDATA.PS, 50",
      "CVACT01Y.cpy, AWS.M2.CARDDEMO.ACCDATA.PS,  50",
      "CVACT02Y.cpy, AWS.M2.CARDDEMO.CARDDATA.PS, 50",
      "CVCUS01Y.cpy, AWS.M2.CARDDEMO.CUSTDATA.PS, 50",
      "CVACT03Y.cpy, AWS.M2.CARDDEMO.CARDXREF.PS, 50",
      "CVTRA06Y.cpy, AWS.M2.CARDDEMO.DALYTRAN.PS, 300",
      "CVTRA02Y.cpy, AWS.M2.CARDDEMO.DISCGRP.PS,  51",
      "CVTRA01Y.cpy, AWS.M2.CARDDEMO.TCATBALF.PS, 50",
      "CVTRA04Y.cpy, AWS.M2.CARDDEMO.TRANCATG.PS, 18",
      "CVTRA03Y.cpy, AWS.M2.CARDDEMO.TRANTYPE.PS, 7",
      "CVEXPORT.cpy, AWS.M2.CARDDEMO.EXPORT.DATA.PS, 500",
      "CSUSR01Y.cpy, AWS.M2.CARDDEMO.USRSEC.PS,   10",
  })
  void ebcdicDataSetRoundTripsByteForByte(String copybook, String dataSet, int records) {
    Decoded decoded = decode(copybook, "ebcdic/" + dataSet, EBCDIC, false);
    assertEquals(records, decoded.records().size());
    assertArrayEquals(decoded.original(), decoded.rewritten());
  }

  @ParameterizedTest(name = "{1} with {0}")
  @CsvSource({
      "CVACT01Y.cpy, acctdata.txt,  50",
      "CVACT02Y.cpy, carddata.txt,  50",
      "CVCUS01Y.cpy, custdata.txt,  50",
      "CVACT03Y.cpy, cardxref.txt,  50",
      "CVTRA06Y.cpy, dailytran.txt, 300",
      "CVTRA02Y.cpy, discgrp.txt,   51",
      "CVTRA01Y.cpy, tcatbal.txt,   50",
      "CVTRA04Y.cpy, trancatg.txt,  18",
      "CVTRA03Y.cpy, trantype.txt,  7",
  })
  void asciiFileRoundTripsByteForByte(String copybook, String file, int records) {
    Decoded decoded = decode(copybook, "ascii/" + file, ASCII, true);
    assertEquals(records, decoded.records().size());
    assertArrayEquals(decoded.original(), decoded.rewritten());
  }

  @ParameterizedTest(name = "{1} = {2}")
  @CsvSource({
      "CVACT01Y.cpy, acctdata.txt,  AWS.M2.CARDDEMO.ACCTDATA.PS, '49:ACCOUNT-RECORD.ACCT-ADDR-ZIP'",
      "CVACT02Y.cpy, carddata.txt,  AWS.M2.CARDDEMO.CARDDATA.PS, ''",
      "CVCUS01Y.cpy, custdata.txt,  AWS.M2.CARDDEMO.CUSTDATA.PS, ''",
      "CVACT03Y.cpy, cardxref.txt,  AWS.M2.CARDDEMO.CARDXREF.PS, ''",
      "CVTRA06Y.cpy, dailytran.txt, AWS.M2.CARDDEMO.DALYTRAN.PS, ''",
      "CVTRA02Y.cpy, discgrp.txt,   AWS.M2.CARDDEMO.DISCGRP.PS,  '34:DIS-GROUP-RECORD.DIS-INT-RATE'",
      "CVTRA01Y.cpy, tcatbal.txt,   AWS.M2.CARDDEMO.TCATBALF.PS, ''",
      "CVTRA04Y.cpy, trancatg.txt,  AWS.M2.CARDDEMO.TRANCATG.PS, ''",
      "CVTRA03Y.cpy, trantype.txt,  AWS.M2.CARDDEMO.TRANTYPE.PS, ''",
  })
  void asciiAndEbcdicCopiesHoldTheSameValues(String copybook, String asciiFile, String dataSet, String knownDifference) {
    List<DecodedRecord> ascii = decode(copybook, "ascii/" + asciiFile, ASCII, true).records();
    List<DecodedRecord> ebcdic = decode(copybook, "ebcdic/" + dataSet, EBCDIC, false).records();
    assertEquals(ascii.size(), ebcdic.size());
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < ascii.size(); i++) {
      for (Map.Entry<String, Object> value : ascii.get(i).values().entrySet()) {
        if (!value.getValue().equals(ebcdic.get(i).value(value.getKey()))) {
          differences.add((i + 1) + ":" + value.getKey());
        }
      }
    }
    assertEquals(knownDifference.isEmpty() ? List.of() : List.of(knownDifference), differences);
  }

  @Test
  void documentedDifferencesHaveTheDocumentedValues() {
    DecodedRecord asciiRate = decode("CVTRA02Y.cpy", "ascii/discgrp.txt", ASCII, true).records().get(33);
    DecodedRecord ebcdicRate = decode("CVTRA02Y.cpy", "ebcdic/AWS.M2.CARDDEMO.DISCGRP.PS", EBCDIC, false).records().get(33);
    assertEquals("DEFAULT   070001", asciiRate.text("DIS-GROUP-RECORD.DIS-GROUP-KEY.DIS-ACCT-GROUP-ID")
        + asciiRate.text("DIS-GROUP-RECORD.DIS-GROUP-KEY.DIS-TRAN-TYPE-CD")
        + asciiRate.number("DIS-GROUP-RECORD.DIS-GROUP-KEY.DIS-TRAN-CAT-CD").toPlainString().replaceFirst("^", "000"));
    assertEquals(new BigDecimal("0.00"), asciiRate.number("DIS-GROUP-RECORD.DIS-INT-RATE"));
    assertEquals(new BigDecimal("15.00"), ebcdicRate.number("DIS-GROUP-RECORD.DIS-INT-RATE"));
  }

  @Test
  void decodesSignedZonedAmountsOfTheAccountFile() {
    DecodedRecord first = decode("CVACT01Y.cpy", "ascii/acctdata.txt", ASCII, true).records().get(0);
    assertEquals(new BigDecimal("194.00"), first.number("ACCOUNT-RECORD.ACCT-CURR-BAL"));
    assertEquals(new BigDecimal("2020.00"), first.number("ACCOUNT-RECORD.ACCT-CREDIT-LIMIT"));
    Layout layout = compile("CVACT01Y.cpy");
    assertTrue(layout.field("ACCOUNT-RECORD.ACCT-ACTIVE-STATUS").condition("ACCT-ACTIVE").orElseThrow()
        .isSatisfiedBy(first.value("ACCOUNT-RECORD.ACCT-ACTIVE-STATUS")));
  }

  @Test
  void decodesEveryExportRecordTypeWithItsBinaryAndPackedFields() {
    List<DecodedRecord> records = decode("CVEXPORT.cpy", "ebcdic/AWS.M2.CARDDEMO.EXPORT.DATA.PS", EBCDIC, false).records();
    Map<String, Long> countByType = records.stream()
        .collect(Collectors.groupingBy(r -> r.text(EXPORT_TYPE), TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("A", 50L, "C", 50L, "D", 50L, "T", 300L, "X", 50L), countByType);
    DecodedRecord customer = records.get(0);
    assertEquals(new BigDecimal("1"), customer.number("EXPORT-RECORD.EXPORT-SEQUENCE-NUM"));
    assertEquals(new BigDecimal("1"), customer.number("EXPORT-RECORD.EXPORT-CUSTOMER-DATA.EXP-CUST-ID"));
    assertEquals("NORTH", customer.text("EXPORT-RECORD.EXPORT-REGION-CODE"));
    assertEquals(new BigDecimal("300"), customer.number("EXPORT-RECORD.EXPORT-CUSTOMER-DATA.EXP-CUST-FICO-CREDIT-SCORE"));
    assertTrue(customer.has("EXPORT-RECORD.EXPORT-CUSTOMER-DATA.EXP-CUST-ADDR-LINE(3)"));
    assertTrue(!customer.has("EXPORT-RECORD.EXPORT-ACCOUNT-DATA.EXP-ACCT-ID"));
    assertTrue(!customer.has("EXPORT-RECORD.EXPORT-RECORD-DATA"));
  }

  @Test
  void refusesTheLowValuesInitialisationRecord() {
    RecordDataException error = assertThrows(RecordDataException.class,
        () -> decode("CVTRA06Y.cpy", "ebcdic/AWS.M2.CARDDEMO.DALYTRAN.PS.INIT", EBCDIC, false));
    assertEquals("cannot decode DALYTRAN-RECORD.DALYTRAN-CAT-CD at offset 18: byte X'00' is not a digit",
        error.getMessage());
  }

  private static Decoded decode(String copybook, String resource, CodecOptions options, boolean lineSequential) {
    RecordCodec codec = new RecordCodec(compile(copybook), options);
    int length = codec.layout().maxRecordLengthBytes();
    byte pad = options.encoding().spaceByte();
    List<DecodedRecord> records = new ArrayList<>();
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
    try (InputStream in = resource(resource);
       FixedRecordReader reader = lineSequential
           ? FixedRecordReader.lineSequential(in, length, pad) : FixedRecordReader.fixedLength(in, length);
       RecordWriter writer = new RecordWriter(rewritten, pad)) {
      Optional<RawRecord> raw;
      while ((raw = reader.next()).isPresent()) {
        DecodedRecord record = codec.decode(raw.get().bytes());
        records.add(record);
        writer.write(codec.encode(record), raw.get().framing());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream in = resource(resource)) {
      return new Decoded(records, in.readAllBytes(), rewritten.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = CardDemoDataTest.class.getResourceAsStream("/carddemo/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource carddemo/" + name);
    }
    return in;
  }

  private static Layout compile(String copybook) {
    return CopybookCompiler.compile(Path.of("copybooks", copybook), CompileOptions.defaults());
  }
}
