package io.corebank.ledger;

import io.corebank.audit.AuditLog;
import io.corebank.businessdate.BusinessDateService;
import io.corebank.platform.IdAllocator;
import io.corebank.platform.Money;
import io.corebank.platform.SqlDialect;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one write path for money. Journals, ledger entries, balances and holds change only here, and
 * balances always change in the database transaction that writes the entries.
 *
 * <p>Every method joins the caller's transaction when there is one (a batch chunk posts in its own
 * transaction) and otherwise runs in its own, retried a bounded number of times on lock timeouts and
 * serialization failures. Rules are checked before anything is written, so a refusal never leaves a
 * half-applied change, and a refusal inside a caller's transaction does not poison it.
 */
@Service
public class LedgerService {
  static final int MAX_ATTEMPTS = 5;
  static final String REVERSAL_KEY_PREFIX = "reversal:";
  /** How many expired holds one transaction closes. */
  static final int EXPIRY_CHUNK = 500;

  private final LedgerStore store;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final BusinessDateService businessDates;
  private final AuditLog audit;
  private final Clock clock;
  private final IdAllocator journalIds;
  private final IdAllocator entryIds;
  private final IdAllocator holdIds;
  private volatile Set<String> knownTxnCodes = Set.of();

  public LedgerService(JdbcTemplate jdbc, SqlDialect dialect, PlatformTransactionManager transactionManager,
      BusinessDateService businessDates, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.store = new LedgerStore(jdbc, dialect);
    this.tx = new TransactionTemplate(transactionManager);
    this.businessDates = businessDates;
    this.audit = audit;
    this.clock = clock;
    this.journalIds = new IdAllocator(jdbc, dialect, "JOURNAL_SEQ");
    this.entryIds = new IdAllocator(jdbc, dialect, "ENTRY_SEQ");
    this.holdIds = new IdAllocator(jdbc, dialect, "HOLD_SEQ");
  }

  // ------------------------------------------------------------------ journals

  /**
   * Posts one journal, or returns the original receipt when its idempotency key was posted before.
   *
   * @throws PostingRejectedException when a rule refuses it; nothing was written
   */
  public JournalReceipt post(JournalRequest request) {
    PostingOutcome outcome = postOne(request);
    if (!outcome.isPosted()) throw new PostingRejectedException(outcome.rejection());
    return outcome.receipt();
  }

  /**
   * Posts many journals in one transaction and a handful of round trips: the entry point for jobs.
   * Each journal is checked on its own against the balances left by the ones before it; refused ones
   * are reported in their outcome and do not stop the others.
   */
  public List<PostingOutcome> postBatch(List<JournalRequest> requests) {
    if (requests.isEmpty()) return List.of();
    for (int attempt = 1; ; attempt++) {
      try {
        return inTransaction(() -> postAll(requests, true));
      } catch (DuplicateKeyException e) {
        // a concurrent request committed one of our keys after our check; the next check will see it
        if (attempt >= MAX_ATTEMPTS || joinsCallerTransaction()) throw e;
      }
    }
  }

  /** A posting of {@link #postBatchWithHolds} and the hold placed with it (null when none was asked or it did not post). */
  public record PostingWithHold(PostingOutcome posting, HoldReceipt hold) {}

  /**
   * {@link #postBatch} where a journal may carry a hold placed when, and only when, it posts: a credit and
   * the Reg CC float hold that keeps it unavailable, in one pass over the balances (one lock and one update
   * per account instead of two). {@code holds.get(i)} belongs to {@code requests.get(i)}, null for none.
   *
   * @throws PostingRejectedException when a rule refuses a hold of a journal that posted; nothing of the batch is written
   */
  public List<PostingWithHold> postBatchWithHolds(List<JournalRequest> requests, List<HoldRequest> holds) {
    if (requests.size() != holds.size()) {
      throw new IllegalArgumentException(requests.size() + " journals but " + holds.size() + " hold entries");
    }
    if (requests.isEmpty()) return List.of();
    for (HoldRequest h : holds) {
      if (h == null) continue;
      Rejection shape = PostingRules.checkHoldShape(h);
      if (shape != null) throw new PostingRejectedException(shape);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return inTransaction(() -> {
          HoldReceipt[] receipts = new HoldReceipt[requests.size()];
          List<PostingOutcome> outcomes = postAll(requests, true, holds, receipts);
          List<PostingWithHold> result = new ArrayList<>(outcomes.size());
          for (int i = 0; i < outcomes.size(); i++) result.add(new PostingWithHold(outcomes.get(i), receipts[i]));
          return result;
        });
      } catch (DuplicateKeyException e) {
        if (attempt >= MAX_ATTEMPTS || joinsCallerTransaction()) throw e;
      }
    }
  }

  /** Posts a compensating journal with every leg of {@code journalId} on the other side. Idempotent. */
  public JournalReceipt reverse(long journalId, String actor, String reason, FundsCheck fundsCheck) {
    LedgerStore.JournalHeader original = store.findJournal(journalId);
    if (original == null) {
      throw new PostingRejectedException(Rejection.of(RejectionReason.JOURNAL_NOT_FOUND, "no journal with id " + journalId));
    }
    JournalRequest.Builder b = JournalRequest.builder(REVERSAL_KEY_PREFIX + journalId)
        .txnCode(original.txnCode()).sourceSystem(original.sourceSystem()).externalRef(original.externalRef())
        .description(clip("Reversal of journal " + journalId + ": " + reason, PostingRules.MAX_DESCRIPTION_CHARS))
        .actor(actor).fundsCheck(fundsCheck);
    for (Leg leg : store.legsOf(journalId)) {
      b.leg(new Leg(leg.accountId(), leg.direction().opposite(), leg.amountCents(), leg.currency()));
    }
    return post(b.build().withLinks(journalId, null));
  }

  private PostingOutcome postOne(JournalRequest request) {
    if (joinsCallerTransaction()) {
      // inside a caller's transaction a duplicate-key error would abort it (PostgreSQL), so look first
      return postAll(List.of(request), true).get(0);
    }
    try {
      return inTransaction(() -> postAll(List.of(request), false)).get(0);
    } catch (DuplicateKeyException e) {
      // a concurrent request with our key committed first: answer as its replay (or conflict)
      LedgerStore.KeyRecord prior = store.findJournalKeys(List.of(request.idempotencyKey())).get(request.idempotencyKey());
      if (prior == null) throw e;
      return replayOrConflict(request, RequestHash.of(request), prior);
    }
  }

  /**
   * The posting engine. {@code checkKeysFirst} looks up the idempotency keys before posting; without it
   * (a single journal in its own transaction) the unique key on JOURNAL catches a replay, which saves a
   * round trip on the common path.
   */
  private List<PostingOutcome> postAll(List<JournalRequest> requests, boolean checkKeysFirst) {
    return postAll(requests, checkKeysFirst, null, null);
  }

  /**
   * {@code holds} (null: none) are placed with the journals that post, their receipts set in {@code holdReceipts};
   * a replayed journal answers with its hold's replay.
   */
  private List<PostingOutcome> postAll(List<JournalRequest> requests, boolean checkKeysFirst, List<HoldRequest> holds,
      HoldReceipt[] holdReceipts) {
    LocalDate businessDate = businessDates.currentDate();
    Instant now = clock.instant();
    int n = requests.size();
    PostingOutcome[] outcomes = new PostingOutcome[n];
    String[] hashes = new String[n];
    Set<String> keys = new HashSet<>();
    Set<Long> accountIds = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      JournalRequest r = requests.get(i);
      Rejection shape = PostingRules.checkShape(r, this::isKnownTxnCode);
      if (shape != null) {
        outcomes[i] = PostingOutcome.rejected(r, shape);
        continue;
      }
      hashes[i] = RequestHash.of(r);
      keys.add(r.idempotencyKey());
      for (Leg leg : r.legs()) accountIds.add(leg.accountId());
    }
    Map<String, LedgerStore.KeyRecord> priorKeys = checkKeysFirst && !keys.isEmpty() ? store.findJournalKeys(keys) : new HashMap<>();
    String[] holdHashes = null;
    Map<String, LedgerStore.KeyRecord> priorHolds = Map.of();
    if (holds != null) {
      holdHashes = new String[n];
      List<String> holdKeys = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        HoldRequest h = holds.get(i);
        if (h == null || outcomes[i] != null) continue;
        holdHashes[i] = RequestHash.of(h);
        holdKeys.add(h.idempotencyKey());
        accountIds.add(h.accountId());
      }
      priorHolds = holdKeys.isEmpty() ? Map.of() : store.findHoldKeys(holdKeys);
    }
    Map<Long, AccountState> accounts = accountIds.isEmpty() ? Map.of() : store.lock(accountIds);
    List<Long> newHoldIds = new ArrayList<>();
    List<HoldRequest> newHolds = new ArrayList<>();
    List<String> newHoldHashes = new ArrayList<>();

    List<LedgerStore.JournalRow> journals = new ArrayList<>();
    List<LedgerStore.EntryRow> entries = new ArrayList<>();
    List<Integer> refused = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (outcomes[i] != null) continue;
      JournalRequest r = requests.get(i);
      LedgerStore.KeyRecord prior = priorKeys.get(r.idempotencyKey());
      if (prior != null) {
        outcomes[i] = replayOrConflict(r, hashes[i], prior);
        continue;
      }
      Rejection rejection = PostingRules.apply(r, accounts);
      if (rejection != null) {
        outcomes[i] = PostingOutcome.rejected(r, rejection);
        refused.add(i);
        continue;
      }
      long journalId = stage(r, hashes[i], businessDate, now, journals, entries);
      // a later journal of this batch with the same key is a replay of this one
      priorKeys.put(r.idempotencyKey(), new LedgerStore.KeyRecord(journalId, hashes[i], businessDate));
      outcomes[i] = PostingOutcome.posted(r, new JournalReceipt(journalId, businessDate, false));
      HoldRequest hold = holds == null ? null : holds.get(i);
      if (hold != null) {
        // applied after the journal's legs: a float hold keeps the credit just posted unavailable
        AccountState account = accounts.get(hold.accountId());
        Rejection holdRejection = PostingRules.applyHold(hold, account);
        if (holdRejection != null) throw new PostingRejectedException(holdRejection);
        long holdId = holdIds.next();
        newHoldIds.add(holdId);
        newHolds.add(hold);
        newHoldHashes.add(holdHashes[i]);
        holdReceipts[i] = new HoldReceipt(holdId, account.available(), false);
      }
    }
    if (holds != null) {
      // a replayed journal's hold was placed with it: answer with that hold
      for (int i = 0; i < n; i++) {
        HoldRequest hold = holds.get(i);
        if (hold == null || holdReceipts[i] != null || outcomes[i] == null || !outcomes[i].isPosted()) continue;
        LedgerStore.KeyRecord prior = priorHolds.get(hold.idempotencyKey());
        if (prior == null) continue;
        if (!prior.requestHash().equals(holdHashes[i])) {
          throw new PostingRejectedException(Rejection.of(RejectionReason.IDEMPOTENCY_CONFLICT, "idempotency key '"
              + hold.idempotencyKey() + "' was used for hold " + prior.id() + " with a different payload"));
        }
        AccountState account = accounts.get(hold.accountId());
        holdReceipts[i] = new HoldReceipt(prior.id(), account == null ? 0 : account.available(), true);
      }
    }
    assertBalanced(entries, accounts);

    if (!newHolds.isEmpty()) store.insertHolds(newHoldIds, newHolds, newHoldHashes, now);
    store.write(journals, entries, accounts.values(), now);

    if (!checkKeysFirst && !refused.isEmpty()) {
      // a refused request may be the retry of one that posted (and spent the funds): answer as a replay
      Map<String, LedgerStore.KeyRecord> found = store.findJournalKeys(refused.stream().map(i -> requests.get(i).idempotencyKey()).toList());
      for (int i : refused) {
        LedgerStore.KeyRecord prior = found.get(requests.get(i).idempotencyKey());
        if (prior != null) outcomes[i] = replayOrConflict(requests.get(i), hashes[i], prior);
      }
    }
    return Arrays.asList(outcomes);
  }

  /** Gives an accepted journal its ids and stages its row and entries for writing; returns the journal id. */
  private long stage(JournalRequest r, String hash, LocalDate businessDate, Instant now, List<LedgerStore.JournalRow> journals,
      List<LedgerStore.EntryRow> entries) {
    long journalId = journalIds.next();
    journals.add(new LedgerStore.JournalRow(journalId, businessDate, now, r, hash));
    LocalDate effective = r.effectiveDate() != null ? r.effectiveDate() : businessDate;
    for (Leg leg : r.legs()) entries.add(new LedgerStore.EntryRow(entryIds.next(), journalId, leg, effective));
    return journalId;
  }

  /** The invariant of double entry, checked on what is about to be written, before it is written. */
  private static void assertBalanced(List<LedgerStore.EntryRow> entries, Map<Long, AccountState> accounts) {
    long entriesNet = 0;
    for (Map.Entry<String, Long> perCurrency : LedgerStore.sumByCurrency(entries).entrySet()) {
      if (perCurrency.getValue() != 0) {
        throw new IllegalStateException("entries about to be written do not net to zero in " + perCurrency.getKey());
      }
    }
    for (LedgerStore.EntryRow e : entries) entriesNet += e.leg().signedCents();
    long deltasNet = 0;
    for (AccountState a : accounts.values()) deltasNet += a.currentDelta();
    if (entriesNet != deltasNet) {
      throw new IllegalStateException("balance deltas " + deltasNet + " differ from the entries' net " + entriesNet);
    }
  }

  private static PostingOutcome replayOrConflict(JournalRequest r, String hash, LedgerStore.KeyRecord prior) {
    if (prior.requestHash().equals(hash)) {
      return PostingOutcome.posted(r, new JournalReceipt(prior.id(), prior.businessDate(), true));
    }
    return PostingOutcome.rejected(r, Rejection.of(RejectionReason.IDEMPOTENCY_CONFLICT,
        "idempotency key '" + r.idempotencyKey() + "' was used for journal " + prior.id() + " with a different payload"));
  }

  // ------------------------------------------------------------------ holds

  /**
   * Places a hold: an AUTH hold reduces the available balance and obeys the debit rules; a FLOAT hold
   * keeps credited funds unavailable. Replays return the first hold.
   */
  public HoldReceipt placeHold(HoldRequest request) {
    Rejection shape = PostingRules.checkHoldShape(request);
    if (shape != null) throw new PostingRejectedException(shape);
    String hash = RequestHash.of(request);
    if (joinsCallerTransaction()) {
      HoldReceipt replay = holdReplay(request, hash);
      if (replay != null) return replay;
      return placeHoldNow(request, hash);
    }
    try {
      return inTransaction(() -> placeHoldNow(request, hash));
    } catch (DuplicateKeyException e) {
      HoldReceipt replay = holdReplay(request, hash);
      if (replay == null) throw e;
      return replay;
    }
  }

  /**
   * Places many holds in one transaction (the caller's when there is one), each checked on its own
   * against the balances the ones before it left: the entry point for jobs (Reg CC float holds on a
   * file's credits). Replays return the first hold.
   *
   * @throws PostingRejectedException on the first hold a rule refuses; nothing of the batch is written
   */
  public List<HoldReceipt> placeHolds(List<HoldRequest> requests) {
    return placeHolds(requests, true).stream().map(HoldOutcome::receipt).toList();
  }

  /** What {@link #placeHoldsEach} did with one hold: placed (or replayed), or refused by a rule. */
  public record HoldOutcome(HoldReceipt receipt, Rejection rejection) {
    public boolean placed() {
      return receipt != null;
    }
  }

  /**
   * Places many holds in one transaction (the caller's when there is one), each checked on its own against
   * the balances the ones before it left, like {@link #placeHolds}; but a hold a rule refuses is reported in
   * its outcome and the others are still placed: the entry point for a group of card authorizations, where
   * one card's insufficient funds must not decline the others. A malformed hold still throws.
   */
  public List<HoldOutcome> placeHoldsEach(List<HoldRequest> requests) {
    return placeHolds(requests, false);
  }

  /**
   * @param refusalThrows true: the first hold a rule refuses (or an idempotency conflict) throws before anything is
   *                      written; false: it is reported in its outcome and the others are placed
   */
  private List<HoldOutcome> placeHolds(List<HoldRequest> requests, boolean refusalThrows) {
    if (requests.isEmpty()) return List.of();
    List<String> hashes = new ArrayList<>(requests.size());
    Set<Long> accountIds = new TreeSet<>();
    for (HoldRequest r : requests) {
      Rejection shape = PostingRules.checkHoldShape(r);
      if (shape != null) throw new PostingRejectedException(shape);
      hashes.add(RequestHash.of(r));
      accountIds.add(r.accountId());
    }
    return inTransaction(() -> {
      Instant now = clock.instant();
      Map<String, LedgerStore.KeyRecord> prior = store.findHoldKeys(requests.stream().map(HoldRequest::idempotencyKey).toList());
      Map<Long, AccountState> accounts = store.lock(accountIds);
      HoldOutcome[] outcomes = new HoldOutcome[requests.size()];
      List<Long> newIds = new ArrayList<>();
      List<HoldRequest> newHolds = new ArrayList<>();
      List<String> newHashes = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        HoldRequest r = requests.get(i);
        LedgerStore.KeyRecord replay = prior.get(r.idempotencyKey());
        AccountState account = accounts.get(r.accountId());
        Rejection rejection;
        if (replay != null) {
          if (replay.requestHash().equals(hashes.get(i))) {
            outcomes[i] = new HoldOutcome(new HoldReceipt(replay.id(), account == null ? 0 : account.available(), true), null);
            continue;
          }
          rejection = Rejection.of(RejectionReason.IDEMPOTENCY_CONFLICT, "idempotency key '" + r.idempotencyKey()
              + "' was used for hold " + replay.id() + " with a different payload");
        } else {
          // a refused hold changes nothing: applyHold checks before it moves the account's figures
          rejection = PostingRules.applyHold(r, account);
        }
        if (rejection != null) {
          // nothing is written before the loop ends, so a throw here leaves the batch unwritten
          if (refusalThrows) throw new PostingRejectedException(rejection);
          outcomes[i] = new HoldOutcome(null, rejection);
          continue;
        }
        long holdId = holdIds.next();
        newIds.add(holdId);
        newHolds.add(r);
        newHashes.add(hashes.get(i));
        // a later hold of this batch with the same key is a replay of this one
        prior.put(r.idempotencyKey(), new LedgerStore.KeyRecord(holdId, hashes.get(i), null));
        outcomes[i] = new HoldOutcome(new HoldReceipt(holdId, account.available(), false), null);
      }
      if (!newHolds.isEmpty()) store.insertHolds(newIds, newHolds, newHashes, now);
      store.write(List.of(), List.of(), accounts.values(), now);
      return Arrays.asList(outcomes);
    });
  }

  private HoldReceipt placeHoldNow(HoldRequest request, String hash) {
    Instant now = clock.instant();
    AccountState account = store.lock(List.of(request.accountId())).get(request.accountId());
    Rejection rejection = PostingRules.applyHold(request, account);
    if (rejection != null) {
      HoldReceipt replay = holdReplay(request, hash);
      if (replay != null) return replay;
      throw new PostingRejectedException(rejection);
    }
    long holdId = holdIds.next();
    store.insertHold(holdId, request, hash, now);
    store.write(List.of(), List.of(), List.of(account), now);
    return new HoldReceipt(holdId, account.available(), false);
  }

  private HoldReceipt holdReplay(HoldRequest request, String hash) {
    LedgerStore.KeyRecord prior = store.findHoldKey(request.idempotencyKey());
    if (prior == null) return null;
    if (!prior.requestHash().equals(hash)) {
      throw new PostingRejectedException(Rejection.of(RejectionReason.IDEMPOTENCY_CONFLICT,
          "idempotency key '" + request.idempotencyKey() + "' was used for hold " + prior.id() + " with a different payload"));
    }
    AccountBalance balance = store.balance(request.accountId());
    return new HoldReceipt(prior.id(), balance.availableCents(), true);
  }

  /** Releases what a pending hold still reserves. Releasing a released hold is a no-op. */
  public Hold releaseHold(long holdId, String actor, String reason) {
    return inTransaction(() -> {
      LockedHold locked = lockHold(holdId);
      Hold hold = locked.hold();
      if (hold.status() == HoldStatus.RELEASED) return hold;
      requirePending(hold);
      AccountState account = locked.accounts().get(hold.accountId());
      account.adjustHeld(hold.kind(), -hold.remainingCents());
      Instant now = clock.instant();
      store.updateHold(holdId, 0, HoldStatus.RELEASED, now);
      store.write(List.of(), List.of(), List.of(account), now);
      audit.record(actor, "HOLD_RELEASE", "HOLD", holdId, describe(hold), "RELEASED: " + reason);
      return store.findHold(holdId);
    });
  }

  /**
   * Captures (part of) an AUTH hold: posts the journal and releases the reserved funds in one
   * transaction. Replaying the same idempotency key returns the first capture's receipt.
   */
  public JournalReceipt captureHold(CaptureRequest c) {
    return inTransaction(() -> {
      LockedHold locked = lockHold(c.holdId(), c.creditAccountId());
      Hold hold = locked.hold();
      Map<Long, AccountState> accounts = locked.accounts();
      JournalRequest journal = JournalRequest.builder(c.idempotencyKey()).txnCode(c.txnCode())
          .sourceSystem(c.sourceSystem()).externalRef(hold.externalRef()).description(c.description()).actor(c.actor())
          .debit(hold.accountId(), c.amountCents(), hold.currency()).credit(c.creditAccountId(), c.amountCents(), hold.currency())
          .build().withLinks(null, c.holdId());
      Rejection shape = PostingRules.checkShape(journal, this::isKnownTxnCode);
      if (shape != null) throw new PostingRejectedException(shape);
      String hash = RequestHash.of(journal);
      LedgerStore.KeyRecord prior = store.findJournalKeys(List.of(c.idempotencyKey())).get(c.idempotencyKey());
      if (prior != null) {
        PostingOutcome replay = replayOrConflict(journal, hash, prior);
        if (!replay.isPosted()) throw new PostingRejectedException(replay.rejection());
        return replay.receipt();
      }
      requirePending(hold);
      if (hold.kind() != HoldKind.AUTH) {
        throw new PostingRejectedException(Rejection.of(RejectionReason.HOLD_NOT_PENDING, "hold " + hold.holdId() + " is a FLOAT hold; only AUTH holds are captured"));
      }
      if (c.amountCents() > hold.remainingCents()) {
        throw new PostingRejectedException(Rejection.forAccount(RejectionReason.HOLD_AMOUNT_EXCEEDED, hold.accountId(),
            "capture " + Money.format(c.amountCents()) + " exceeds the " + Money.format(hold.remainingCents()) + " the hold reserves"));
      }
      AccountState held = accounts.get(hold.accountId());
      long releasedCents = c.finalCapture() ? hold.remainingCents() : c.amountCents();
      held.adjustHeld(HoldKind.AUTH, -releasedCents);
      Rejection rejection = PostingRules.apply(journal, accounts);
      if (rejection != null) throw new PostingRejectedException(rejection);

      Instant now = clock.instant();
      LocalDate businessDate = businessDates.currentDate();
      List<LedgerStore.JournalRow> journals = new ArrayList<>(1);
      List<LedgerStore.EntryRow> entries = new ArrayList<>(2);
      long journalId = stage(journal, hash, businessDate, now, journals, entries);
      assertBalanced(entries, accounts);
      long remaining = hold.remainingCents() - releasedCents;
      store.updateHold(hold.holdId(), remaining, remaining == 0 ? HoldStatus.CAPTURED : HoldStatus.PENDING, remaining == 0 ? now : null);
      store.write(journals, entries, accounts.values(), now);
      audit.record(c.actor(), "HOLD_CAPTURE", "HOLD", hold.holdId(), describe(hold),
          "captured " + Money.format(c.amountCents()) + " in journal " + journalId + ", remaining " + Money.format(remaining));
      return new JournalReceipt(journalId, businessDate, false);
    });
  }

  /** Expires every pending hold whose expiry is at or before {@code asOf}; returns how many. */
  public int expireHolds(Instant asOf, String actor) {
    Long due = jdbc.queryForObject("SELECT COUNT(*) FROM ACCOUNT_HOLD WHERE STATUS = 'PENDING' AND EXPIRES_AT <= ?", Long.class,
        java.sql.Timestamp.from(asOf));
    // bounded by the holds due now: each round closes up to EXPIRY_CHUNK of them, and a closed hold never reopens
    long rounds = due == null ? 0 : due / EXPIRY_CHUNK + 1;
    int expired = 0;
    for (long round = 0; round < rounds; round++) {
      int closed = inTransaction(() -> expireChunk(asOf, actor));
      if (closed == 0) break;
      expired += closed;
    }
    return expired;
  }

  private int expireChunk(Instant asOf, String actor) {
    List<Hold> due = store.findExpired(asOf, EXPIRY_CHUNK);
    if (due.isEmpty()) return 0;
    Map<Long, AccountState> accounts = store.lock(due.stream().map(Hold::accountId).toList());
    Instant now = clock.instant();
    List<AuditLog.Entry> audited = new ArrayList<>();
    // re-read under the balance locks: a capture or release may have closed some meanwhile
    for (Hold hold : store.findHolds(due.stream().map(Hold::holdId).toList())) {
      if (hold.status() != HoldStatus.PENDING || hold.expiresAt().isAfter(asOf)) continue;
      accounts.get(hold.accountId()).adjustHeld(hold.kind(), -hold.remainingCents());
      store.updateHold(hold.holdId(), 0, HoldStatus.EXPIRED, now);
      audited.add(new AuditLog.Entry(actor, "HOLD_EXPIRE", "HOLD", hold.holdId(), describe(hold), "EXPIRED as of " + asOf));
    }
    store.write(List.of(), List.of(), accounts.values(), now);
    audit.recordAll(audited);
    return audited.size();
  }

  private record LockedHold(Hold hold, Map<Long, AccountState> accounts) {}

  /**
   * Every change to a hold first locks its account's balance row (with any other account the change
   * touches, in the one ascending lock order), then re-reads the hold: the lock serializes hold changes.
   */
  private LockedHold lockHold(long holdId, long... otherAccountIds) {
    Hold hold = store.findHold(holdId);
    if (hold == null) throw new PostingRejectedException(Rejection.of(RejectionReason.HOLD_NOT_FOUND, "no hold with id " + holdId));
    List<Long> accountIds = new ArrayList<>();
    accountIds.add(hold.accountId());
    for (long id : otherAccountIds) accountIds.add(id);
    Map<Long, AccountState> accounts = store.lock(accountIds);
    return new LockedHold(store.findHold(holdId), accounts);
  }

  private static void requirePending(Hold hold) {
    if (hold.status() != HoldStatus.PENDING) {
      throw new PostingRejectedException(Rejection.forAccount(RejectionReason.HOLD_NOT_PENDING, hold.accountId(),
          "hold " + hold.holdId() + " is " + hold.status()));
    }
  }

  private static String describe(Hold h) {
    return h.kind() + " " + h.status() + " amount " + Money.format(h.amountCents()) + " remaining " + Money.format(h.remainingCents())
        + " on account " + h.accountId() + " (" + h.reason() + ")";
  }

  // ------------------------------------------------------------------ accounts and reads

  /** A balance row to create for a newly opened account. */
  public record NewBalance(long accountId, String currency) {}

  /**
   * Creates the zero balance rows of newly opened accounts, in the caller's transaction (account
   * opening): only the ledger writes balance rows.
   */
  public void openBalances(List<NewBalance> balances) {
    store.insertZeroBalances(balances, clock.instant());
  }

  public AccountBalance balance(long accountId) {
    return store.balance(accountId);
  }

  public Hold hold(long holdId) {
    return store.findHold(holdId);
  }

  // ------------------------------------------------------------------ plumbing

  private boolean isKnownTxnCode(String code) {
    if (knownTxnCodes.contains(code)) return true;
    // reference data is read once and again only when an unknown code shows up
    knownTxnCodes = Set.copyOf(jdbc.queryForList("SELECT TXN_CODE FROM TXN_CODE", String.class));
    return knownTxnCodes.contains(code);
  }

  private static boolean joinsCallerTransaction() {
    return TransactionSynchronizationManager.isActualTransactionActive();
  }

  /** Runs in the caller's transaction if any, else in a new one retried on lock and serialization failures. */
  private <T> T inTransaction(Supplier<T> work) {
    if (joinsCallerTransaction()) return work.get();
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(status -> work.get());
      } catch (TransientDataAccessException e) { // lock timeouts, deadlocks, serialization failures
        if (attempt >= MAX_ATTEMPTS) throw e;
        sleepMs(ThreadLocalRandom.current().nextLong(1, 10L << attempt));
      }
    }
  }

  private static void sleepMs(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while backing off a retry", e);
    }
  }

  private static String clip(String s, int maxChars) {
    return s.length() <= maxChars ? s : s.substring(0, maxChars);
  }
}
