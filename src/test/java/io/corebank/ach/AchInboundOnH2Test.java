package io.corebank.ach;

import io.corebank.support.Databases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class AchInboundOnH2Test extends AchInboundContractTest {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
    String varDir = System.getProperty("java.io.tmpdir") + "/ach-h2-" + System.nanoTime();
    registry.add("corebank.var-dir", () -> varDir);
  }
}
