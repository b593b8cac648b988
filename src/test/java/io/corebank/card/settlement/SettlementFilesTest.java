package io.corebank.card.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SettlementFilesTest {

  @TempDir
  Path directory;

  @Test
  void generatesTheSameValidDetailsForTheSameSeed() {
    Iterator<SettlementDetail> first = SettlementFiles.generate(2_000, 7, SettlementTestData.SETTLEMENT_DATE, "USD");
    Iterator<SettlementDetail> second = SettlementFiles.generate(2_000, 7, SettlementTestData.SETTLEMENT_DATE, "USD");
    Map<MessageType, Integer> types = new EnumMap<>(MessageType.class);
    int count = 0;
    while (first.hasNext()) {
      SettlementDetail detail = first.next();
      assertThat(second.next()).isEqualTo(detail);
      assertThat(detail.validate()).as(detail.text()).isEmpty();
      types.merge(detail.messageType(), 1, Integer::sum);
      count++;
    }
    assertThat(count).isEqualTo(2_000);
    assertThat(second.hasNext()).isFalse();
    assertThat(types).containsOnlyKeys(MessageType.values());
    assertThat(SettlementFiles.generate(1, 8, SettlementTestData.SETTLEMENT_DATE, "USD").next())
        .isNotEqualTo(SettlementFiles.generate(1, 7, SettlementTestData.SETTLEMENT_DATE, "USD").next());
  }

  @Test
  void writesAFileTheValidatorAccepts() throws IOException {
    Path file = directory.resolve("SETTLE.TXT");
    SettlementTrailer trailer = SettlementFiles.write(file, SettlementTestData.header(),
        SettlementFiles.generate(500, 1, SettlementTestData.SETTLEMENT_DATE, "USD"));
    assertThat(trailer.detailCount()).isEqualTo(500);
    ValidationReport report = new SettlementFileValidator().validate(file, SettlementEncoding.ASCII);
    assertThat(report.summary()).isEqualTo("accepted: 500 details");
    assertThat(Files.list(directory)).containsExactly(file);
  }

  @Test
  void aFailedWriteLeavesNothingBehind() throws IOException {
    Path file = directory.resolve("SETTLE.TXT");
    Iterator<SettlementDetail> details = List.of(SettlementTestData.presentment().build(),
        SettlementTestData.presentment().lastFour("42").build()).iterator();
    assertThatThrownBy(() -> SettlementFiles.write(file, SettlementTestData.header(), details))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SETL-D-LAST-FOUR");
    assertThat(Files.list(directory)).isEmpty();
  }

  /**
   * The copybook's own codec, choosing the view by the record type as CSETTLE.cpy's {@code @select}/{@code @when}
   * lines declare, reads every field of every record as the record types do, and writes the same bytes back.
   */
  @ParameterizedTest
  @EnumSource(SettlementEncoding.class)
  void theCopybooksCodecAgreesWithTheRecordTypes(SettlementEncoding encoding) throws IOException {
    Path file = directory.resolve("SETTLE." + encoding);
    SettlementFiles.write(file, encoding, SettlementTestData.header(),
        SettlementFiles.generate(300, 3, SettlementTestData.SETTLEMENT_DATE, "USD"));
    RecordCodec codec = SettlementLayout.codec(encoding);
    int records = 0;
    try (SettlementFileReader reader = SettlementFileReader.open(file, encoding)) {
      Optional<SettlementRecord> next;
      while ((next = reader.next()).isPresent()) {
        SettlementRecord record = next.get();
        byte[] bytes = record.encode(encoding);
        DecodedRecord values = codec.decode(bytes);
        assertThat(values.values()).hasSize(record.fields().size());
        for (SettlementField field : record.fields()) {
          Object value = values.value(field.path());
          if (field.isNumeric()) {
            assertThat(values.number(field.path()).movePointRight(field.scale()).longValueExact())
                .as(field.name()).isEqualTo(field.storedValue(record.value(field)));
          } else {
            assertThat(value).as(field.name()).isEqualTo(record.value(field));
          }
        }
        assertThat(codec.encode(values)).isEqualTo(bytes);
        records++;
      }
    }
    assertThat(records).isEqualTo(302);
  }

  @Test
  void copybookOffsetsAreTheDocumentedOnes() {
    assertThat(SettlementLayout.layout().maxRecordLengthBytes()).isEqualTo(250);
    assertThat(SettlementDetail.ARN.position()).isEqualTo(80);
    assertThat(SettlementDetail.ARN.length()).isEqualTo(23);
    assertThat(SettlementDetail.SETTLE_AMOUNT.picture()).isEqualTo("S9(13)V99");
    assertThat(SettlementDetail.SETTLE_AMOUNT.length()).isEqualTo(16);
    assertThat(SettlementTrailer.HASH.position()).isEqualTo(63);
    for (List<SettlementField> fields : List.of(SettlementTestData.header().fields(),
        SettlementTestData.presentment().build().fields(), SettlementTrailer.of(0, 0, 0, 0, 0).fields())) {
      int next = 0;
      for (SettlementField field : fields) {
        assertThat(field.offset()).as(field.name()).isEqualTo(next);
        next += field.length();
      }
      assertThat(next).isEqualTo(250);
    }
  }

  @Test
  void generatedArnsCarryTheSettlementDaysJulianDate() {
    SettlementDetail detail = SettlementFiles.generate(1, 1, LocalDate.of(2024, 12, 31), "USD").next();
    assertThat(detail.arn().substring(7, 11)).isEqualTo("4366");
    assertThat(AcquirerReferenceNumbers.isValid(detail.arn())).isTrue();
  }
}
