package io.corebank.nacha;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facade: validates a whole NACHA file as a receiving bank would before posting anything. */
public final class NachaValidator {

  private NachaValidator() {
  }

  public static ValidationReport validate(Path file, ValidationOptions options) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in, options);
    }
  }

  /** Reads {@code in} to its end (without closing it) and reports every violation. */
  public static ValidationReport validate(InputStream in, ValidationOptions options) throws IOException {
    AchFileReader reader = new AchFileReader(in, options);
    AchFileValidator validator = new AchFileValidator(options);
    AchRecord record;
    while ((record = reader.next()) != null) {
      validator.accept(record);
    }
    return validator.finish();
  }
}
