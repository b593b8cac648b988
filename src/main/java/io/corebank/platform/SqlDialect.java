package io.corebank.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The few SQL phrases that differ between the databases we run on. Everything else is written once in
 * portable SQL; when a statement needs a vendor variant, the variant lives here and nowhere else.
 */
public enum SqlDialect {
  H2 {
    @Override public String nextValue(String sequence) { return "SELECT NEXT VALUE FOR " + sequence; }
    @Override public String lockRows() { return " FOR UPDATE"; }
  },
  POSTGRESQL {
    @Override public String nextValue(String sequence) { return "SELECT nextval('" + sequence.toLowerCase(Locale.ROOT) + "')"; }
    @Override public String lockRows() { return " FOR UPDATE"; }
    @Override public String lockRowsOfOneTable(String alias) { return " FOR UPDATE OF " + alias; }
  },
  DB2 {
    @Override public String nextValue(String sequence) { return "VALUES NEXT VALUE FOR " + sequence; }
    // Db2 refuses FOR UPDATE together with ORDER BY; read stability with kept update locks holds them to commit
    @Override public String lockRows() { return " WITH RS USE AND KEEP UPDATE LOCKS"; }
  };

  /** A query returning one row, one column: the next value of {@code sequence}. */
  public abstract String nextValue(String sequence);

  /** The clause appended to a single-table SELECT (ORDER BY allowed) that locks its rows until commit. */
  public abstract String lockRows();

  /**
   * The clause that, appended to a join, locks only the rows of table {@code alias}; null where the
   * database cannot (H2 and Db2 would lock the rows of every joined table, product rows included, which
   * serializes every posting on a handful of rows).
   */
  public String lockRowsOfOneTable(String alias) {
    return null;
  }

  public static SqlDialect of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return fromProductName(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database product name", e);
    }
  }

  static SqlDialect fromProductName(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) return H2;
    if (name.contains("postgres")) return POSTGRESQL;
    if (name.contains("db2")) return DB2;
    throw new IllegalStateException("unsupported database: " + productName + " (supported: H2, PostgreSQL, Db2)");
  }
}
