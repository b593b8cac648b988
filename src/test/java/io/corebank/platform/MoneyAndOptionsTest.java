package io.corebank.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MoneyAndOptionsTest {
  @Test
  void moneyRefusesToLoseACent() {
    assertThat(Money.toCents(new BigDecimal("12.30"))).isEqualTo(1230);
    assertThat(Money.toCents(new BigDecimal("-0.05"))).isEqualTo(-5);
    assertThat(Money.format(-5)).isEqualTo("-0.05");
    assertThat(Money.parse(" 1234.5 ")).isEqualTo(123450);
    assertThatThrownBy(() -> Money.parse("1.005")).hasMessageContaining("at most two decimals: '1.005'");
    assertThatThrownBy(() -> Money.toCents(new BigDecimal("1.001"))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void databaseOptionNamesWhatItAccepts() {
    assertThat(DatabaseOption.parse(null, Path.of("var"))).isInstanceOf(DatabaseOption.EmbeddedH2.class);
    assertThat(DatabaseOption.parse("embedded-postgres", Path.of("var"))).isInstanceOf(DatabaseOption.EmbeddedPostgresDb.class);
    assertThat(DatabaseOption.parse("jdbc:postgresql://db:5432/bank", Path.of("var")).datasourceProperties())
        .containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/bank?reWriteBatchedInserts=true");
    assertThat(DatabaseOption.parse("jdbc:db2://db:50000/BANK", Path.of("var")).datasourceProperties())
        .containsEntry("spring.datasource.url", "jdbc:db2://db:50000/BANK");
    assertThatThrownBy(() -> DatabaseOption.parse("mysql", Path.of("var"))).hasMessageContaining("not 'mysql'");
  }

  @Test
  void dialectIsChosenFromTheProductName() {
    assertThat(SqlDialect.fromProductName("H2")).isEqualTo(SqlDialect.H2);
    assertThat(SqlDialect.fromProductName("PostgreSQL")).isEqualTo(SqlDialect.POSTGRESQL);
    assertThat(SqlDialect.fromProductName("DB2/LINUXX8664")).isEqualTo(SqlDialect.DB2);
    assertThat(SqlDialect.DB2.nextValue("JOURNAL_SEQ")).isEqualTo("VALUES NEXT VALUE FOR JOURNAL_SEQ");
    assertThat(SqlDialect.POSTGRESQL.lockRowsOfOneTable("b")).isEqualTo(" FOR UPDATE OF b");
    assertThat(SqlDialect.H2.lockRowsOfOneTable("b")).as("H2 would lock every joined table's rows").isNull();
    assertThatThrownBy(() -> SqlDialect.fromProductName("Oracle")).hasMessageContaining("unsupported database: Oracle");
  }
}
