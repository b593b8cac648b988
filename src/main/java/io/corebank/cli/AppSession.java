package io.corebank.cli;

import io.corebank.CorebankApplication;
import io.corebank.platform.DatabaseOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    return open(options, extraProperties, new String[0]);
  }

  /** With Spring profiles added to those the configuration activates (for example {@code serve}). */
  static AppSession open(GlobalOptions options, Map<String, Object> extraProperties, String... profiles) {
    DatabaseOption database = DatabaseOption.parse(options.db, options.varDir);
    try {
      Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
      properties.putAll(extraProperties);
      ConfigurableApplicationContext context = new SpringApplicationBuilder(CorebankApplication.class)
          .properties(properties)
          .profiles(profiles)
          .logStartupInfo(false)
          .run(springArgs(options).toArray(String[]::new));
      return new AppSession(database, context);
    } catch (RuntimeException e) {
      database.stop();
      throw e;
    }
  }

  /**
   * The Spring arguments, with {@code --var-dir} as {@code corebank.var-dir} so that every state directory
   * (the ACH directories, ...) moves with the embedded database; an explicit {@code --corebank.var-dir=} wins.
   */
  static List<String> springArgs(GlobalOptions options) {
    List<String> args = new ArrayList<>(options.springArgs);
    boolean explicit = args.stream().anyMatch(a -> a.startsWith("--corebank.var-dir="));
    if (!explicit && !options.varDir.equals(Path.of("var"))) args.add("--corebank.var-dir=" + options.varDir);
    return args;
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** The database's JDBC URL as this session uses it (credentials included): for a second process on the same database. */
  String jdbcUrl() {
    return context.getEnvironment().getProperty("spring.datasource.url");
  }

  String databaseDescription() {
    return context.getEnvironment().getProperty("spring.datasource.url", "?").replaceAll("password=[^&;]*", "password=***");
  }

  /**
   * For a JVM shutdown hook: waits until Spring Boot's shutdown hook has closed the context (at most
   * {@code timeout}), then stops the database.
   */
  void awaitContextClosedThenStopDatabase(java.time.Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (context.isActive() && System.nanoTime() < deadline) Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      database.stop();
    }
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
