package io.corebank.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floors of docs/architecture.md, checked on the compiled classes: each floor imports only from the
 * floors below it, packages form no cycles, codecs stay pure, and only the ledger writes money.
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.corebank");
  }

  @Test
  void floorsImportOnlyFromBelow() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Faces").definedBy("io.corebank.cli..", "io.corebank.bench..", "io.corebank.mq..")
        .layer("Application").definedBy("io.corebank")
        .layer("UseCases").definedBy("io.corebank.demo..", "io.corebank.carddemo..", "io.corebank.ops.stream..", "io.corebank.serve..")
        .layer("Capabilities").definedBy("io.corebank.account..", "io.corebank.product..", "io.corebank.gl..", "io.corebank.ach..",
            "io.corebank.online", "io.corebank.card")
        .layer("Core").definedBy("io.corebank.ledger..", "io.corebank.businessdate..", "io.corebank.audit..")
        .layer("Codecs").definedBy("io.corebank.copybook..", "io.corebank.nacha..", "io.corebank.sanctions..", "io.corebank.ops.jcl..",
            "io.corebank.online.message..", "io.corebank.card.settlement..")
        .layer("Platform").definedBy("io.corebank.platform..")
        .whereLayer("Faces").mayNotBeAccessedByAnyLayer()
        .whereLayer("Application").mayOnlyBeAccessedByLayers("Faces")
        .whereLayer("UseCases").mayOnlyBeAccessedByLayers("Faces")
        .whereLayer("Capabilities").mayOnlyBeAccessedByLayers("Faces", "UseCases", "Capabilities")
        .whereLayer("Core").mayOnlyBeAccessedByLayers("Faces", "UseCases", "Capabilities", "Core")
        .whereLayer("Codecs").mayOnlyBeAccessedByLayers("Faces", "UseCases", "Capabilities", "Core", "Codecs")
        .withOptionalLayers(true)
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.corebank.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void codecsArePure() {
    noClasses().that().resideInAnyPackage("io.corebank.copybook..", "io.corebank.nacha..", "io.corebank.sanctions..",
            "io.corebank.ops.jcl..", "io.corebank.online.message..", "io.corebank.card.settlement..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "io.corebank.platform..")
        .allowEmptyShould(true).check(classes);
  }

  @Test
  void onlyTheLedgerWritesJournalsEntriesBalancesAndHolds() throws IOException {
    Pattern moneyWrite = Pattern.compile("(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(JOURNAL|LEDGER_ENTRY|ACCOUNT_BALANCE|ACCOUNT_HOLD)\\b",
        Pattern.CASE_INSENSITIVE);
    // the benchmark's plain-JDBC baseline is, by its purpose, the one writer that is not the ledger
    Set<String> allowed = Set.of("io/corebank/bench/LedgerBench.java");
    Path root = Path.of("src/main/java");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(root)) {
      offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !root.relativize(p).toString().startsWith("io/corebank/ledger/"))
          .filter(p -> !allowed.contains(root.relativize(p).toString()))
          .filter(p -> {
            try {
              return moneyWrite.matcher(Files.readString(p)).find();
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          }).map(Path::toString).toList();
    }
    assertThat(offenders).as("files outside io.corebank.ledger writing money tables").isEmpty();
    // the rule has teeth: the ledger's own store does match the pattern
    assertThat(moneyWrite.matcher(Files.readString(root.resolve("io/corebank/ledger/LedgerStore.java"))).find()).isTrue();
  }
}
