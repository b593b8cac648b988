package io.corebank.ach;

import io.corebank.support.Databases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class AchInboundOnPostgresTest extends AchInboundContractTest {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.postgres(registry, "ach");
    String varDir = System.getProperty("java.io.tmpdir") + "/ach-pg-" + System.nanoTime();
    registry.add("corebank.var-dir", () -> varDir);
  }
}
