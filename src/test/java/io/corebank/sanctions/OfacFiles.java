package io.corebank.sanctions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The OFAC SDN files carried in src/main/resources/ofac (see the NOTICE there), loaded once per test run. */
final class OfacFiles {

  private static SdnList list;

  private OfacFiles() {
  }

  static Path dir() {
    URL url = OfacFiles.class.getResource("/ofac/sdn.csv");
    if (url == null) {
      throw new IllegalStateException("no test resource ofac/sdn.csv");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static synchronized SdnList list() {
    if (list == null) {
      try {
        list = SdnList.load(dir());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return list;
  }
}
