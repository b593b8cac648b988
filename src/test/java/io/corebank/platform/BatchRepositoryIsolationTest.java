package io.corebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.support.Databases;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Isolation;

/**
 * The job repository creates executions under READ COMMITTED: partitions that start side by side each create a
 * step execution, and under Spring Batch's default SERIALIZABLE PostgreSQL refused one of two such creations
 * (a serialization failure that ended the whole job with "Flow execution ended unexpectedly").
 */
@SpringBootTest
class BatchRepositoryIsolationTest {
  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
  }

  @Autowired ApplicationContext context;

  @Test
  void executionsAreCreatedUnderReadCommitted() throws Exception {
    Class<?> configuration = Class.forName(
        "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration$SpringBootBatchJdbcConfiguration");
    Object bean = context.getBean(configuration);
    Method isolation = configuration.getDeclaredMethod("getIsolationLevelForCreate");
    isolation.setAccessible(true);
    assertThat(isolation.invoke(bean)).isEqualTo(Isolation.READ_COMMITTED);
  }
}
