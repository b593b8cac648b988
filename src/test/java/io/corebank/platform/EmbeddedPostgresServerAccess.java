package io.corebank.platform;

import java.io.IOException;
import java.nio.file.Path;

/** Test access to stopping a server a killed process left behind (for cleanup after crash tests). */
public final class EmbeddedPostgresServerAccess {
  private EmbeddedPostgresServerAccess() {}

  public static void stopLeftover(Path dataDirectory) throws IOException {
    EmbeddedPostgresServer.stopLeftoverServer(dataDirectory);
  }
}
