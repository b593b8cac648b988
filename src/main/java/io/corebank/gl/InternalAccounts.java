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
  private final Map<String, Long> shardIds = new java.util.HashMap<>();

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

  /**
   * Shard {@code shard} of a hot internal account: shard 0 is the account itself, shard k &gt; 0 a second
   * account of the same GL code (number {@code GL-2100-S1}, ...), opened the first time it is asked for.
   * Jobs that post in parallel partitions each take their own shard, so they never queue on one balance
   * row (docs/ledger.md, "hot accounts"); the GL and the trial balance sum the shards by GL code.
   */
  public synchronized long shard(InternalAccount account, int shard) {
    if (shard < 0) throw new IllegalArgumentException("shard must be >= 0, not " + shard);
    if (shard == 0) return id(account);
    String number = account.accountNumber() + "-S" + shard;
    Long id = shardIds.get(number);
    if (id != null) return id;
    Account found = accounts.findByNumber(number).orElse(null);
    if (found == null) {
      try {
        found = accounts.openAccounts(List.of(new OpenAccount(number, null, PRODUCT, account.title() + " (shard " + shard + ")",
            0L, account.glCode())), "system").get(0);
      } catch (org.springframework.dao.DataIntegrityViolationException e) {
        // another process opened the same shard a moment ago
        found = accounts.findByNumber(number).orElseThrow(() -> e);
      }
    }
    shardIds.put(number, found.accountId());
    return found.accountId();
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
