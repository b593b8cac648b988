package io.corebank.ledger;

import io.corebank.support.Databases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ledger contract on a real PostgreSQL server started by the build (zonky binaries). */
class LedgerOnPostgresTest extends LedgerContractTest {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.postgres(registry, "ledger");
  }
}
