package io.corebank.cli;

import io.corebank.CorebankApplication;
import io.corebank.platform.DatabaseOption;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running application for one command: the chosen database (started first when it is embedded) and
 * the Spring context on top of it. Closing stops both, the embedded PostgreSQL server included.
 */
final class AppSession implements AutoCloseable {
  private final DatabaseOption database;
  private final ConfigurableApplicationContext context;

  private AppSession(DatabaseOption database, ConfigurableApplicationContext context) {
    this.database = database;
    this.context = context;
  }

  static AppSession open(GlobalOptions options) {
    return open(options, Map.of());
  }

  static AppSession open(GlobalOptions options, Map<String, Object> extraProperties) {
    DatabaseOption database = DatabaseOption.parse(options.db, options.varDir);
    try {
      Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
      properties.putAll(extraProperties);
      ConfigurableApplicationContext context = new SpringApplicationBuilder(CorebankApplication.class)
          .properties(properties)
          .logStartupInfo(false)
          .run(springArgs(options));
      return new AppSession(database, context);
    } catch (RuntimeException e) {
      database.stop();
      throw e;
    }
  }

  /**
   * The command's Spring arguments, after the --var-dir: everything the application keeps on disk (the
   * ACH directories, ...) lives under the same directory as the embedded databases. An explicit
   * --corebank.var-dir=... given on the command line comes later and wins.
   */
  private static String[] springArgs(GlobalOptions options) {
    java.util.List<String> args = new java.util.ArrayList<>();
    args.add("--corebank.var-dir=" + options.varDir);
    args.addAll(options.springArgs);
    return args.toArray(String[]::new);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  String databaseDescription() {
    return context.getEnvironment().getProperty("spring.datasource.url", "?").replaceAll("password=[^&;]*", "password=***");
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      database.stop();
    }
  }
}
