package io.corebank.carddemo;

import io.corebank.support.Databases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class CardDemoNightlyOnPostgresTest extends CardDemoNightlyContractTest {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.postgres(registry, "carddemo");
  }
}
