package io.corebank.platform;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands out identifiers from a database sequence that steps by {@link #BLOCK_SIZE}: one round trip
 * reserves a whole block, so posting ten thousand journals costs ten sequence calls, not ten thousand.
 * Identifiers are unique across processes and increase within this process; gaps are normal.
 */
public final class IdAllocator {
  /** Must equal the sequences' INCREMENT BY in the migrations. */
  public static final int BLOCK_SIZE = 1000;

  private final JdbcTemplate jdbc;
  private final String nextValueSql;
  private long next;
  private long blockEnd; // exclusive

  public IdAllocator(JdbcTemplate jdbc, SqlDialect dialect, String sequence) {
    this.jdbc = jdbc;
    this.nextValueSql = dialect.nextValue(sequence);
  }

  public synchronized long next() {
    if (next == blockEnd) {
      Long start = jdbc.queryForObject(nextValueSql, Long.class);
      if (start == null || start <= 0) throw new IllegalStateException("sequence returned " + start);
      next = start;
      blockEnd = start + BLOCK_SIZE;
    }
    return next++;
  }

  /** {@code count} identifiers, ascending. */
  public synchronized long[] next(int count) {
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) ids[i] = next();
    return ids;
  }
}
