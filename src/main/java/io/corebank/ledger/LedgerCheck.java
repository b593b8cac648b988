package io.corebank.ledger;

import static io.corebank.platform.Money.format;
import static io.corebank.platform.Money.toCents;

import io.corebank.platform.Findings;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Proves the books from the entries: recomputes every materialized balance, checks that all entries net
 * to zero per currency, that every journal balances and has at least two entries, and that holds agree
 * with the held and pending amounts. Read-only; the work is done by set-based SQL in the database.
 */
@Service
public class LedgerCheck {
  static final int MAX_LISTED = 1000;
  private static final String SIGNED = "CASE WHEN DIRECTION = 'C' THEN AMOUNT ELSE -AMOUNT END";

  private final JdbcTemplate jdbc;

  public LedgerCheck(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public LedgerCheckReport run() {
    Findings difference = new Findings(MAX_LISTED);

    jdbc.query("SELECT b.ACCOUNT_ID, b.CURRENT_BALANCE, b.AVAILABLE_BALANCE, b.HELD_AMOUNT, b.PENDING_AMOUNT, "
        + "COALESCE(e.NET, 0), COALESCE(h.AUTH_HELD, 0), COALESCE(h.FLOAT_HELD, 0) FROM ACCOUNT_BALANCE b "
        + "LEFT JOIN (SELECT ACCOUNT_ID, SUM(" + SIGNED + ") AS NET FROM LEDGER_ENTRY GROUP BY ACCOUNT_ID) e ON e.ACCOUNT_ID = b.ACCOUNT_ID "
        + "LEFT JOIN (SELECT ACCOUNT_ID, SUM(CASE WHEN HOLD_KIND = 'AUTH' THEN REMAINING ELSE 0 END) AS AUTH_HELD, "
        + "SUM(CASE WHEN HOLD_KIND = 'FLOAT' THEN REMAINING ELSE 0 END) AS FLOAT_HELD FROM ACCOUNT_HOLD WHERE STATUS = 'PENDING' "
        + "GROUP BY ACCOUNT_ID) h ON h.ACCOUNT_ID = b.ACCOUNT_ID "
        + "WHERE b.CURRENT_BALANCE <> COALESCE(e.NET, 0) OR b.HELD_AMOUNT <> COALESCE(h.AUTH_HELD, 0) "
        + "OR b.PENDING_AMOUNT <> COALESCE(h.FLOAT_HELD, 0) "
        + "OR b.AVAILABLE_BALANCE <> COALESCE(e.NET, 0) - COALESCE(h.AUTH_HELD, 0) - COALESCE(h.FLOAT_HELD, 0) "
        + "ORDER BY b.ACCOUNT_ID", rs -> {
          long current = toCents(rs.getBigDecimal(2)), available = toCents(rs.getBigDecimal(3));
          long held = toCents(rs.getBigDecimal(4)), pending = toCents(rs.getBigDecimal(5));
          long net = toCents(rs.getBigDecimal(6)), auth = toCents(rs.getBigDecimal(7)), flt = toCents(rs.getBigDecimal(8));
          difference.accept("account " + rs.getLong(1) + ": stored current " + format(current) + " available " + format(available)
              + " held " + format(held) + " pending " + format(pending) + "; from entries and holds: current " + format(net)
              + " available " + format(net - auth - flt) + " held " + format(auth) + " pending " + format(flt));
        });

    jdbc.query("SELECT DISTINCT e.ACCOUNT_ID FROM LEDGER_ENTRY e LEFT JOIN ACCOUNT_BALANCE b ON b.ACCOUNT_ID = e.ACCOUNT_ID "
        + "WHERE b.ACCOUNT_ID IS NULL", rs -> {
          difference.accept("account " + rs.getLong(1) + " has entries but no balance row");
        });
    jdbc.query("SELECT e.ENTRY_ID, e.JOURNAL_ID FROM LEDGER_ENTRY e LEFT JOIN JOURNAL j ON j.JOURNAL_ID = e.JOURNAL_ID "
        + "WHERE j.JOURNAL_ID IS NULL", rs -> {
          difference.accept("entry " + rs.getLong(1) + " belongs to journal " + rs.getLong(2) + ", which does not exist");
        });
    jdbc.query("SELECT j.JOURNAL_ID, j.TXN_CODE FROM JOURNAL j LEFT JOIN TXN_CODE t ON t.TXN_CODE = j.TXN_CODE "
        + "WHERE t.TXN_CODE IS NULL", rs -> {
          difference.accept("journal " + rs.getLong(1) + " has transaction code '" + rs.getString(2) + "', which is not in TXN_CODE");
        });
    jdbc.query("SELECT e.ENTRY_ID, e.ACCOUNT_ID, e.CURRENCY, b.CURRENCY FROM LEDGER_ENTRY e JOIN ACCOUNT_BALANCE b "
        + "ON b.ACCOUNT_ID = e.ACCOUNT_ID WHERE e.CURRENCY <> b.CURRENCY", rs -> {
          difference.accept("entry " + rs.getLong(1) + " is in " + rs.getString(3) + " but account " + rs.getLong(2) + " is in " + rs.getString(4));
        });
    jdbc.query("SELECT JOURNAL_ID, CURRENCY, SUM(" + SIGNED + ") FROM LEDGER_ENTRY GROUP BY JOURNAL_ID, CURRENCY "
        + "HAVING SUM(" + SIGNED + ") <> 0 ORDER BY JOURNAL_ID", rs -> {
          difference.accept("journal " + rs.getLong(1) + " does not balance in " + rs.getString(2) + ": credits minus debits "
              + format(toCents(rs.getBigDecimal(3))));
        });
    jdbc.query("SELECT j.JOURNAL_ID, COUNT(e.ENTRY_ID) FROM JOURNAL j LEFT JOIN LEDGER_ENTRY e ON e.JOURNAL_ID = j.JOURNAL_ID "
        + "GROUP BY j.JOURNAL_ID HAVING COUNT(e.ENTRY_ID) < 2 ORDER BY j.JOURNAL_ID", rs -> {
          difference.accept("journal " + rs.getLong(1) + " has " + rs.getLong(2) + " entries, at least 2 expected");
        });
    jdbc.query("SELECT h.HOLD_ID, h.ACCOUNT_ID FROM ACCOUNT_HOLD h LEFT JOIN ACCOUNT_BALANCE b ON b.ACCOUNT_ID = h.ACCOUNT_ID "
        + "WHERE b.ACCOUNT_ID IS NULL", rs -> {
          difference.accept("hold " + rs.getLong(1) + " is on account " + rs.getLong(2) + ", which has no balance row");
        });
    jdbc.query("SELECT HOLD_ID, STATUS, REMAINING FROM ACCOUNT_HOLD WHERE STATUS <> 'PENDING' AND REMAINING <> 0", rs -> {
      difference.accept("hold " + rs.getLong(1) + " is " + rs.getString(2) + " but still reserves " + format(toCents(rs.getBigDecimal(3))));
    });

    Map<String, Long> entriesNet = new TreeMap<>();
    jdbc.query("SELECT CURRENCY, SUM(" + SIGNED + ") FROM LEDGER_ENTRY GROUP BY CURRENCY", rs -> {
      entriesNet.put(rs.getString(1), toCents(rs.getBigDecimal(2)));
    });
    entriesNet.forEach((currency, net) -> {
      if (net != 0) difference.accept("entries in " + currency + " net to " + format(net) + ", not zero");
    });
    Map<String, Long> balancesNet = new TreeMap<>();
    jdbc.query("SELECT CURRENCY, SUM(CURRENT_BALANCE) FROM ACCOUNT_BALANCE GROUP BY CURRENCY", rs -> {
      balancesNet.put(rs.getString(1), toCents(rs.getBigDecimal(2)));
    });
    balancesNet.forEach((currency, net) -> {
      if (net != 0) difference.accept("current balances in " + currency + " sum to " + format(net) + ", not zero");
    });

    return new LedgerCheckReport(count("ACCOUNT_BALANCE"), count("JOURNAL"), count("LEDGER_ENTRY"), count("ACCOUNT_HOLD"),
        entriesNet, balancesNet, difference.count(), difference.listed());
  }

  private long count(String table) {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    return n == null ? 0 : n;
  }
}
