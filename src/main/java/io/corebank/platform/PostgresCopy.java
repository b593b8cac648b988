package io.corebank.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's COPY ... FROM STDIN in text format: the fastest way to append thousands of rows (about
 * twice the rate of a multi-row INSERT here). Rows are built with {@link Rows} so that every value is
 * escaped the way COPY expects.
 */
public final class PostgresCopy {
  private PostgresCopy() {}

  /** Streams {@code rows} into {@code table (columns)} on the given (transaction-bound) connection; returns rows copied. */
  public static long copyIn(Connection connection, String table, String columns, Rows rows) throws SQLException {
    try {
      return connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.text.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("COPY into " + table + " failed", e);
    }
  }

  /** Appends {@code rows} (one value per column, in order) with COPY on the transaction-bound connection of {@code jdbc}. */
  public static long copyRows(org.springframework.jdbc.core.JdbcTemplate jdbc, String table, String columns,
      java.util.List<Object[]> rows) {
    if (rows.isEmpty()) return 0;
    Rows copy = new Rows(rows.size());
    for (Object[] row : rows) {
      for (Object value : row) copy.add(value);
      copy.endRow();
    }
    Long copied = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) c -> copyIn(c, table, columns, copy));
    return copied == null ? 0 : copied;
  }

  /** Text-format COPY rows: tab between values, newline after each row, \N for null. */
  public static final class Rows {
    private final StringBuilder text;
    private boolean rowStarted;

    public Rows(int expectedRows) {
      this.text = new StringBuilder(expectedRows * 96);
    }

    public Rows add(long value) {
      separator();
      text.append(value);
      return this;
    }

    public Rows add(Long value) {
      return value == null ? addNull() : add(value.longValue());
    }

    public Rows add(BigDecimal value) {
      if (value == null) return addNull();
      separator();
      text.append(value.toPlainString());
      return this;
    }

    /** Any value: numbers as their digits (no string made for them), anything else as its text, escaped. */
    public Rows add(Object value) {
      if (value == null) return addNull();
      if (value instanceof Long l) return add(l.longValue());
      if (value instanceof Integer i) return add(i.longValue());
      if (value instanceof BigDecimal d) return add(d);
      separator();
      String s = value.toString();
      int special = firstSpecial(s);
      if (special < 0) {
        text.append(s);
        return this;
      }
      text.append(s, 0, special);
      for (int i = special; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
      return this;
    }

    /** Index of the first character COPY's text format escapes, -1 when there is none (the common case). */
    private static int firstSpecial(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\' || c == '\t' || c == '\n' || c == '\r') return i;
      }
      return -1;
    }

    public Rows addNull() {
      separator();
      text.append("\\N");
      return this;
    }

    public Rows endRow() {
      text.append('\n');
      rowStarted = false;
      return this;
    }

    /** The COPY text built so far. */
    @Override
    public String toString() {
      return text.toString();
    }

    private void separator() {
      if (rowStarted) text.append('\t');
      rowStarted = true;
    }
  }
}
