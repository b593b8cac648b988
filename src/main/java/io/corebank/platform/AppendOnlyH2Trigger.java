package io.corebank.platform;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Installed by the H2 migration on JOURNAL, LEDGER_ENTRY and AUDIT_LOG: refuses every UPDATE and DELETE
 * inside the database engine, as the PL/pgSQL and Db2 triggers do on the other databases.
 */
public final class AppendOnlyH2Trigger implements Trigger {
  private String table = "?";

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    String operation = newRow == null ? "DELETE" : "UPDATE";
    throw new SQLException("table " + table + " is append-only: " + operation + " refused", "42501");
  }
}
