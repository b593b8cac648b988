package io.corebank.gl;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Opens the bank's internal accounts when missing and resolves them to account ids. */
@Service
public class InternalAccounts {
  static final String PRODUCT = "INTERNAL";

  private final AccountService accounts;
  private final Map<InternalAccount, Long> ids = new EnumMap<>(InternalAccount.class);

  public InternalAccounts(AccountService accounts) {
    this.accounts = accounts;
  }

  /** Opens every internal account that does not exist yet; safe to call on every start. */
  public synchronized void ensureOpen() {
    List<OpenAccount> missing = new ArrayList<>();
    for (InternalAccount a : InternalAccount.values()) {
      if (accounts.findByNumber(a.accountNumber()).isEmpty()) {
        missing.add(new OpenAccount(a.accountNumber(), null, PRODUCT, a.title(), 0L, a.glCode()));
      }
    }
    if (!missing.isEmpty()) accounts.openAccounts(missing, "system");
  }

  public synchronized long id(InternalAccount account) {
    Long id = ids.get(account);
    if (id == null) {
      Account found = accounts.findByNumber(account.accountNumber()).orElseThrow(() ->
          new IllegalStateException("internal account " + account.accountNumber() + " is not open (run generate or demo first)"));
      id = found.accountId();
      ids.put(account, id);
    }
    return id;
  }
}
