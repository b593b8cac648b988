package io.corebank.online;

import io.corebank.platform.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stand-in processing: while the database is unavailable, authorizations are answered from a conservative
 * local rule (a card seen approved recently, the amount within the per-transaction cap, the card's stand-in
 * total today within the per-day cap, and within the available balance last seen for it), every decision is
 * appended durably (fsync) to {@code <var-dir>/standin/decisions.log} before it is answered, and the
 * decisions are recorded and their holds placed when the database is back ({@link StandInRecovery}).
 */
@Component
public class StandIn {
  private static final Logger log = LoggerFactory.getLogger(StandIn.class);
  static final int CACHE_LIMIT = 200_000;

  /** What was last seen of a card while the database answered: its token, last four, and available balance. */
  record Seen(String token, String last4, long availableCents, Instant at) {}

  private final OnlineSettings settings;
  private final CardTokens tokens;
  private final Path log_;
  private final Clock clock;
  private final Map<String, Seen> seenByToken = new ConcurrentHashMap<>();
  private final Map<String, Long> standInTodayByToken = new ConcurrentHashMap<>();
  private volatile LocalDate today;

  public StandIn(OnlineSettings settings, CardTokens tokens, @Value("${corebank.var-dir:./var}") Path varDir, Clock clock) {
    this.settings = settings;
    this.tokens = tokens;
    this.log_ = varDir.resolve("standin").resolve("decisions.log");
    this.clock = clock;
  }

  /** Called on every approval the database made: the balance cache stand-in decides from. */
  void seen(String token, String last4, long availableAfterCents) {
    if (seenByToken.size() >= CACHE_LIMIT) seenByToken.clear(); // bounded: a cold cache only makes stand-in stricter
    seenByToken.put(token, new Seen(token, last4, availableAfterCents, clock.instant()));
  }

  /** Decides without the database, records the decision durably, and answers. */
  public synchronized AuthorizationReply decide(AuthorizationRequest r) {
    LocalDate now = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (!now.equals(today)) {
      standInTodayByToken.clear();
      today = now;
    }
    String token = tokens.token(r.pan());
    Seen seen = seenByToken.get(token);
    long todayCents = standInTodayByToken.getOrDefault(token, 0L);
    String reason;
    if (seen == null) reason = Authorizations.CARD_NOT_FOUND;
    else if (r.amountCents() > settings.standInMaxCents()) reason = Authorizations.FRAUD;
    else if (todayCents + r.amountCents() > settings.standInDayMaxCents()) reason = Authorizations.FRAUD;
    else if (r.amountCents() > seen.availableCents() - todayCents) reason = Authorizations.INSUFFICIENT_FUNDS;
    else reason = "0000";
    boolean approved = reason.equals("0000");
    String authCode = approved ? "S" + String.format("%05d", Math.floorMod(r.requestId().hashCode(), 100_000)) : null;
    append(r, token, approved, reason, authCode);
    if (approved) standInTodayByToken.merge(token, r.amountCents(), Long::sum);
    log.warn("STAND-IN {} for card {}: {} {} ({})", r.requestId(), CardTokens.mask(r.pan()), approved ? "approved" : "declined",
        Money.format(r.amountCents()), reason);
    return new AuthorizationReply(r.requestId(), approved ? AuthorizationReply.APPROVED : AuthorizationReply.DECLINED, reason,
        approved ? r.amountCents() : 0, authCode, null, null, CardTokens.last4(r.pan()), true, false);
  }

  /** One decision as recorded (the PAN is not: its token is). */
  public record Decision(String requestId, String token, String last4, String expiry, long amountCents, String currency, String mcc,
      String merchantId, String merchantName, String country, boolean approved, String reason, String authCode, Instant at) {}

  private void append(AuthorizationRequest r, String token, boolean approved, String reason, String authCode) {
    String line = String.join("\t", r.requestId(), token, CardTokens.last4(r.pan()), r.expiryYymm(), Long.toString(r.amountCents()),
        r.currency(), r.mcc(), clean(r.merchantId()), clean(r.merchantName()), clean(r.country()), approved ? "Y" : "N", reason,
        authCode == null ? "" : authCode, clock.instant().toString()) + "\n";
    try {
      Files.createDirectories(log_.getParent());
      try (FileChannel ch = FileChannel.open(log_, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        ch.force(true); // answered only once it is on disk: a stand-in approval is a promise to the network
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the stand-in decision of " + r.requestId(), e);
    }
  }

  /** The decisions recorded and not yet taken over by the database, oldest first (one per request id). */
  synchronized List<Decision> pending() {
    if (!Files.exists(log_)) return List.of();
    try {
      Map<String, Decision> byId = new LinkedHashMap<>();
      for (String line : Files.readAllLines(log_, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        String[] f = line.split("\t", -1);
        if (f.length < 14) continue; // a line cut by a crash before its fsync was never answered
        byId.putIfAbsent(f[0], new Decision(f[0], f[1], f[2], f[3], Long.parseLong(f[4]), f[5], f[6], f[7], f[8], f[9],
            f[10].equals("Y"), f[11], f[12].isEmpty() ? null : f[12], Instant.parse(f[13])));
      }
      return new ArrayList<>(byId.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** After the database took every pending decision over: the log is kept as evidence under a dated name. */
  synchronized void archive() {
    try {
      if (Files.exists(log_)) Files.move(log_, log_.resolveSibling("decisions-" + clock.instant().toEpochMilli() + ".recovered"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean hasPending() {
    return Files.exists(log_);
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
  }
}
