package io.corebank.gl;

import io.corebank.platform.Money;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The GL built from the sub-ledger: every account's balance rolled up to its GL code. */
@Service
public class TrialBalance {
  private final JdbcTemplate jdbc;

  public TrialBalance(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<GlLine> lines() {
    return jdbc.query("SELECT g.GL_CODE, g.NAME, g.GL_TYPE, COUNT(a.ACCOUNT_ID), COALESCE(SUM(b.CURRENT_BALANCE), 0) "
        + "FROM GL_ACCOUNT g JOIN ACCOUNT a ON a.GL_CODE = g.GL_CODE JOIN ACCOUNT_BALANCE b ON b.ACCOUNT_ID = a.ACCOUNT_ID "
        + "GROUP BY g.GL_CODE, g.NAME, g.GL_TYPE ORDER BY g.GL_CODE", (rs, i) -> {
          String type = rs.getString(3);
          long creditMinusDebit = Money.toCents(rs.getBigDecimal(5));
          boolean debitNormal = type.equals("ASSET") || type.equals("EXPENSE");
          return new GlLine(rs.getString(1), rs.getString(2), type, rs.getLong(4), debitNormal ? -creditMinusDebit : creditMinusDebit);
        });
  }

  /** Customer deposits: the credit balance of the deposit liability GL accounts (2010, 2020, 2030). */
  public long totalDepositsCents() {
    return lines().stream().filter(l -> l.glCode().compareTo("2010") >= 0 && l.glCode().compareTo("2030") <= 0)
        .mapToLong(GlLine::balanceCents).sum();
  }
}
