package io.corebank.online;

import io.corebank.support.Databases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class OnlineOnPostgresTest extends OnlineContractTest {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.postgres(registry, "online");
  }
}
