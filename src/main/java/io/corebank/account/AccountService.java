package io.corebank.account;

import io.corebank.audit.AuditLog;
import io.corebank.businessdate.BusinessDateService;
import io.corebank.ledger.AccountStatus;
import io.corebank.ledger.LedgerService;
import io.corebank.platform.IdAllocator;
import io.corebank.platform.Money;
import io.corebank.platform.SqlDialect;
import io.corebank.product.Product;
import io.corebank.product.ProductCatalog;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers and accounts: opening (in batches, for generated banks of 100,000 accounts), lookup, and
 * status changes. An account's zero balance row is created by the ledger in the same transaction.
 */
@Service
public class AccountService {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final LedgerService ledger;
  private final ProductCatalog products;
  private final BusinessDateService businessDates;
  private final AuditLog audit;
  private final Clock clock;
  private final IdAllocator customerIds;
  private final IdAllocator accountIds;

  public AccountService(JdbcTemplate jdbc, SqlDialect dialect, TransactionTemplate tx, LedgerService ledger,
      ProductCatalog products, BusinessDateService businessDates, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.ledger = ledger;
    this.products = products;
    this.businessDates = businessDates;
    this.audit = audit;
    this.clock = clock;
    this.customerIds = new IdAllocator(jdbc, dialect, "CUSTOMER_SEQ");
    this.accountIds = new IdAllocator(jdbc, dialect, "ACCOUNT_SEQ");
  }

  /** Creates customers in one transaction, audited as done by {@code actor}; returns their ids in order. */
  public List<Long> createCustomers(List<NewCustomer> customers, String actor) {
    return tx.execute(status -> {
      List<Long> ids = new ArrayList<>(customers.size());
      List<Object[]> rows = new ArrayList<>(customers.size());
      Timestamp now = Timestamp.from(clock.instant());
      for (NewCustomer c : customers) {
        long id = customerIds.next();
        ids.add(id);
        rows.add(new Object[] {id, c.customerNumber(), c.firstName(), c.lastName(),
            c.dateOfBirth() == null ? null : Date.valueOf(c.dateOfBirth()), c.addressLine(), c.city(), c.stateCode(),
            c.postalCode(), now});
      }
      jdbc.batchUpdate("INSERT INTO CUSTOMER (CUSTOMER_ID, CUSTOMER_NUMBER, FIRST_NAME, LAST_NAME, DATE_OF_BIRTH, ADDRESS_LINE, "
          + "CITY, STATE_CODE, POSTAL_CODE, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
      List<AuditLog.Entry> audited = new ArrayList<>(customers.size());
      for (int i = 0; i < customers.size(); i++) {
        NewCustomer c = customers.get(i);
        audited.add(new AuditLog.Entry(actor, "CUSTOMER_CREATE", "CUSTOMER", ids.get(i), null,
            c.customerNumber() + " " + c.firstName() + " " + c.lastName()));
      }
      audit.recordAll(audited);
      return ids;
    });
  }

  /** Opens accounts in one transaction, each with its zero balance row, audited; returns them in order. */
  public List<Account> openAccounts(List<OpenAccount> requests, String actor) {
    return tx.execute(status -> {
      LocalDate openedOn = businessDates.currentDate();
      List<Account> opened = new ArrayList<>(requests.size());
      List<Object[]> rows = new ArrayList<>(requests.size());
      for (OpenAccount r : requests) {
        Product product = products.get(r.productCode());
        long limitCents = r.limitCents() != null ? r.limitCents() : product.defaultLimitCents();
        if (limitCents < 0) throw new IllegalArgumentException("account " + r.accountNumber() + ": limit must not be negative");
        String glCode = r.glCode() != null ? r.glCode() : product.glCode();
        Account a = new Account(accountIds.next(), r.accountNumber(), r.customerId(), product.productCode(), glCode, r.title(),
            product.currency(), AccountStatus.ACTIVE, limitCents);
        opened.add(a);
        rows.add(new Object[] {a.accountId(), a.accountNumber(), a.customerId(), a.productCode(), a.glCode(), a.title(),
            a.currency(), a.status().name(), Money.toDecimal(limitCents), Date.valueOf(openedOn)});
      }
      jdbc.batchUpdate("INSERT INTO ACCOUNT (ACCOUNT_ID, ACCOUNT_NUMBER, CUSTOMER_ID, PRODUCT_CODE, GL_CODE, TITLE, CURRENCY, STATUS, "
          + "ACCOUNT_LIMIT, OPENED_ON) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
      ledger.openBalances(opened.stream().map(a -> new LedgerService.NewBalance(a.accountId(), a.currency())).toList());
      audit.recordAll(opened.stream().map(a -> new AuditLog.Entry(actor, "ACCOUNT_OPEN", "ACCOUNT", a.accountId(), null,
          a.accountNumber() + " " + a.productCode() + " " + a.currency() + " limit " + Money.format(a.limitCents()) + " " + a.status()))
          .toList());
      return opened;
    });
  }

  public Account open(OpenAccount request, String actor) {
    return openAccounts(List.of(request), actor).get(0);
  }

  public Optional<Account> findByNumber(String accountNumber) {
    return jdbc.query(SELECT_ACCOUNT + " WHERE ACCOUNT_NUMBER = ?", (rs, i) -> account(rs), accountNumber).stream().findFirst();
  }

  public Optional<Account> findById(long accountId) {
    return jdbc.query(SELECT_ACCOUNT + " WHERE ACCOUNT_ID = ?", (rs, i) -> account(rs), accountId).stream().findFirst();
  }

  /** Moves an account to {@code next}, audited. Closing an account with money on it is refused. */
  public Account changeStatus(long accountId, AccountStatus next, String actor, String reason) {
    return tx.execute(status -> {
      Account before = findById(accountId).orElseThrow(() -> new IllegalArgumentException("no account with id " + accountId));
      if (before.status() == AccountStatus.CLOSED) throw new IllegalStateException("account " + before.accountNumber() + " is closed");
      if (next == AccountStatus.CLOSED) {
        var balance = ledger.balance(accountId);
        if (balance.currentCents() != 0 || balance.heldCents() != 0 || balance.pendingCents() != 0) {
          throw new IllegalStateException("account " + before.accountNumber() + " cannot close with balance "
              + Money.format(balance.currentCents()) + " and holds " + Money.format(balance.heldCents() + balance.pendingCents()));
        }
      }
      jdbc.update("UPDATE ACCOUNT SET STATUS = ?, CLOSED_ON = ? WHERE ACCOUNT_ID = ?", next.name(),
          next == AccountStatus.CLOSED ? Date.valueOf(businessDates.currentDate()) : null, accountId);
      audit.record(actor, "ACCOUNT_STATUS", "ACCOUNT", accountId, before.status().name(), next.name() + ": " + reason);
      return findById(accountId).orElseThrow();
    });
  }

  /** Active customer accounts, ordered by id. */
  public List<CustomerAccount> activeCustomerAccounts() {
    return jdbc.query("SELECT a.ACCOUNT_ID, a.CUSTOMER_ID, a.ACCOUNT_NUMBER, p.PRODUCT_KIND FROM ACCOUNT a JOIN PRODUCT p "
        + "ON p.PRODUCT_CODE = a.PRODUCT_CODE WHERE a.CUSTOMER_ID IS NOT NULL AND a.STATUS = 'ACTIVE' ORDER BY a.ACCOUNT_ID",
        (rs, i) -> new CustomerAccount(rs.getLong(1), rs.getLong(2), rs.getString(3), io.corebank.product.ProductKind.valueOf(rs.getString(4))));
  }

  /** Number of accounts per product kind (internal accounts included). */
  public java.util.Map<io.corebank.product.ProductKind, Long> countAccountsByKind() {
    java.util.Map<io.corebank.product.ProductKind, Long> counts = new java.util.EnumMap<>(io.corebank.product.ProductKind.class);
    jdbc.query("SELECT p.PRODUCT_KIND, COUNT(*) FROM ACCOUNT a JOIN PRODUCT p ON p.PRODUCT_CODE = a.PRODUCT_CODE GROUP BY p.PRODUCT_KIND",
        rs -> { counts.put(io.corebank.product.ProductKind.valueOf(rs.getString(1)), rs.getLong(2)); });
    return counts;
  }

  public long countCustomers() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM CUSTOMER", Long.class);
    return n == null ? 0 : n;
  }

  private static final String SELECT_ACCOUNT = "SELECT ACCOUNT_ID, ACCOUNT_NUMBER, CUSTOMER_ID, PRODUCT_CODE, GL_CODE, TITLE, "
      + "CURRENCY, STATUS, ACCOUNT_LIMIT FROM ACCOUNT";

  private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
    long customerId = rs.getLong(3);
    Long customer = rs.wasNull() ? null : customerId;
    return new Account(rs.getLong(1), rs.getString(2), customer, rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getString(7), AccountStatus.valueOf(rs.getString(8)), Money.toCents(rs.getBigDecimal(9)));
  }
}
