package io.corebank.carddemo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corebank.carddemo.CardDemoDataGenerator.Encoding;
import io.corebank.support.Databases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database-backed nightly (Spring Batch jobs through the ledger) against the independent in-memory oracle
 * of the rules, on data sets that are not the sample: the hand-built edge cases and seeded generated sets in
 * ASCII and EBCDIC. Every record output must be byte for byte the oracle's, except the bytes deviation 4 leaves
 * undefined (the tail of an interest description, the FILLER of a created category-balance row).
 */
@SpringBootTest(properties = "corebank.carddemo.posttran-chunk=500")
class CardDemoDifferentialTest {
  static final List<String> OUTPUTS = List.of(CardDemoOracle.REJECTS, CardDemoOracle.POSTED, CardDemoOracle.CATEGORY_BALANCES,
      CardDemoOracle.ACCOUNTS_AFTER_POST, CardDemoOracle.INTEREST, CardDemoOracle.ACCOUNTS_AFTER_INTEREST);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
  }

  @Autowired CardDemoNightly nightly;
  @TempDir Path temp;

  static CardDemoEncoding ours(Encoding e) {
    return e == Encoding.ASCII ? CardDemoEncoding.ASCII : CardDemoEncoding.EBCDIC;
  }

  CardDemoNightly.NightlyResult runOurs(Path input, Encoding encoding, Path output) {
    return nightly.run(new CardDemoRunRequest(input, ours(encoding), CardDemoOracle.RUN_TIMESTAMP, CardDemoOracle.INTCALC_PARM,
        LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), output);
  }

  void assertSameAsOracle(Path input, Encoding encoding) throws IOException {
    Path out = temp.resolve("out-" + input.getFileName());
    CardDemoNightly.NightlyResult ours = runOurs(input, encoding, out);
    CardDemoOracle.Result oracle = CardDemoOracle.run(input, encoding);
    assertThat(ours.jobs().get(1).returnCode()).as("POSTTRAN's return code").isEqualTo(oracle.posttranReturnCode());
    for (String name : OUTPUTS) {
      String copybook = switch (name) {
        case CardDemoOracle.REJECTS -> "CVTRA07Y";
        case CardDemoOracle.CATEGORY_BALANCES -> "CVTRA01Y";
        case CardDemoOracle.ACCOUNTS_AFTER_POST, CardDemoOracle.ACCOUNTS_AFTER_INTEREST -> "CVACT01Y";
        default -> "CVTRA05Y";
      };
      CardDemoFiles.DontCare dontCare = switch (name) {
        case CardDemoOracle.INTEREST -> CardDemoFiles.DontCare.bytes(32 + 24, 132);
        case CardDemoOracle.CATEGORY_BALANCES -> CardDemoFiles.DontCare.field("CVTRA01Y", "FILLER");
        default -> CardDemoFiles.DontCare.nothing();
      };
      CardDemoFiles.assertSameRecords(name + " of " + input.getFileName(), copybook, encoding.textEncoding(), oracle.file(name),
          Files.readAllBytes(out.resolve(name)), dontCare);
    }
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void theEdgeCasesGiveTheOraclesRecords(Encoding encoding) throws IOException {
    Path input = CardDemoEdgeCases.postingAndInterest().writeTo(temp.resolve("edge-" + encoding), encoding);
    assertSameAsOracle(input, encoding);
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void aGeneratedSetGivesTheOraclesRecords(Encoding encoding) throws IOException {
    Path input = Files.createDirectories(temp.resolve("generated-" + encoding));
    CardDemoDataGenerator.generate(CardDemoDataGenerator.Parameters.of(1_500, 12_000, 20261122 + encoding.ordinal())
        .withEncoding(encoding), input);
    assertSameAsOracle(input, encoding);
  }

  @Test
  void aMissingDefaultRateStopsIntcalcLikeTheOracle() throws IOException {
    Path input = CardDemoEdgeCases.missingDefaultRate().writeTo(temp.resolve("no-default"), Encoding.ASCII);
    CardDemoNightly.NightlyResult ours = runOurs(input, Encoding.ASCII, temp.resolve("out-no-default"));
    CardDemoNightly.JobResult intcalc = ours.jobs().get(2);
    assertThat(intcalc.job()).isEqualTo("INTCALC");
    assertThat(intcalc.returnCode()).isEqualTo(8);
    assertThat(intcalc.failure()).contains("no interest rate").contains("DEFAULT");
    assertThatThrownBy(() -> CardDemoOracle.run(input, Encoding.ASCII)).hasMessageContaining("DEFAULT");
  }
}
