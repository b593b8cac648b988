package io.corebank.copybook;

import io.corebank.copybook.BeanIoMappingCheck.MappedField;
import io.corebank.copybook.BeanIoMappingCheck.MappedRecord;
import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.RecordTypeSelection;
import io.corebank.copybook.codec.TextEncoding;
import io.corebank.copybook.io.FixedRecordReader;
import io.corebank.copybook.io.RawRecord;
import org.beanio.BeanReader;
import org.beanio.StreamFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * file-formats/carddemo-records.xml agrees with the copybooks: every BeanIO field has the offset and
 * length of its copybook item (FILLER included, as an ignored field), the name the naming rule
 * gives, and the type the item's USAGE allows; and BeanIO reads the ASCII sample files to the same
 * values as the copybook codec.
 */
class CardDemoBeanIoMappingTest {
  private static final Path MAPPING = Path.of("file-formats/carddemo-records.xml");
  private static List<MappedRecord> records;

  @BeforeAll
  static void readMapping() {
    records = BeanIoMappingCheck.records(MAPPING);
  }

  /** Every record of the mapping, the copybook it maps and the REDEFINES alternative it stands for. */
  private static final List<String[]> MAPPED = List.of(
      new String[] {"account", "accountRecord", "CVACT01Y.cpy", ""},
      new String[] {"card", "cardRecord", "CVACT02Y.cpy", ""},
      new String[] {"cardXref", "cardXrefRecord", "CVACT03Y.cpy", ""},
      new String[] {"customer", "customerRecord", "CVCUS01Y.cpy", ""},
      new String[] {"tranCatBalance", "tranCatBalRecord", "CVTRA01Y.cpy", ""},
      new String[] {"disclosureGroup", "disGroupRecord", "CVTRA02Y.cpy", ""},
      new String[] {"tranType", "tranTypeRecord", "CVTRA03Y.cpy", ""},
      new String[] {"tranCategory", "tranCatRecord", "CVTRA04Y.cpy", ""},
      new String[] {"transaction", "tranRecord", "CVTRA05Y.cpy", ""},
      new String[] {"dailyTransaction", "dalytranRecord", "CVTRA06Y.cpy", ""},
      new String[] {"dailyReject", "rejectRecord", "CVTRA07Y.cpy", ""},
      new String[] {"userSecurity", "secUserData", "CSUSR01Y.cpy", ""},
      new String[] {"export", "exportCustomerData", "CVEXPORT.cpy", "EXPORT-CUSTOMER-DATA"},
      new String[] {"export", "exportAccountData", "CVEXPORT.cpy", "EXPORT-ACCOUNT-DATA"},
      new String[] {"export", "exportCardXrefData", "CVEXPORT.cpy", "EXPORT-CARD-XREF-DATA"},
      new String[] {"export", "exportTransactionData", "CVEXPORT.cpy", "EXPORT-TRANSACTION-DATA"},
      new String[] {"export", "exportCardData", "CVEXPORT.cpy", "EXPORT-CARD-DATA"});

  @Test
  void everyRecordOfTheMappingIsCheckedAndEveryCardDemoCopybookIsMapped() throws IOException {
    assertEquals(MAPPED.stream().map(m -> m[0] + "." + m[1]).toList(), records.stream().map(r -> r.stream() + "." + r.name()).toList());
    Set<String> copybooks;
    try (var files = Files.list(Path.of("copybooks"))) {
      // CSETTLE.cpy (the card settlement file) is ours, not CardDemo's
      copybooks = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("C[VS].*\\.cpy"))
          .filter(n -> !n.equals("CSETTLE.cpy"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(copybooks, MAPPED.stream().map(m -> m[2]).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void everyFieldHasTheOffsetLengthAndNameOfItsCopybookItem() {
    List<String> differences = new ArrayList<>();
    for (String[] mapped : MAPPED) {
      MappedRecord record = record(mapped[0], mapped[1]);
      differences.addAll(BeanIoMappingCheck.differences(record, items(mapped), CardDemoBeanIoMappingTest::beanIoName));
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void fillerAndBinaryItemsAreIgnoredAndDisplayNumbersReadTheirPicture() {
    List<String> differences = new ArrayList<>();
    for (String[] mapped : MAPPED) {
      MappedRecord record = record(mapped[0], mapped[1]);
      List<Field> items = items(mapped);
      for (int i = 0; i < items.size(); i++) {
        Field item = items.get(i);
        MappedField field = record.fields().get(i);
        boolean binary = item.type() == FieldType.BINARY || item.type() == FieldType.PACKED_DECIMAL;
        boolean filler = item.name().equals("FILLER");
        String where = record.name() + "." + field.name();
        if (field.ignored() != (binary || filler)) {
          differences.add(where + ": ignore=" + field.ignored() + " for a " + item.type() + (filler ? " FILLER" : ""));
        }
        if (filler && !field.attribute("minOccurs").equals("0")) {
          differences.add(where + ": a FILLER needs minOccurs=0 (a line may end before it)");
        }
        boolean displayNumber = item.type() == FieldType.ZONED_DECIMAL;
        String expectedFormat = displayNumber ? item.picture().orElseThrow().text() : "";
        if (!field.attribute("typeHandler").equals(displayNumber ? "picture" : "")
            || !field.attribute("format").equals(expectedFormat)) {
          differences.add(where + ": typeHandler '" + field.attribute("typeHandler") + "' format '" + field.attribute("format")
              + "' for " + item.type() + " " + item.picture().map(Picture::text).orElse(""));
        }
      }
      if (!mapped[3].isEmpty()) {
        String recordType = RecordTypeSelection.declaredIn(Path.of("copybooks", mapped[2]), CompileOptions.defaults())
            .orElseThrow().cases().stream().filter(c -> c.alternative().equals(mapped[3])).findFirst().orElseThrow().value();
        MappedField type = record.fields().get(0);
        if (!type.attribute("rid").equals("true") || !type.attribute("literal").equals(recordType)) {
          differences.add(record.name() + ": identified by " + type.name() + " rid literal '" + type.attribute("literal")
              + "', the copybook's @when says '" + recordType + "'");
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
      "account,          acctdata.txt,  CVACT01Y.cpy, 50",
      "card,             carddata.txt,  CVACT02Y.cpy, 50",
      "cardXref,         cardxref.txt,  CVACT03Y.cpy, 50",
      "customer,         custdata.txt,  CVCUS01Y.cpy, 50",
      "tranCatBalance,   tcatbal.txt,   CVTRA01Y.cpy, 50",
      "disclosureGroup,  discgrp.txt,   CVTRA02Y.cpy, 51",
      "tranType,         trantype.txt,  CVTRA03Y.cpy, 7",
      "tranCategory,     trancatg.txt,  CVTRA04Y.cpy, 18",
      "dailyTransaction, dailytran.txt, CVTRA06Y.cpy, 300",
  })
  @SuppressWarnings("unchecked")
  void beanIoReadsTheAsciiSamplesToTheCodecsValues(String stream, String file, String copybook, int count) throws IOException {
    StreamFactory factory = StreamFactory.newInstance();
    factory.load(MAPPING.toFile());
    Path data = Path.of("src/test/resources/carddemo/ascii", file);
    Layout layout = compile(copybook);
    RecordCodec codec = new RecordCodec(layout, CodecOptions.defaults().withEncoding(TextEncoding.ascii()));
    MappedRecord mapped = records.stream().filter(r -> r.stream().equals(stream)).findFirst().orElseThrow();
    List<Field> items = BeanIoMappingCheck.copybookFields(layout, layout.fields().get(0).path(), Set.of());

    List<String> differences = new ArrayList<>();
    int read = 0;
    try (Reader text = Files.newBufferedReader(data, StandardCharsets.ISO_8859_1);
         InputStream bytes = Files.newInputStream(data);
         FixedRecordReader reader = FixedRecordReader.lineSequential(bytes, layout.maxRecordLengthBytes(), (byte) ' ')) {
      BeanReader beans = factory.createReader(stream, text);
      Map<String, Object> bean;
      Optional<RawRecord> raw;
      while ((bean = (Map<String, Object>) beans.read()) != null) {
        raw = reader.next();
        read++;
        DecodedRecord record = codec.decode(raw.orElseThrow().bytes());
        for (int i = 0; i < items.size(); i++) {
          MappedField field = mapped.fields().get(i);
          if (field.ignored()) {
            continue;
          }
          Object expected = record.value(items.get(i).path());
          Object actual = beanValue(bean, field.name());
          boolean same = expected instanceof BigDecimal number
              ? actual instanceof BigDecimal value && value.compareTo(number) == 0 && value.scale() == number.scale()
              : ((String) expected).stripTrailing().equals(actual == null ? "" : actual);
          if (!same) {
            differences.add(file + " record " + read + " " + field.name() + ": BeanIO " + actual + ", codec '" + expected + "'");
          }
        }
      }
      beans.close();
      assertTrue(reader.next().isEmpty(), "the codec found more records than BeanIO");
    }
    assertEquals(count, read);
    assertEquals(List.of(), differences);
  }

  @Test
  void someValuesAsBeanIoReadsThem() throws IOException {
    StreamFactory factory = StreamFactory.newInstance();
    factory.load(MAPPING.toFile());
    try (Reader text = Files.newBufferedReader(Path.of("src/test/resources/carddemo/ascii/acctdata.txt"), StandardCharsets.ISO_8859_1)) {
      BeanReader beans = factory.createReader("account", text);
      @SuppressWarnings("unchecked")
      Map<String, Object> first = (Map<String, Object>) beans.read();
      assertEquals(new BigDecimal("194.00"), first.get("acctCurrBal"));
      assertEquals(new BigDecimal("2020.00"), first.get("acctCreditLimit"));
      assertEquals(new BigDecimal("1"), first.get("acctId"));
      assertEquals("2014-11-20", first.get("acctOpenDate"));
      beans.close();
    }
    try (Reader text = Files.newBufferedReader(Path.of("src/test/resources/carddemo/ascii/dailytran.txt"), StandardCharsets.ISO_8859_1)) {
      BeanReader beans = factory.createReader("dailyTransaction", text);
      beans.read();
      @SuppressWarnings("unchecked")
      Map<String, Object> returned = (Map<String, Object>) beans.read();
      assertEquals(new BigDecimal("-919.00"), returned.get("dalytranAmt"));
      assertEquals("OPERATOR", returned.get("dalytranSource"));
      beans.close();
    }
  }

  private static Object beanValue(Map<String, Object> bean, String name) {
    int paren = name.indexOf('(');
    if (paren < 0) {
      return bean.get(name);
    }
    List<?> list = (List<?>) bean.get(name.substring(0, paren));
    return list.get(Integer.parseInt(name.substring(paren + 1, name.length() - 1)) - 1);
  }

  private static MappedRecord record(String stream, String name) {
    return records.stream().filter(r -> r.stream().equals(stream) && r.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<Field> items(String[] mapped) {
    Layout layout = compile(mapped[2]);
    return BeanIoMappingCheck.copybookFields(layout, layout.fields().get(0).path(),
        mapped[3].isEmpty() ? Set.of() : Set.of(mapped[3]));
  }

  /** The naming rule: the COBOL data name in lowerCamelCase, occurrences as (n), FILLER as filler. */
  static String beanIoName(Field item) {
    if (item.name().equals("FILLER")) {
      return "filler";
    }
    String[] words = item.name().toLowerCase(Locale.ROOT).split("-");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    String segment = item.path().substring(item.path().lastIndexOf('.') + 1);
    return name + (segment.endsWith(")") ? segment.substring(segment.indexOf('(')) : "");
  }

  private static Layout compile(String copybook) {
    return CopybookCompiler.compile(Path.of("copybooks", copybook), CompileOptions.defaults());
  }
}
