package io.corebank.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 hashes: of received files (the duplicate-file rules of ACH and card settlement) and of requests'
 * canonical forms (idempotency: the same key with another payload is a conflict).
 */
public final class Digests {
  /**
   * One digest per thread: looking SHA-256 up in the security providers for every request cost more than
   * hashing the request itself on the posting and authorization paths.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  });

  private Digests() {}

  /** SHA-256 of the text's UTF-8 bytes, 64 lower-case hex characters. */
  public static String sha256Hex(String text) {
    MessageDigest digest = SHA_256.get();
    digest.reset();
    return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** SHA-256 of everything {@code in} holds, hex; the stream is read to its end and closed. */
  public static String sha256(InputStream in, String what) {
    try (InputStream stream = in) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = stream.read(buffer)) >= 0; ) digest.update(buffer, 0, n);
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
