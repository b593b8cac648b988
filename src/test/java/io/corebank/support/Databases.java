package io.corebank.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Datasource properties for the two databases every ledger test runs on. */
public final class Databases {
  private static final AtomicInteger h2Databases = new AtomicInteger();

  private Databases() {}

  public static void h2(DynamicPropertyRegistry registry) {
    String url = "jdbc:h2:mem:corebank" + h2Databases.incrementAndGet() + ";MODE=DB2;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "sa");
    registry.add("spring.datasource.password", () -> "");
  }

  public static void postgres(DynamicPropertyRegistry registry, String name) {
    String url = TestPostgres.newDatabaseUrl(name);
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }
}
