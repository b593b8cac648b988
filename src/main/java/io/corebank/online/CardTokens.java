package io.corebank.online;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Card numbers never reach the database or a log: a card is known by its token, the HMAC-SHA256 of the PAN
 * under the bank's card key, and by its last four digits.
 */
@Component
public class CardTokens {
  /** One initialized MAC per thread: getting and keying one per card cost more than the MAC itself. */
  private final ThreadLocal<Mac> macs;

  public CardTokens(OnlineSettings settings) {
    SecretKeySpec key = new SecretKeySpec(settings.cardKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.macs = ThreadLocal.withInitial(() -> {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac;
      } catch (NoSuchAlgorithmException | InvalidKeyException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** The token of a PAN (64 hex characters). */
  public String token(String pan) {
    String digits = pan.strip();
    if (!isCardNumber(digits)) throw new IllegalArgumentException("a card number is 12 to 19 digits");
    Mac mac = macs.get(); // doFinal leaves it reset for the next card
    return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
  }

  private static boolean isCardNumber(String s) {
    if (s.length() < 12 || s.length() > 19) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  /** For logs and screens: the last four digits only. */
  public static String mask(String pan) {
    String p = pan == null ? "" : pan.strip();
    return p.length() < 4 ? "****" : "************" + p.substring(p.length() - 4);
  }

  public static String last4(String pan) {
    String p = pan.strip();
    return p.substring(p.length() - 4);
  }

  /** True when the number's Luhn check digit is right. */
  public static boolean luhnValid(String pan) {
    int sum = 0;
    boolean doubled = false;
    for (int i = pan.length() - 1; i >= 0; i--) {
      int d = pan.charAt(i) - '0';
      if (d < 0 || d > 9) return false;
      if (doubled) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** {@code body} followed by its Luhn check digit. */
  public static String withLuhn(String body) {
    for (int c = 0; c <= 9; c++) if (luhnValid(body + c)) return body + c;
    throw new IllegalStateException("unreachable");
  }
}
