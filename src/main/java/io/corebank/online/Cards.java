package io.corebank.online;

import io.corebank.platform.IdAllocator;
import io.corebank.platform.SqlDialect;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Cards: issued against an account, known by token and last four; the PAN itself is never stored. */
@Service
public class Cards {
  private final JdbcTemplate jdbc;
  private final CardTokens tokens;
  private final IdAllocator cardIds;
  private final Clock clock;

  public Cards(JdbcTemplate jdbc, SqlDialect dialect, CardTokens tokens, Clock clock) {
    this.jdbc = jdbc;
    this.tokens = tokens;
    this.cardIds = new IdAllocator(jdbc, dialect, "CARD_SEQ");
    this.clock = clock;
  }

  /** A card as stored. {@code expiry} is YYMM, the last month it is valid. */
  public record Card(long cardId, String token, String last4, long accountId, String status, String expiry, String homeCountry) {}

  /** Issues a card with this PAN on the account (idempotent: the same PAN returns the card issued first). */
  public Card issue(String pan, long accountId, String expiryYymm, String homeCountry) {
    if (!CardTokens.luhnValid(pan)) throw new IllegalArgumentException("card number ending " + CardTokens.last4(pan) + " fails its check digit");
    if (!expiryYymm.matches("\\d{2}(0[1-9]|1[0-2])")) throw new IllegalArgumentException("expiry must be YYMM, was " + expiryYymm);
    String token = tokens.token(pan);
    Optional<Card> existing = byToken(token);
    if (existing.isPresent()) return existing.get();
    long id = cardIds.next();
    jdbc.update("INSERT INTO CARD (CARD_ID, TOKEN, LAST4, ACCOUNT_ID, STATUS, EXPIRY, HOME_COUNTRY, CREATED_AT) "
        + "VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?)", id, token, CardTokens.last4(pan), accountId, expiryYymm, homeCountry,
        Timestamp.from(clock.instant()));
    return new Card(id, token, CardTokens.last4(pan), accountId, "ACTIVE", expiryYymm, homeCountry);
  }

  public Optional<Card> byPan(String pan) {
    return byToken(tokens.token(pan));
  }

  public Optional<Card> byToken(String token) {
    List<Card> found = jdbc.query("SELECT CARD_ID, TOKEN, LAST4, ACCOUNT_ID, STATUS, EXPIRY, HOME_COUNTRY FROM CARD WHERE TOKEN = ?",
        (rs, i) -> new Card(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
            rs.getString(7)), token);
    return found.stream().findFirst();
  }

  public void changeStatus(long cardId, String status) {
    jdbc.update("UPDATE CARD SET STATUS = ? WHERE CARD_ID = ?", status, cardId);
  }
}
