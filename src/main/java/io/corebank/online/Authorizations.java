package io.corebank.online;

import io.corebank.ledger.Hold;
import io.corebank.ledger.HoldKind;
import io.corebank.ledger.HoldReceipt;
import io.corebank.ledger.HoldRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingRejectedException;
import io.corebank.ledger.RejectionReason;
import io.corebank.platform.Digests;
import io.corebank.platform.Money;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Card authorizations: the card by its token, its status and expiry, the account's status, the inline fraud
 * rules (amount ceiling per MCC, velocity per card per hour and per day, a foreign amount limit, a merchant
 * denylist), then an AUTH hold on the account for the amount (the ledger checks the available balance or
 * credit) expiring after the MCC's hold days. Each request id is answered once and that answer is kept: a
 * replay gets it again. Reversals release the hold.
 */
@Service
public class Authorizations {
  private static final Logger log = LoggerFactory.getLogger(Authorizations.class);
  static final String CARD_NOT_FOUND = "3100";
  static final String INSUFFICIENT_FUNDS = "4100";
  static final String CARD_NOT_ACTIVE = "4200";
  static final String ACCOUNT_CLOSED = "4300";
  static final String FRAUD = "5100";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final LedgerService ledger;
  private final Cards cards;
  private final OnlineSettings settings;
  private final Clock clock;
  private final StandIn standIn;
  private final CardTokens tokens;

  /** Null when group commit is off (corebank.online.group-commit.max-group 1). */
  private final GroupCommit groupCommit;

  public Authorizations(JdbcTemplate jdbc, TransactionTemplate tx, LedgerService ledger, Cards cards, OnlineSettings settings,
      Clock clock, StandIn standIn, CardTokens tokens,
      @org.springframework.beans.factory.annotation.Value("${corebank.online.group-commit.max-group:64}") int maxGroup,
      @org.springframework.beans.factory.annotation.Value("${corebank.online.group-commit.threads:2}") int groupThreads) {
    this.groupCommit = maxGroup > 1 ? new GroupCommit(this::authorizeAll, this::authorizeAlone, maxGroup, groupThreads) : null;
    this.standIn = standIn;
    this.tokens = tokens;
    this.jdbc = jdbc;
    this.tx = tx;
    this.ledger = ledger;
    this.cards = cards;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Answers an authorization. With group commit on (the default), the request joins the group that goes to the
   * database next and the answer comes when that group has committed; the answer is the one it would get alone.
   */
  public AuthorizationReply authorize(AuthorizationRequest r) {
    requireValid(r);
    return groupCommit != null ? groupCommit.authorize(r) : authorizeAlone(r);
  }

  @jakarta.annotation.PreDestroy
  void stopGroupCommit() {
    if (groupCommit != null) groupCommit.close();
  }

  /** One request in a transaction of its own. */
  AuthorizationReply authorizeAlone(AuthorizationRequest r) {
    requireValid(r);
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(status -> authorizeNow(r));
      } catch (DuplicateKeyException e) {
        // the request id was answered before (a replay), or a moment ago by a twin: that answer is the answer
        // the same request id arrived twice at the same moment: the other one's answer is the answer
        Optional<AuthorizationReply> answered = answered(r.requestId());
        if (answered.isPresent()) return answered.get();
        if (attempt >= 3) throw e;
      }
    }
  }

  private AuthorizationReply authorizeNow(AuthorizationRequest r) {
    // no replay look-up first: a repeated request id fails on CARD_AUTHORIZATION's key, its transaction rolls
    // back whole (a hold placed again included) and the stored answer is returned (see authorize)
    Instant now = clock.instant();
    String token = tokens.token(r.pan());
    Optional<CardAndAccount> found = cardAndAccount(token);
    if (found.isEmpty()) return decline(r, null, null, CARD_NOT_FOUND, "no card with this number", now);
    Cards.Card card = found.get().card();
    if (!card.status().equals("ACTIVE")) return decline(r, card, null, CARD_NOT_ACTIVE, "card is " + card.status(), now);
    if (!card.expiry().equals(r.expiryYymm()) || expired(card.expiry(), now)) {
      return decline(r, card, null, CARD_NOT_ACTIVE, "card expiry " + r.expiryYymm() + " (card " + card.expiry() + ")", now);
    }
    String accountStatus = found.get().accountStatus();
    if ("CLOSED".equals(accountStatus)) return decline(r, card, null, ACCOUNT_CLOSED, "account closed", now);
    if (!"ACTIVE".equals(accountStatus)) return decline(r, card, null, CARD_NOT_ACTIVE, "account " + accountStatus, now);
    Optional<String> fraud = fraud(r, card, now);
    if (fraud.isPresent()) return decline(r, card, null, FRAUD, fraud.get(), now);
    HoldReceipt hold;
    try {
      hold = ledger.placeHold(new HoldRequest("auth:" + r.requestId(), card.accountId(), HoldKind.AUTH, r.amountCents(),
          r.currency(), "card authorization " + r.mcc() + " " + clip(r.merchantName(), 40), r.requestId(),
          now.plus(Duration.ofDays(settings.holdDays(r.mcc()))), "online"));
    } catch (PostingRejectedException e) {
      if (e.reason() == RejectionReason.IDEMPOTENCY_CONFLICT) {
        // the hold of this request id exists: the request was answered before, and that answer stands
        Optional<AuthorizationReply> answered = answered(r.requestId());
        if (answered.isPresent()) return answered.get();
      }
      if (e.reason() == RejectionReason.INSUFFICIENT_FUNDS) {
        return decline(r, card, null, INSUFFICIENT_FUNDS, "insufficient available balance", now);
      }
      if (e.reason() == RejectionReason.ACCOUNT_CLOSED) return decline(r, card, null, ACCOUNT_CLOSED, "account closed", now);
      if (e.reason() == RejectionReason.ACCOUNT_FROZEN) return decline(r, card, null, CARD_NOT_ACTIVE, "account frozen", now);
      throw e;
    }
    String authCode = authCode(hold.holdId());
    record(r, card, AuthorizationReply.APPROVED, "0000", authCode, hold.holdId(), false, "PENDING", now);
    standIn.seen(token, card.last4(), hold.availableAfterCents());
    return new AuthorizationReply(r.requestId(), AuthorizationReply.APPROVED, "0000", r.amountCents(), authCode, hold.holdId(),
        hold.availableAfterCents(), card.last4(), false, false);
  }

  /**
   * A group of authorizations answered in one database transaction (group commit, see {@link GroupCommit}):
   * the same rules and answers as {@link #authorize} one at a time, in the group's order, with set-based
   * look-ups (answers given before, cards, velocity) and one ledger call that places every hold, each checked
   * against the balances the ones before it left. A request id repeated in the group gets the first one's
   * answer, as a replay. Velocity counts the group's earlier requests for the same card as approved when they
   * reach the ledger, so a hold refused later in the group can only make it stricter, never looser.
   *
   * @throws RuntimeException when something other than a rule fails; nothing of the group is written
   */
  List<AuthorizationReply> authorizeAll(List<AuthorizationRequest> requests) {
    for (AuthorizationRequest r : requests) requireValid(r);
    return tx.execute(status -> authorizeAllNow(requests));
  }

  private List<AuthorizationReply> authorizeAllNow(List<AuthorizationRequest> requests) {
    Instant now = clock.instant();
    int n = requests.size();
    AuthorizationReply[] replies = new AuthorizationReply[n];
    Map<String, Integer> firstByRequestId = new java.util.HashMap<>();
    Map<String, AuthorizationReply> answeredBefore = answeredAll(requests.stream().map(AuthorizationRequest::requestId).distinct().toList());
    String[] tokenOf = new String[n];
    for (int i = 0; i < n; i++) tokenOf[i] = tokens.token(requests.get(i).pan());
    Map<String, CardAndAccount> cardsByToken = cardsAndAccounts(java.util.Arrays.stream(tokenOf).distinct().toList());
    Map<Long, long[]> velocity = velocityAll(cardsByToken.values().stream().map(c -> c.card().cardId()).distinct().toList(), now);

    record Decision(int index, Cards.Card card, String code, String reason, String why) {}
    List<Decision> declines = new java.util.ArrayList<>();
    List<Integer> toHold = new java.util.ArrayList<>();
    List<HoldRequest> holds = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      AuthorizationRequest r = requests.get(i);
      Integer first = firstByRequestId.putIfAbsent(r.requestId(), i);
      if (first != null) continue; // answered with the first one's answer below
      AuthorizationReply before = answeredBefore.get(r.requestId());
      if (before != null) {
        replies[i] = before;
        continue;
      }
      CardAndAccount found = cardsByToken.get(tokenOf[i]);
      if (found == null) {
        declines.add(new Decision(i, null, CARD_NOT_FOUND, null, "no card with this number"));
        continue;
      }
      Cards.Card card = found.card();
      String refusal = refusal(r, card, found.accountStatus(), now);
      if (refusal != null) {
        declines.add(new Decision(i, card, refusal.substring(0, 4), null, refusal.substring(5)));
        continue;
      }
      Optional<String> fraud = fraudBeforeVelocity(r, card);
      if (fraud.isEmpty()) fraud = velocityRule(velocity.computeIfAbsent(card.cardId(), k -> new long[2]));
      if (fraud.isPresent()) {
        declines.add(new Decision(i, card, FRAUD, null, fraud.get()));
        continue;
      }
      long[] counts = velocity.get(card.cardId());
      counts[0]++;
      counts[1]++;
      toHold.add(i);
      holds.add(holdRequest(r, card, now));
    }
    List<LedgerService.HoldOutcome> placed = ledger.placeHoldsEach(holds);
    List<Object[]> rows = new java.util.ArrayList<>();
    for (int k = 0; k < toHold.size(); k++) {
      int i = toHold.get(k);
      AuthorizationRequest r = requests.get(i);
      Cards.Card card = cardsByToken.get(tokenOf[i]).card();
      LedgerService.HoldOutcome outcome = placed.get(k);
      if (!outcome.placed()) {
        RejectionReason reason = outcome.rejection().reason();
        String code = switch (reason) {
          case INSUFFICIENT_FUNDS -> INSUFFICIENT_FUNDS;
          case ACCOUNT_CLOSED -> ACCOUNT_CLOSED;
          case ACCOUNT_FROZEN -> CARD_NOT_ACTIVE;
          default -> throw new PostingRejectedException(outcome.rejection());
        };
        String why = reason == RejectionReason.INSUFFICIENT_FUNDS ? "insufficient available balance"
            : reason == RejectionReason.ACCOUNT_CLOSED ? "account closed" : "account frozen";
        declines.add(new Decision(i, card, code, null, why));
        continue;
      }
      HoldReceipt hold = outcome.receipt();
      String authCode = authCode(hold.holdId());
      rows.add(recordRow(r, card, AuthorizationReply.APPROVED, "0000", authCode, hold.holdId(), false, "PENDING", now));
      standIn.seen(tokenOf[i], card.last4(), hold.availableAfterCents());
      replies[i] = new AuthorizationReply(r.requestId(), AuthorizationReply.APPROVED, "0000", r.amountCents(), authCode, hold.holdId(),
          hold.availableAfterCents(), card.last4(), false, false);
    }
    for (Decision d : declines) {
      AuthorizationRequest r = requests.get(d.index());
      log.info("authorization {} for card {} declined {}: {}", r.requestId(), CardTokens.mask(r.pan()), d.code(), d.why());
      rows.add(recordRow(r, d.card(), AuthorizationReply.DECLINED, d.code(), null, null, false, "DECLINED", now));
      replies[d.index()] = new AuthorizationReply(r.requestId(), AuthorizationReply.DECLINED, d.code(), 0, null, null, null,
          d.card() == null ? CardTokens.last4(r.pan()) : d.card().last4(), false, false);
    }
    if (!rows.isEmpty()) jdbc.batchUpdate(INSERT_AUTHORIZATION, rows);
    for (int i = 0; i < n; i++) {
      if (replies[i] != null) continue;
      AuthorizationReply first = replies[firstByRequestId.get(requests.get(i).requestId())];
      // as a replay answered one at a time: the stored answer, without the balance of that moment
      replies[i] = new AuthorizationReply(first.requestId(), first.responseCode(), first.reason(), first.approvedCents(), first.authCode(),
          first.holdId(), null, first.last4(), first.standIn(), true);
    }
    return java.util.Arrays.asList(replies);
  }

  /** The card's and account's state as the rules see it: null when the card may authorize, else "CODE why". */
  private static String refusal(AuthorizationRequest r, Cards.Card card, String accountStatus, Instant now) {
    if (!card.status().equals("ACTIVE")) return CARD_NOT_ACTIVE + " card is " + card.status();
    if (!card.expiry().equals(r.expiryYymm()) || expired(card.expiry(), now)) {
      return CARD_NOT_ACTIVE + " card expiry " + r.expiryYymm() + " (card " + card.expiry() + ")";
    }
    if ("CLOSED".equals(accountStatus)) return ACCOUNT_CLOSED + " account closed";
    if (!"ACTIVE".equals(accountStatus)) return CARD_NOT_ACTIVE + " account " + accountStatus;
    return null;
  }

  private HoldRequest holdRequest(AuthorizationRequest r, Cards.Card card, Instant now) {
    return new HoldRequest("auth:" + r.requestId(), card.accountId(), HoldKind.AUTH, r.amountCents(), r.currency(),
        "card authorization " + r.mcc() + " " + clip(r.merchantName(), 40), r.requestId(),
        now.plus(Duration.ofDays(settings.holdDays(r.mcc()))), "online");
  }

  private String inList(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /** The answers already given to these request ids (replays), by request id. */
  private Map<String, AuthorizationReply> answeredAll(List<String> requestIds) {
    Map<String, AuthorizationReply> found = new java.util.HashMap<>();
    jdbc.query("SELECT a.REQUEST_ID, a.RESPONSE_CODE, a.REASON, a.AMOUNT, a.AUTH_CODE, a.HOLD_ID, c.LAST4, a.STAND_IN "
        + "FROM CARD_AUTHORIZATION a LEFT JOIN CARD c ON c.CARD_ID = a.CARD_ID WHERE a.REQUEST_ID IN (" + inList(requestIds.size()) + ")",
        (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
          long hold = rs.getLong(6);
          boolean holdMissing = rs.wasNull();
          boolean approved = AuthorizationReply.APPROVED.equals(rs.getString(2));
          found.put(rs.getString(1), new AuthorizationReply(rs.getString(1), rs.getString(2), rs.getString(3),
              approved ? Money.toCents(rs.getBigDecimal(4)) : 0, rs.getString(5), holdMissing ? null : hold, null, rs.getString(7),
              "Y".equals(rs.getString(8)), true));
        }, requestIds.toArray());
    return found;
  }

  private Map<String, CardAndAccount> cardsAndAccounts(List<String> tokensWanted) {
    Map<String, CardAndAccount> found = new java.util.HashMap<>();
    jdbc.query("SELECT c.CARD_ID, c.TOKEN, c.LAST4, c.ACCOUNT_ID, c.STATUS, c.EXPIRY, c.HOME_COUNTRY, a.STATUS "
        + "FROM CARD c JOIN ACCOUNT a ON a.ACCOUNT_ID = c.ACCOUNT_ID WHERE c.TOKEN IN (" + inList(tokensWanted.size()) + ")",
        (org.springframework.jdbc.core.RowCallbackHandler) rs -> found.put(rs.getString(2), new CardAndAccount(new Cards.Card(
            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7)),
            rs.getString(8))), tokensWanted.toArray());
    return found;
  }

  /** Approvals of each card in the last hour and the last day: {hour, day}. */
  private Map<Long, long[]> velocityAll(List<Long> cardIds, Instant now) {
    Map<Long, long[]> counts = new java.util.HashMap<>();
    if (cardIds.isEmpty()) return counts;
    List<Object> args = new java.util.ArrayList<>();
    args.add(Timestamp.from(now.minus(Duration.ofHours(1))));
    args.addAll(cardIds);
    args.add(Timestamp.from(now.minus(Duration.ofDays(1))));
    jdbc.query("SELECT CARD_ID, COALESCE(SUM(CASE WHEN AUTHORIZED_AT > ? THEN 1 ELSE 0 END), 0), COUNT(*) FROM CARD_AUTHORIZATION "
        + "WHERE CARD_ID IN (" + inList(cardIds.size()) + ") AND AUTHORIZED_AT > ? AND RESPONSE_CODE = '00' GROUP BY CARD_ID",
        (org.springframework.jdbc.core.RowCallbackHandler) rs -> counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}),
        args.toArray());
    return counts;
  }

  private record CardAndAccount(Cards.Card card, String accountStatus) {}

  /** The card and its account's status in one round trip. */
  private Optional<CardAndAccount> cardAndAccount(String token) {
    return jdbc.query("SELECT c.CARD_ID, c.TOKEN, c.LAST4, c.ACCOUNT_ID, c.STATUS, c.EXPIRY, c.HOME_COUNTRY, a.STATUS "
        + "FROM CARD c JOIN ACCOUNT a ON a.ACCOUNT_ID = c.ACCOUNT_ID WHERE c.TOKEN = ?", (rs, i) -> new CardAndAccount(
            new Cards.Card(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7)), rs.getString(8)), token).stream().findFirst();
  }

  /** Releases the hold of an approved authorization; replays and unknown ids are answered, not errors. */
  public ReversalReply reverse(String requestId, String originalRequestId) {
    return tx.execute(status -> {
      List<Map<String, Object>> rows = jdbc.queryForList("SELECT HOLD_ID, STATE, AMOUNT FROM CARD_AUTHORIZATION WHERE REQUEST_ID = ?",
          originalRequestId);
      if (rows.isEmpty()) return new ReversalReply(requestId, AuthorizationReply.DECLINED, CARD_NOT_FOUND, 0);
      Map<String, Object> row = rows.get(0);
      if (row.get("HOLD_ID") == null) return new ReversalReply(requestId, AuthorizationReply.DECLINED, "0000", 0);
      long holdId = ((Number) row.get("HOLD_ID")).longValue();
      Hold before = ledger.hold(holdId);
      Hold released = ledger.releaseHold(holdId, "online", "authorization reversal " + requestId);
      jdbc.update("UPDATE CARD_AUTHORIZATION SET STATE = 'REVERSED' WHERE REQUEST_ID = ? AND STATE = 'PENDING'", originalRequestId);
      long releasedCents = before.status() == io.corebank.ledger.HoldStatus.PENDING ? before.remainingCents() : 0;
      return new ReversalReply(requestId, AuthorizationReply.APPROVED, "0000", released.remainingCents() == 0 ? releasedCents : 0);
    });
  }

  /** The answer to a reversal: what was released. */
  public record ReversalReply(String requestId, String responseCode, String reason, long releasedCents) {}

  Optional<AuthorizationReply> answered(String requestId) {
    List<AuthorizationReply> found = jdbc.query("SELECT a.RESPONSE_CODE, a.REASON, a.AMOUNT, a.AUTH_CODE, a.HOLD_ID, c.LAST4, "
        + "a.STAND_IN FROM CARD_AUTHORIZATION a LEFT JOIN CARD c ON c.CARD_ID = a.CARD_ID WHERE a.REQUEST_ID = ?", (rs, i) -> {
          long hold = rs.getLong(5);
          boolean approved = AuthorizationReply.APPROVED.equals(rs.getString(1));
          return new AuthorizationReply(requestId, rs.getString(1), rs.getString(2), approved ? Money.toCents(rs.getBigDecimal(3)) : 0,
              rs.getString(4), rs.wasNull() ? null : hold, null, rs.getString(6), "Y".equals(rs.getString(7)), true);
        }, requestId);
    return found.stream().findFirst();
  }

  private Optional<String> fraud(AuthorizationRequest r, Cards.Card card, Instant now) {
    Optional<String> rule = fraudBeforeVelocity(r, card);
    if (rule.isPresent()) return rule;
    long[] counts = jdbc.queryForObject("SELECT COALESCE(SUM(CASE WHEN AUTHORIZED_AT > ? THEN 1 ELSE 0 END), 0), COUNT(*) "
            + "FROM CARD_AUTHORIZATION WHERE CARD_ID = ? AND AUTHORIZED_AT > ? AND RESPONSE_CODE = '00'",
        (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, Timestamp.from(now.minus(Duration.ofHours(1))), card.cardId(),
        Timestamp.from(now.minus(Duration.ofDays(1))));
    return velocityRule(counts);
  }

  /** The denylist, the MCC ceiling and the foreign amount limit: the rules that need no history. */
  private Optional<String> fraudBeforeVelocity(AuthorizationRequest r, Cards.Card card) {
    if (settings.deniedMerchant(r.merchantId())) return Optional.of("merchant " + r.merchantId() + " is on the denylist");
    long ceiling = settings.ceilingCents(r.mcc());
    if (r.amountCents() > ceiling) {
      return Optional.of("amount " + Money.format(r.amountCents()) + " above the MCC " + r.mcc() + " ceiling " + Money.format(ceiling));
    }
    if (r.country() != null && !r.country().isBlank() && !r.country().strip().equals(card.homeCountry())
        && r.amountCents() > settings.foreignMaxCents()) {
      return Optional.of("foreign (" + r.country().strip() + ") amount above " + Money.format(settings.foreignMaxCents()));
    }
    return Optional.empty();
  }

  /** Velocity per card, from its approvals in the last hour and the last day ({@code counts} = {hour, day}). */
  private Optional<String> velocityRule(long[] counts) {
    if (counts[0] >= settings.maxPerCardPerHour()) return Optional.of("velocity: " + counts[0] + " approvals in the last hour");
    if (counts[1] >= settings.maxPerCardPerDay()) return Optional.of("velocity: " + counts[1] + " approvals in the last day");
    return Optional.empty();
  }

  private AuthorizationReply decline(AuthorizationRequest r, Cards.Card card, Long holdId, String reason, String why, Instant now) {
    log.info("authorization {} for card {} declined {}: {}", r.requestId(), CardTokens.mask(r.pan()), reason, why);
    record(r, card, AuthorizationReply.DECLINED, reason, null, holdId, false, "DECLINED", now);
    return new AuthorizationReply(r.requestId(), AuthorizationReply.DECLINED, reason, 0, null, null, null,
        card == null ? CardTokens.last4(r.pan()) : card.last4(), false, false);
  }

  static final String INSERT_AUTHORIZATION = "INSERT INTO CARD_AUTHORIZATION (REQUEST_ID, REQUEST_HASH, CARD_ID, ACCOUNT_ID, AMOUNT, "
      + "CURRENCY, MCC, MERCHANT_ID, MERCHANT_NAME, COUNTRY, RESPONSE_CODE, REASON, AUTH_CODE, HOLD_ID, STAND_IN, STATE, AUTHORIZED_AT) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  void record(AuthorizationRequest r, Cards.Card card, String code, String reason, String authCode, Long holdId, boolean standIn,
      String state, Instant now) {
    jdbc.update(INSERT_AUTHORIZATION, recordRow(r, card, code, reason, authCode, holdId, standIn, state, now));
  }

  private static Object[] recordRow(AuthorizationRequest r, Cards.Card card, String code, String reason, String authCode, Long holdId,
      boolean standIn, String state, Instant now) {
    return new Object[] {r.requestId(), hash(r), card == null ? null : card.cardId(), card == null ? null : card.accountId(),
        Money.toDecimal(r.amountCents()), r.currency(), r.mcc(), clip(r.merchantId(), 15), clip(r.merchantName(), 40),
        clip(r.country(), 3), code, reason, authCode, holdId, standIn ? "Y" : "N", state, Timestamp.from(now)};
  }

  static boolean expired(String expiryYymm, Instant now) {
    YearMonth expiry = YearMonth.of(2000 + Integer.parseInt(expiryYymm.substring(0, 2)), Integer.parseInt(expiryYymm.substring(2)));
    return YearMonth.from(now.atZone(ZoneOffset.UTC)).isAfter(expiry);
  }

  /** Six characters from the hold id, base 36: unique while the bank has fewer than two billion holds a cycle. */
  static String authCode(long holdId) {
    String s = Long.toString(holdId % 2_176_782_336L, 36).toUpperCase();
    return "0".repeat(Math.max(0, 6 - s.length())) + s;
  }

  static String hash(AuthorizationRequest r) {
    // no PAN in the hash input either: the card is in the request only as what the network sent
    String canonical = String.join("|", CardTokens.last4(r.pan()), r.expiryYymm(), Long.toString(r.amountCents()), r.currency(),
        r.mcc(), String.valueOf(r.merchantId()), String.valueOf(r.country()));
    return Digests.sha256Hex(canonical);
  }

  private static void requireValid(AuthorizationRequest r) {
    if (r.requestId() == null || r.requestId().isBlank() || r.requestId().length() > 36) {
      throw new IllegalArgumentException("request id: 1 to 36 characters");
    }
    if (r.amountCents() <= 0) throw new IllegalArgumentException("amount: must be positive");
    if (r.expiryYymm() == null || !r.expiryYymm().matches("\\d{2}(0[1-9]|1[0-2])")) {
      throw new IllegalArgumentException("card expiry: YYMM");
    }
    if (r.mcc() == null || !r.mcc().matches("\\d{4}")) throw new IllegalArgumentException("MCC: 4 digits");
  }

  private static String clip(String s, int max) {
    return s == null ? null : s.length() <= max ? s : s.substring(0, max);
  }
}
