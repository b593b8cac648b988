package io.corebank.nacha;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Reference files on the test classpath (copied from the moov-io/ach corpus) and violation assertions. */
final class TestFiles {

  private TestFiles() {
  }

  static InputStream open(String relativePath) {
    InputStream in = TestFiles.class.getResourceAsStream("/ach/" + relativePath);
    if (in == null) {
      throw new IllegalArgumentException("no test resource ach/" + relativePath);
    }
    return in;
  }

  static byte[] bytes(String relativePath) {
    try (InputStream in = open(relativePath)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Line {@code number} (1-based) of a reference file, without its line break. */
  static String line(String relativePath, int number) {
    String text = new String(bytes(relativePath), StandardCharsets.ISO_8859_1);
    return text.split("\r?\n")[number - 1];
  }

  /** Replaces positions {@code start}.. (1-based) of a 94-character line with {@code value}. */
  static String with(String line, int start, String value) {
    return line.substring(0, start - 1) + value + line.substring(start - 1 + value.length());
  }

  static Violation assertViolation(List<Violation> violations, Rule rule, String field) {
    for (Violation violation : violations) {
      if (violation.rule() == rule && violation.field().equals(field)) {
        return violation;
      }
    }
    return fail("expected " + rule + " on " + field + " in " + violations);
  }

  static void assertClean(List<Violation> violations) {
    assertTrue(violations.isEmpty(), () -> "expected no violations: " + violations);
  }
}
