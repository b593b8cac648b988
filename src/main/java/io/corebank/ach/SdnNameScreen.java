package io.corebank.ach;

import io.corebank.sanctions.SanctionsMatch;
import io.corebank.sanctions.SanctionsScreen;
import io.corebank.sanctions.ScreeningOptions;
import io.corebank.sanctions.SdnList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * OFAC screening with the SDN list: from {@code corebank.sanctions.sdn-dir} (sdn.csv, alt.csv, add.csv as
 * OFAC publishes them; operations replace them when OFAC updates the list) or, when that is not set, the
 * copy the jar carries. Loaded on first use and kept in memory (an index of about 20,000 names).
 */
@Component
public class SdnNameScreen implements NameScreen {
  private static final Logger log = LoggerFactory.getLogger(SdnNameScreen.class);

  private final String directory;
  private final double threshold;
  private volatile SanctionsScreen screen;

  public SdnNameScreen(@Value("${corebank.sanctions.sdn-dir:}") String directory,
      @Value("${corebank.sanctions.threshold:" + ScreeningOptions.DEFAULT_THRESHOLD + "}") double threshold) {
    this.directory = directory;
    this.threshold = threshold;
  }

  @Override
  public Optional<String> match(String name) {
    return screen().best(name).map(SanctionsMatch::describe);
  }

  private SanctionsScreen screen() {
    SanctionsScreen s = screen;
    if (s == null) {
      synchronized (this) {
        if (screen == null) {
          SdnList list = load();
          log.info("OFAC SDN list loaded: {} entries, {} aliases ({})", list.size(), list.aliasCount(),
              directory.isBlank() ? "the copy in the jar" : directory);
          screen = new SanctionsScreen(list, ScreeningOptions.defaults().withThreshold(threshold));
        }
        s = screen;
      }
    }
    return s;
  }

  private SdnList load() {
    try {
      if (!directory.isBlank()) return SdnList.load(Path.of(directory));
      try (Reader sdn = resource(SdnList.SDN_FILE); Reader alt = resource(SdnList.ALT_FILE); Reader add = resource(SdnList.ADD_FILE)) {
        return SdnList.load(sdn, alt, add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OFAC SDN list" + (directory.isBlank() ? "" : " from " + directory), e);
    }
  }

  private static Reader resource(String file) {
    InputStream in = SdnNameScreen.class.getClassLoader().getResourceAsStream("ofac/" + file);
    if (in == null) {
      throw new IllegalStateException("the OFAC SDN list is not configured: set corebank.sanctions.sdn-dir to a directory "
          + "holding sdn.csv, alt.csv and add.csv");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
