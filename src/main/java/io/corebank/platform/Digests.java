package io.corebank.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of received files (the duplicate-file rules of ACH and card settlement). */
public final class Digests {
  private Digests() {}

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
