package io.corebank.online;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.audit.AuditLog;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.AccountBalance;
import io.corebank.ledger.FundsCheck;
import io.corebank.ledger.JournalReceipt;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingRejectedException;
import io.corebank.platform.Digests;
import io.corebank.platform.Money;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teller and channel requests: balance inquiry, transfer between accounts, cash deposit and withdrawal.
 * Each checks the channel's or operator's authority (roles from configuration; a refusal is audited),
 * transfers above the dual-control limit need a second approver with the APPROVE role, and each posts
 * through the ledger in one transaction. A request id is answered once: a replay gets the same answer.
 */
@Service
public class OnlineBanking {
  /** Reply reasons beyond the ledger's. */
  public static final String OK = "0000";
  public static final String NOT_AUTHORIZED = "1001";
  public static final String DUAL_CONTROL = "1002";
  public static final String INVALID = "9000";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final LedgerService ledger;
  private final AccountService accounts;
  private final InternalAccounts internalAccounts;
  private final OnlineSettings settings;
  private final AuditLog audit;
  private final Clock clock;

  public OnlineBanking(JdbcTemplate jdbc, TransactionTemplate tx, LedgerService ledger, AccountService accounts,
      InternalAccounts internalAccounts, OnlineSettings settings, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.ledger = ledger;
    this.accounts = accounts;
    this.internalAccounts = internalAccounts;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who asks: the channel (MOBILE, BRANCH01, ...) and the operator or terminal. */
  public record Requester(String channel, String operator) {}

  /** The answer to a request: response code 00 or 05, a reason, the journal and the balance after. */
  public record Reply(String requestId, String responseCode, String reason, Long journalId, AccountBalance balanceAfter,
      String detail, boolean replayed) {
    public boolean approved() { return "00".equals(responseCode); }
  }

  public Reply inquiry(String requestId, Requester who, String accountNumber) {
    if (!allowed(who, "INQUIRY", requestId)) return refused(requestId, NOT_AUTHORIZED, "INQUIRY not granted to " + who);
    Optional<Account> a = accounts.findByNumber(accountNumber);
    if (a.isEmpty()) return new Reply(requestId, "05", "3100", null, null, "no account " + accountNumber, false);
    return new Reply(requestId, "00", OK, null, ledger.balance(a.get().accountId()), null, false);
  }

  public Reply transfer(String requestId, Requester who, String from, String to, long amountCents, String description,
      String secondApprover) {
    return once(requestId, "XFERREQ", String.join("|", from, to, Long.toString(amountCents)), () -> {
      if (!allowed(who, "TRANSFER", requestId)) return refused(requestId, NOT_AUTHORIZED, "TRANSFER not granted to " + who);
      if (amountCents > settings.dualControlCents()) {
        boolean approved = secondApprover != null && !secondApprover.isBlank() && !secondApprover.equals(who.operator())
            && settings.roles(secondApprover).contains("APPROVE");
        if (!approved) {
          audit.record(who.operator(), "DUAL_CONTROL_REFUSED", "REQUEST", 0, requestId,
              "transfer of " + Money.format(amountCents) + " needs a second approver with APPROVE (given: " + secondApprover + ")");
          return refused(requestId, DUAL_CONTROL, "a transfer above " + Money.format(settings.dualControlCents())
              + " needs a second approver with the APPROVE role");
        }
      }
      Optional<Account> a = accounts.findByNumber(from);
      Optional<Account> b = accounts.findByNumber(to);
      if (a.isEmpty() || b.isEmpty()) return new Reply(requestId, "05", "3100", null, null, "no account " + (a.isEmpty() ? from : to), false);
      return post(requestId, JournalRequest.builder("online:" + requestId).txnCode("XFER").sourceSystem(who.channel())
          .externalRef(requestId).description(clip(description == null || description.isBlank() ? "Transfer" : description))
          .actor(who.operator()).fundsCheck(FundsCheck.ENFORCE)
          .debit(a.get().accountId(), amountCents, "USD").credit(b.get().accountId(), amountCents, "USD").build(), a.get().accountId());
    });
  }

  public Reply deposit(String requestId, Requester who, String account, long amountCents, String description) {
    return cash(requestId, who, account, amountCents, description, true);
  }

  public Reply withdrawal(String requestId, Requester who, String account, long amountCents, String description) {
    return cash(requestId, who, account, amountCents, description, false);
  }

  private Reply cash(String requestId, Requester who, String accountNumber, long amountCents, String description, boolean deposit) {
    String right = deposit ? "DEPOSIT" : "WITHDRAW";
    return once(requestId, deposit ? "DEPOSIT" : "WITHDRAW", accountNumber + "|" + amountCents, () -> {
      if (!allowed(who, right, requestId)) return refused(requestId, NOT_AUTHORIZED, right + " not granted to " + who);
      Optional<Account> a = accounts.findByNumber(accountNumber);
      if (a.isEmpty()) return new Reply(requestId, "05", "3100", null, null, "no account " + accountNumber, false);
      internalAccounts.ensureOpen();
      long vault = internalAccounts.id(InternalAccount.VAULT_CASH);
      JournalRequest.Builder b = JournalRequest.builder("online:" + requestId).txnCode(deposit ? "CASH-DEP" : "CASH-WDL")
          .sourceSystem(who.channel()).externalRef(requestId).actor(who.operator()).fundsCheck(FundsCheck.ENFORCE)
          .description(clip(description == null || description.isBlank() ? (deposit ? "Cash deposit" : "Cash withdrawal") : description));
      if (deposit) b.debit(vault, amountCents, "USD").credit(a.get().accountId(), amountCents, "USD");
      else b.debit(a.get().accountId(), amountCents, "USD").credit(vault, amountCents, "USD");
      return post(requestId, b.build(), a.get().accountId());
    });
  }

  private Reply post(String requestId, JournalRequest journal, long accountId) {
    try {
      JournalReceipt receipt = ledger.post(journal);
      return new Reply(requestId, "00", OK, receipt.journalId(), ledger.balance(accountId), null, false);
    } catch (PostingRejectedException e) {
      String reason = switch (e.reason()) {
        case INSUFFICIENT_FUNDS -> "4100";
        case ACCOUNT_CLOSED -> "4300";
        case ACCOUNT_FROZEN -> "4200";
        case ACCOUNT_NOT_FOUND -> "3100";
        default -> INVALID;
      };
      return new Reply(requestId, "05", reason, null, null, e.getMessage(), false);
    }
  }

  private interface Work {
    Reply run();
  }

  /** Answers a request id once: the reply is stored with the request's hash and returned on replay. */
  private Reply once(String requestId, String type, String payload, Work work) {
    if (requestId == null || requestId.isBlank() || requestId.length() > 36) {
      return new Reply(requestId, "05", INVALID, null, null, "request id: 1 to 36 characters", false);
    }
    String hash = Digests.sha256Hex(type + "|" + payload);
    try {
      return tx.execute(status -> {
        Optional<Reply> prior = replay(requestId, hash);
        if (prior.isPresent()) return prior.get();
        Reply reply = work.run();
        jdbc.update("INSERT INTO ONLINE_REPLY (REQUEST_ID, MESSAGE_TYPE, REQUEST_HASH, RESPONSE_CODE, REASON, JOURNAL_ID, DETAIL, "
                + "REPLIED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", requestId, type, hash, reply.responseCode(), reply.reason(),
            reply.journalId(), reply.detail() == null ? null : clip200(reply.detail()), Timestamp.from(clock.instant()));
        return reply;
      });
    } catch (DuplicateKeyException e) {
      return replay(requestId, hash).orElseThrow(() -> e);
    }
  }

  private Optional<Reply> replay(String requestId, String hash) {
    List<Reply> found = jdbc.query("SELECT RESPONSE_CODE, REASON, JOURNAL_ID, DETAIL, REQUEST_HASH FROM ONLINE_REPLY WHERE REQUEST_ID = ?",
        (rs, i) -> {
          long j = rs.getLong(3);
          Long journal = rs.wasNull() ? null : j;
          if (!rs.getString(5).equals(hash)) {
            return new Reply(requestId, "05", INVALID, null, null, "request id " + requestId + " was used before for another request", true);
          }
          return new Reply(requestId, rs.getString(1), rs.getString(2), journal, null, rs.getString(4), true);
        }, requestId);
    return found.stream().findFirst();
  }

  /** The balances of an account (for replies). */
  public AccountBalance balance(long accountId) {
    return ledger.balance(accountId);
  }

  /** Whether the channel or the operator holds {@code right}; a refusal is audited. */
  public boolean authorized(Requester who, String right, String requestId) {
    return allowed(who, right, requestId);
  }

  private boolean allowed(Requester who, String right, String requestId) {
    boolean ok = settings.roles(who.channel()).contains(right) || settings.roles(who.operator()).contains(right);
    if (!ok) {
      audit.record(who.operator() == null ? "?" : who.operator(), "ROLE_REFUSED", "REQUEST", 0, requestId,
          right + " refused to channel " + who.channel() + " operator " + who.operator());
    }
    return ok;
  }

  private static Reply refused(String requestId, String reason, String detail) {
    return new Reply(requestId, "05", reason, null, null, detail, false);
  }

  private static String clip(String s) {
    return s.length() <= 140 ? s : s.substring(0, 140);
  }

  private static String clip200(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200);
  }

}
