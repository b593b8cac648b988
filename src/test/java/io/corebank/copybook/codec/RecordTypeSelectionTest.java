package io.corebank.copybook.codec;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookException;
import io.corebank.copybook.Copybooks;
import io.corebank.copybook.Layout;
import io.corebank.copybook.SourcePosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The @select / @when comment lines: read exactly, checked against the layout, wrong ones named by line and column. */
class RecordTypeSelectionTest {
  private static final String MULTI = Copybooks.code(
      "01  REC.",
      "05  REC-TYPE PIC X(2).",
      "05  BODY PIC X(4).",
      "05  BODY-NUM REDEFINES BODY.",
      "    10  NUM PIC 9(4).",
      "05  BODY-TXT REDEFINES BODY.",
      "    10  TXT PIC X(4).");

  private static Optional<RecordTypeSelection> declared(String text) {
    return RecordTypeSelection.declaredIn(new StringReader(text), "TEST.cpy", CompileOptions.defaults());
  }

  private static CopybookException refused(String text) {
    return assertThrows(CopybookException.class, () -> declared(text));
  }

  /** Comment lines in fixed format: * in column 7. */
  private static String comments(String... lines) {
    return Stream.of(lines).map(l -> "      *" + l + "\n").reduce("", String::concat);
  }

  @Test
  void theExportCopybookDeclaresItsRecordTypes() {
    RecordTypeSelection selection = RecordTypeSelection.declaredIn(Path.of("copybooks/CVEXPORT.cpy"), CompileOptions.defaults())
        .orElseThrow();
    assertEquals("EXPORT-REC-TYPE", selection.field());
    assertEquals(Optional.of(new SourcePosition("CVEXPORT.cpy", 11, 9)), selection.declaredAt());
    assertEquals(List.of("C=EXPORT-CUSTOMER-DATA", "A=EXPORT-ACCOUNT-DATA", "X=EXPORT-CARD-XREF-DATA",
            "T=EXPORT-TRANSACTION-DATA", "D=EXPORT-CARD-DATA"),
        selection.cases().stream().map(c -> c.value() + "=" + c.alternative()).toList());
  }

  @Test
  void onlyTheMultiRecordCopybooksDeclareOne() throws IOException {
    try (Stream<Path> copybooks = Files.list(Path.of("copybooks"))) {
      List<String> declaring = copybooks.filter(p -> p.toString().endsWith(".cpy"))
          .filter(p -> RecordTypeSelection.declaredIn(p, CompileOptions.defaults()).isPresent())
          .map(p -> p.getFileName().toString()).sorted().toList();
      // CSETTLE.cpy: the card settlement file's header, detail and trailer (io.corebank.card.settlement)
      assertEquals(List.of("CSETTLE.cpy", "CVEXPORT.cpy"), declaring);
    }
  }

  @Test
  void onlyCommentsThatStartWithTheKeywordAreDirectives() {
    String text = comments(" see the @select line below", "@selection is not a keyword", " @SELECT REC-TYPE",
        "   @when 'N' BODY-NUM") + "      /@when 'X' BODY-TXT\n" + "       01  REC.\n";
    RecordTypeSelection selection = declared(text).orElseThrow();
    assertEquals("REC-TYPE", selection.field());
    assertEquals(1, selection.cases().size());
    assertFalse(declared(comments(" plain comment") + MULTI).isPresent());
  }

  @Test
  void valuesAreLiteralsWithDoubledQuotesOrBareNumbers() {
    RecordTypeSelection selection = declared(comments(" @select REC-TYPE", " @when 'it''s' A", " @when \"x y\" B",
        " @when 7 C")).orElseThrow();
    assertEquals(List.of("it's", "x y", "7"), selection.cases().stream().map(RecordTypeSelection.Case::value).toList());
  }

  @Test
  void aShortValueIsPaddedLikeCobolComparesAndSelectsItsAlternative() {
    Layout layout = Copybooks.compileText(MULTI);
    RedefinesSelector selector = declared(comments(" @select REC-TYPE", " @when 'N' BODY-NUM", " @when 'T' BODY-TXT"))
        .orElseThrow().selector(layout);
    RecordCodec codec = new RecordCodec(layout, new CodecOptions(TextEncoding.ascii(), selector));
    DecodedRecord number = codec.decode("N 0042".getBytes(StandardCharsets.ISO_8859_1));
    DecodedRecord text = codec.decode("T abcd".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(new java.math.BigDecimal("42"), number.number("REC.BODY-NUM.NUM"));
    assertFalse(number.has("REC.BODY-TXT.TXT"));
    assertEquals("abcd", text.text("REC.BODY-TXT.TXT"));
  }

  @Test
  void aNumericRecordTypeIsComparedAtItsScale() {
    Layout layout = Copybooks.compile("01  REC.", "05  KIND PIC 9.", "05  BODY PIC X(2).",
        "05  BODY-B REDEFINES BODY.", "    10  B PIC X(2).");
    RedefinesSelector selector = RecordTypeSelection.of("KIND",
        List.of(new RecordTypeSelection.Case("2", "BODY-B", Optional.empty()))).selector(layout);
    RecordCodec codec = new RecordCodec(layout, new CodecOptions(TextEncoding.ascii(), selector));
    assertEquals("xy", codec.decode("2xy".getBytes(StandardCharsets.ISO_8859_1)).text("REC.BODY-B.B"));
  }

  @Test
  void malformedDirectivesAreNamedByLineAndColumn() {
    assertEquals("TEST.cpy:1:9: @when without an @select naming the record-type field",
        refused(comments(" @when 'A' X")).getMessage());
    assertEquals("TEST.cpy:2:9: second @select; TEST.cpy:1:9 already names the record-type field",
        refused(comments(" @select A", " @select B", " @when 'A' X")).getMessage());
    assertEquals("TEST.cpy:1:8: @select without any @when 'value' ALTERNATIVE line",
        refused(comments("@select A")).getMessage());
    assertEquals("TEST.cpy:1:9: @select needs exactly one data name: @select RECORD-TYPE-FIELD",
        refused(comments(" @select A B")).getMessage());
    assertEquals("TEST.cpy:2:15: literal is not closed by '",
        refused(comments(" @select A", " @when 'A X")).getMessage());
    assertEquals("TEST.cpy:2:9: @when needs a value and one alternative: @when 'C' ALTERNATIVE-NAME",
        refused(comments(" @select A", " @when 'A'")).getMessage());
  }

  @Test
  void directivesThatDoNotFitTheLayoutAreNamedByLineAndColumn() {
    Layout layout = Copybooks.compileText(MULTI);
    assertEquals("TEST.cpy:1:9: no field KIND in TEST.cpy", assertThrows(CopybookException.class,
        () -> declared(comments(" @select KIND", " @when 'N' BODY-NUM")).orElseThrow().selector(layout)).getMessage());
    assertEquals("TEST.cpy:2:9: 'NUM' is not a REDEFINES alternative of TEST.cpy", assertThrows(CopybookException.class,
        () -> declared(comments(" @select REC-TYPE", " @when 'N' NUM")).orElseThrow().selector(layout)).getMessage());
    assertEquals("TEST.cpy:2:9: 'NNN' is longer than REC.REC-TYPE (2 characters)", assertThrows(CopybookException.class,
        () -> declared(comments(" @select REC-TYPE", " @when 'NNN' BODY-NUM")).orElseThrow().selector(layout)).getMessage());
    assertEquals("TEST.cpy:3:9: value 'N ' is given twice", assertThrows(CopybookException.class,
        () -> declared(comments(" @select REC-TYPE", " @when 'N' BODY-NUM", " @when 'N ' BODY-TXT")).orElseThrow()
            .selector(layout)).getMessage());
    Layout typeLast = Copybooks.compile("01  REC.", "05  BODY PIC X(2).", "05  BODY-B REDEFINES BODY.",
        "    10  B PIC X(2).", "05  KIND PIC X.");
    IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> RecordTypeSelection.of("KIND",
        List.of(new RecordTypeSelection.Case("B", "BODY-B", Optional.empty()))).selector(typeLast));
    assertTrue(late.getMessage().contains("REC.KIND comes after REC.BODY"), late.getMessage());
  }
}
