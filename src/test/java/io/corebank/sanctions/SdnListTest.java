package io.corebank.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SdnListTest {

  private static final String SDN_306 =
      "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"";
  private static final String SDN_173 =
      "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

  @Test
  void loadsTheWholeList() {
    SdnList list = OfacFiles.list();
    assertThat(list.size()).isEqualTo(8976);
    assertThat(list.aliasCount()).isEqualTo(11910);
    assertThat(list.weakAliasCount()).isEqualTo(2438);
    assertThat(list.addressCount()).isEqualTo(13837);
    assertThat(list.entries().stream().mapToInt(e -> e.aliases().size()).sum()).isEqualTo(11910 + 2438);
    assertThat(list.entries().stream().mapToInt(e -> e.addresses().size()).sum()).isEqualTo(13837);
    Map<SdnType, Long> types = list.entries().stream().collect(Collectors.groupingBy(SdnEntry::type, Collectors.counting()));
    assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of(
        SdnType.INDIVIDUAL, 4620L, SdnType.ENTITY, 3673L, SdnType.VESSEL, 406L, SdnType.AIRCRAFT, 277L));
    Map<AliasType, Long> aliasTypes = list.entries().stream().flatMap(e -> e.aliases().stream())
        .filter(a -> !a.weak()).collect(Collectors.groupingBy(SdnAlias::type, Collectors.counting()));
    assertThat(aliasTypes).containsExactlyInAnyOrderEntriesOf(Map.of(
        AliasType.AKA, 11523L, AliasType.FKA, 369L, AliasType.NKA, 18L));
    assertThat(list.entries().get(0).entNum()).isEqualTo(36);
    assertThat(list.entries().get(list.size() - 1).entNum()).as("the row before the DOS end-of-file byte")
        .isEqualTo(32391);
  }

  @Test
  void bancoNacionalDeCuba() {
    SdnEntry entry = OfacFiles.list().entry(306).orElseThrow();
    assertThat(entry.name()).isEqualTo("BANCO NACIONAL DE CUBA");
    assertThat(entry.type()).isEqualTo(SdnType.ENTITY);
    assertThat(entry.programs()).containsExactly("CUBA");
    assertThat(entry.title()).isNull();
    assertThat(entry.remarks()).isEqualTo("a.k.a. 'BNC'.");
    assertThat(entry.aliases()).containsExactly(
        new SdnAlias(220, AliasType.AKA, "NATIONAL BANK OF CUBA", false, null),
        new SdnAlias(0, AliasType.AKA, "BNC", true, null));
    assertThat(entry.addresses()).hasSize(4);
    assertThat(entry.addresses().get(0))
        .isEqualTo(new SdnAddress(199, "Zweierstrasse 35", "Zurich CH-8022", "Switzerland", null));
    assertThat(entry.countries()).containsExactly("Switzerland", "Spain", "Japan", "Panama");
  }

  @Test
  void fieldsWithCommasQuotesAndSeveralPrograms() {
    SdnList list = OfacFiles.list();
    assertThat(list.entry(173).orElseThrow().name()).isEqualTo("ANGLO-CARIBBEAN CO., LTD.");
    assertThat(list.entry(4632).orElseThrow().programs()).containsExactly("IRAN", "SDGT", "IRGC", "IFSR");
    SdnEntry maduro = list.entry(22790).orElseThrow();
    assertThat(maduro.name()).isEqualTo("MADURO MOROS, Nicolas");
    assertThat(maduro.type()).isEqualTo(SdnType.INDIVIDUAL);
    assertThat(maduro.programs()).containsExactly("VENEZUELA", "IRAN-CON-ARMS-EO");
    assertThat(maduro.title()).isEqualTo("President of the Bolivarian Republic of Venezuela");
    assertThat(list.entry(6925).orElseThrow().addresses())
        .containsExactly(new SdnAddress(4958, null, null, null, null));
    assertThat(list.entry(6925).orElseThrow().countries()).isEmpty();
    assertThat(list.entry(1)).isEmpty();
  }

  @Test
  void weakAliasesComeFromTheRemarks() {
    SdnEntry ghailani = OfacFiles.list().entry(6925).orElseThrow();
    assertThat(ghailani.aliases().stream().filter(a -> !a.weak())).hasSize(14);
    assertThat(ghailani.aliases().stream().filter(SdnAlias::weak).map(SdnAlias::name))
        .as("''FUPI'' in the remarks is the name FUPI")
        .containsExactly("AHMED, A.", "KHABAR, Abu", "BAKR, Abu", "FOOPIE", "FUPI", "AHMED THE TANZANIAN");
    assertThat(SdnList.weakAliases("POB Egypt; a.k.a. ''ABD-AL-'IZ'; a.k.a. 'ABU YASIR'."))
        .extracting(SdnAlias::name).containsExactly("ABD-AL-'IZ", "ABU YASIR");
    assertThat(SdnList.weakAliases("DOB 1970; f.k.a. 'OLD NAME'; Linked To: X."))
        .containsExactly(new SdnAlias(0, AliasType.FKA, "OLD NAME", true, null));
    assertThat(SdnList.weakAliases(null)).isEmpty();
    SdnEntry last = OfacFiles.list().entry(32391).orElseThrow();
    assertThat(last.aliases()).extracting(SdnAlias::altNum).containsExactly(50850, 50851, 0, 0, 0, 0, 0, 0);
    assertThat(last.countries()).containsExactly("Mali", "Niger");
  }

  @Test
  void anAltRemarkSayingWeakMakesTheAliasWeak() throws IOException {
    SdnList list = SdnList.load(new StringReader(SDN_173 + "\r\n"),
        new StringReader("173,1,\"aka\",\"ANGLO\",\"weak aka\"\r\n173,2,\"fka\",\"AVIA IMPORT\",-0- \r\n"),
        new StringReader(""));
    assertThat(list.entry(173).orElseThrow().aliases()).containsExactly(
        new SdnAlias(1, AliasType.AKA, "ANGLO", true, "weak aka"),
        new SdnAlias(2, AliasType.FKA, "AVIA IMPORT", false, null));
  }

  @Test
  void toleratesLineFeedsBlankLinesAndNoEndOfFileByte() throws IOException {
    SdnList list = SdnList.load(new StringReader(SDN_306 + "\n\n" + SDN_173),
        new StringReader("306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \n"),
        new StringReader("\r\n306,199,\"Zweierstrasse 35\",\"Zurich CH-8022\",\"Switzerland\",-0- \r\n\u001a"));
    assertThat(list.entries()).extracting(SdnEntry::entNum).containsExactly(306, 173);
    assertThat(list.aliasCount()).isEqualTo(1);
    assertThat(list.weakAliasCount()).isEqualTo(1);
    assertThat(list.addressCount()).isEqualTo(1);
  }

  @Test
  void malformedRowsNameTheFileAndTheLine() {
    assertRefused(SDN_306 + "\r\n173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
        "", "", "sdn.csv", 2, "sdn.csv line 2: expected 12 fields, found 11");
    assertRefused(SDN_306 + "\r\n" + SDN_306 + "\r\n", "", "", "sdn.csv", 2, "sdn.csv line 2: ent_num 306 appears twice");
    assertRefused(SDN_306.replace("-0- ,\"CUBA\"", "\"submarine\",\"CUBA\""), "", "", "sdn.csv", 1,
        "sdn.csv line 1: unknown SDN_Type 'submarine'");
    assertRefused("X" + SDN_306, "", "", "sdn.csv", 1, "sdn.csv line 1: ent_num 'X306' is not a positive number");
    assertRefused(SDN_306, "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n999,221,\"aka\",\"NOBODY\",-0- \r\n", "",
        "alt.csv", 2, "alt.csv line 2: ent_num 999 is not in sdn.csv");
    assertRefused(SDN_306, "306,220,\"alias\",\"NATIONAL BANK OF CUBA\",-0- ", "", "alt.csv", 1,
        "alt.csv line 1: unknown alt_type 'alias'");
    assertRefused(SDN_306, "306,220,\"aka\",-0- ,-0- ", "", "alt.csv", 1, "alt.csv line 1: alt_name is empty");
    assertRefused(SDN_306, "", "\r\n\r\n306,abc,-0- ,\"Havana\",\"Cuba\",-0- \r\n", "add.csv", 3,
        "add.csv line 3: add_num 'abc' is not a positive number");
  }

  @Test
  void brokenQuotingNamesTheLineWhereTheRowStarts() {
    // a name whose closing quote is missing swallows the rest of the file
    SdnFormatException unterminated = refused(SDN_306 + "\r\n" + SDN_173.replace("LTD.\"", "LTD.") + "\r\n" + SDN_306,
        "", "");
    assertThat(unterminated.file()).isEqualTo("sdn.csv");
    assertThat(unterminated.line()).isEqualTo(2);
    assertThat(unterminated.getMessage()).startsWith("sdn.csv line 2: ");
    // a stray character after a closing quote
    SdnFormatException stray = refused(SDN_306, "306,220,\"aka\",\"NATIONAL BANK\" OF CUBA,-0- ", "");
    assertThat(stray.getMessage()).startsWith("alt.csv line 1: ");
  }

  @Test
  void aBadRowDeepInTheRealFileIsReportedAtItsLine(@TempDir Path dir) throws IOException {
    Path source = OfacFiles.dir();
    List<String> lines = Arrays.asList(Files.readString(source.resolve("sdn.csv"), StandardCharsets.UTF_8)
        .split("\r\n", -1));
    assertThat(lines.get(3999)).startsWith("16813,\"KARNER, Alenka\",\"individual\",\"SDNTK\",-0- ,");
    lines.set(3999, lines.get(3999).replaceFirst(",-0- ", "")); // line 4000 loses its Title field
    Files.writeString(dir.resolve("sdn.csv"), String.join("\r\n", lines), StandardCharsets.UTF_8);
    Files.copy(source.resolve("alt.csv"), dir.resolve("alt.csv"));
    Files.copy(source.resolve("add.csv"), dir.resolve("add.csv"));
    assertThatThrownBy(() -> SdnList.load(dir)).isInstanceOf(SdnFormatException.class)
        .hasMessage("sdn.csv line 4000: expected 12 fields, found 11");
  }

  @Test
  void programsAreSplitOnBrackets() {
    assertThat(SdnList.programs("SDGT] [IFSR")).containsExactly("SDGT", "IFSR");
    assertThat(SdnList.programs("[CUBA]")).containsExactly("CUBA");
    assertThat(SdnList.programs("CUBA")).containsExactly("CUBA");
    assertThat(SdnList.programs(null)).isEmpty();
  }

  private static void assertRefused(String sdn, String alt, String add, String file, long line, String message) {
    SdnFormatException e = refused(sdn, alt, add);
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.getMessage()).isEqualTo(message);
  }

  private static SdnFormatException refused(String sdn, String alt, String add) {
    Function<String, StringReader> r = StringReader::new;
    try {
      SdnList.load(r.apply(sdn), r.apply(alt), r.apply(add));
    } catch (SdnFormatException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("loaded without complaint");
  }
}
