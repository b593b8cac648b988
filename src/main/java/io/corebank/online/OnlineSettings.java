package io.corebank.online;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Configuration of the online processor ({@code corebank.online.*}): the card key, hold expiry per MCC,
 * the inline fraud rules, channel and operator roles, dual control, and the stand-in caps.
 */
@Component
public class OnlineSettings {
  private static final Logger log = LoggerFactory.getLogger(OnlineSettings.class);
  static final String DEVELOPMENT_CARD_KEY = "corebank-development-card-key-change-me";

  private final String cardKey;
  private final int defaultHoldDays;
  private final Map<String, Integer> holdDaysByMcc;
  private final long defaultCeilingCents;
  private final Map<String, Long> ceilingCentsByMcc;
  private final int maxPerCardPerHour;
  private final int maxPerCardPerDay;
  private final long foreignMaxCents;
  private final Set<String> deniedMerchants;
  private final Map<String, Set<String>> rolesById;
  private final long dualControlCents;
  private final long standInMaxCents;
  private final long standInDayMaxCents;

  public OnlineSettings(
      @Value("${corebank.online.card-key:" + DEVELOPMENT_CARD_KEY + "}") String cardKey,
      @Value("${corebank.online.hold-days.default:7}") int defaultHoldDays,
      @Value("${corebank.online.hold-days.by-mcc:7011=30,3000=30,4411=30,5542=2,5812=3}") List<String> holdDaysByMcc,
      @Value("${corebank.online.fraud.ceiling-cents.default:500000}") long defaultCeilingCents,
      @Value("${corebank.online.fraud.ceiling-cents.by-mcc:5411=150000,5812=50000,6011=100000,7995=0}") List<String> ceilings,
      @Value("${corebank.online.fraud.max-per-card-per-hour:10}") int maxPerCardPerHour,
      @Value("${corebank.online.fraud.max-per-card-per-day:40}") int maxPerCardPerDay,
      @Value("${corebank.online.fraud.foreign-max-cents:100000}") long foreignMaxCents,
      @Value("${corebank.online.fraud.denied-merchants:}") List<String> deniedMerchants,
      @Value("${corebank.online.roles:BRANCH01=INQUIRY|DEPOSIT|WITHDRAW|TRANSFER,TELLER01=INQUIRY|DEPOSIT|WITHDRAW|TRANSFER,"
          + "SUPER01=INQUIRY|DEPOSIT|WITHDRAW|TRANSFER|APPROVE,MOBILE=INQUIRY|TRANSFER|ACHPAY,IVR=INQUIRY}") List<String> roles,
      @Value("${corebank.online.dual-control-cents:1000000}") long dualControlCents,
      @Value("${corebank.online.stand-in.max-cents:20000}") long standInMaxCents,
      @Value("${corebank.online.stand-in.day-max-cents:50000}") long standInDayMaxCents) {
    if (cardKey.equals(DEVELOPMENT_CARD_KEY)) {
      log.warn("corebank.online.card-key is the development key: set the bank's own key before any real card is issued");
    }
    this.cardKey = cardKey;
    this.defaultHoldDays = defaultHoldDays;
    this.holdDaysByMcc = new HashMap<>();
    for (String e : holdDaysByMcc) if (!e.isBlank()) this.holdDaysByMcc.put(key(e), Integer.parseInt(value(e)));
    this.defaultCeilingCents = defaultCeilingCents;
    this.ceilingCentsByMcc = new HashMap<>();
    for (String e : ceilings) if (!e.isBlank()) this.ceilingCentsByMcc.put(key(e), Long.parseLong(value(e)));
    this.maxPerCardPerHour = maxPerCardPerHour;
    this.maxPerCardPerDay = maxPerCardPerDay;
    this.foreignMaxCents = foreignMaxCents;
    this.deniedMerchants = new HashSet<>();
    for (String m : deniedMerchants) if (!m.isBlank()) this.deniedMerchants.add(m.strip());
    this.rolesById = new HashMap<>();
    for (String e : roles) if (!e.isBlank()) this.rolesById.put(key(e), Set.of(value(e).split("\\|")));
    this.dualControlCents = dualControlCents;
    this.standInMaxCents = standInMaxCents;
    this.standInDayMaxCents = standInDayMaxCents;
  }

  private static String key(String entry) {
    int eq = entry.indexOf('=');
    if (eq < 0) throw new IllegalArgumentException("expected KEY=VALUE, got '" + entry + "'");
    return entry.substring(0, eq).strip();
  }

  private static String value(String entry) {
    return entry.substring(entry.indexOf('=') + 1).strip();
  }

  String cardKey() { return cardKey; }
  public int holdDays(String mcc) { return holdDaysByMcc.getOrDefault(mcc, defaultHoldDays); }
  public long ceilingCents(String mcc) { return ceilingCentsByMcc.getOrDefault(mcc, defaultCeilingCents); }
  public int maxPerCardPerHour() { return maxPerCardPerHour; }
  public int maxPerCardPerDay() { return maxPerCardPerDay; }
  public long foreignMaxCents() { return foreignMaxCents; }
  public boolean deniedMerchant(String merchantId) { return merchantId != null && deniedMerchants.contains(merchantId.strip()); }
  public Set<String> roles(String channelOrOperator) { return rolesById.getOrDefault(channelOrOperator, Set.of()); }
  public long dualControlCents() { return dualControlCents; }
  public long standInMaxCents() { return standInMaxCents; }
  public long standInDayMaxCents() { return standInDayMaxCents; }
}
