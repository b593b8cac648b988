package io.corebank.platform;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * "WHERE column is one of these values" for sets of any size: one statement binding an array
 * ({@code = ANY (?)}) on PostgreSQL for large sets, otherwise IN lists of at most {@link #MAX_IN_LIST}
 * values, padded to a power of two so that the database sees a handful of distinct statements.
 */
public final class SqlMembership {
  public static final int MAX_IN_LIST = 512;
  /** Below this many values an IN list is as quick as an array on PostgreSQL. */
  public static final int ARRAY_MIN_ROWS = 64;

  private final JdbcTemplate jdbc;
  private final boolean arrays;

  public SqlMembership(JdbcTemplate jdbc, SqlDialect dialect) {
    this.jdbc = jdbc;
    this.arrays = dialect == SqlDialect.POSTGRESQL;
  }

  /**
   * Runs {@code selectWhereColumn + <membership> + tail} over all {@code values} in their iteration order.
   *
   * @param leading parameters bound before the membership (placeholders in {@code selectWhereColumn})
   */
  public <T> void query(String selectWhereColumn, Collection<T> values, String sqlArrayType, String tail,
      RowCallbackHandler rows, Object... leading) {
    if (values.isEmpty()) return;
    if (arrays && values.size() >= ARRAY_MIN_ROWS) {
      jdbc.query(selectWhereColumn + " = ANY (?)" + tail, ps -> {
        int p = bindLeading(ps, leading);
        ps.setArray(p, ps.getConnection().createArrayOf(sqlArrayType, values.toArray()));
      }, rows);
      return;
    }
    for (List<T> chunk : chunks(values)) {
      jdbc.query(selectWhereColumn + " IN (" + placeholders(chunk.size()) + ")" + tail, ps -> {
        int p = bindLeading(ps, leading);
        bindPadded(ps, p, chunk);
      }, rows);
    }
  }

  private static int bindLeading(PreparedStatement ps, Object[] leading) throws SQLException {
    for (int i = 0; i < leading.length; i++) ps.setObject(i + 1, leading[i]);
    return leading.length + 1;
  }

  private static <T> List<List<T>> chunks(Collection<T> values) {
    List<List<T>> chunks = new ArrayList<>();
    List<T> current = new ArrayList<>(Math.min(values.size(), MAX_IN_LIST));
    for (T value : values) {
      current.add(value);
      if (current.size() == MAX_IN_LIST) {
        chunks.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) chunks.add(current);
    return chunks;
  }

  private static String placeholders(int n) {
    int padded = paddedSize(n);
    StringBuilder s = new StringBuilder(padded * 3);
    for (int i = 0; i < padded; i++) s.append(i == 0 ? "?" : ", ?");
    return s.toString();
  }

  /** Binds the values, repeating the last one into the padding (duplicates in an IN list are harmless). */
  private static void bindPadded(PreparedStatement ps, int first, List<?> values) throws SQLException {
    int padded = paddedSize(values.size());
    for (int i = 0; i < padded; i++) ps.setObject(first + i, values.get(Math.min(i, values.size() - 1)));
  }

  private static int paddedSize(int n) {
    if (n <= 1) return 1;
    return Math.min(MAX_IN_LIST, Integer.highestOneBit(n - 1) << 1);
  }
}
