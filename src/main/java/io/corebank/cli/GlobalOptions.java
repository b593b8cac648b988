package io.corebank.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Options every command shares: the database, the state directory, and Spring property overrides
 * ({@code --key=value} arguments whose key contains a dot, passed to Spring Boot untouched).
 */
final class GlobalOptions {
  String db = "h2";
  Path varDir = Path.of("var");
  final List<String> springArgs = new ArrayList<>();

  /** Splits Spring overrides from picocli's arguments. */
  static List<String> extractSpringArgs(String[] args, GlobalOptions into) {
    List<String> rest = new ArrayList<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 2 && arg.substring(2, eq).contains(".")) into.springArgs.add(arg);
      else rest.add(arg);
    }
    return rest;
  }
}
