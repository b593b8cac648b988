package io.corebank.ledger;

import io.corebank.support.Databases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ledger contract on embedded H2 in DB2 mode. */
class LedgerOnH2Test extends LedgerContractTest {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
  }
}
