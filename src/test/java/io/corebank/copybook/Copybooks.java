package io.corebank.copybook;

import java.io.StringReader;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Builds small copybooks for tests without counting columns by hand. */
public final class Copybooks {

  private Copybooks() {
  }

  /** Each argument is code starting in column 8 (sequence area and indicator left blank). */
  public static String code(String... lines) {
    return Arrays.stream(lines).map(line -> "       " + line).collect(Collectors.joining("\n", "", "\n"));
  }

  public static Layout compile(String... codeLines) {
    return compileText(code(codeLines));
  }

  /** Compiles text as given, under the name TEST.cpy. */
  public static Layout compileText(String copybookText) {
    return CopybookCompiler.compile(new StringReader(copybookText), "TEST.cpy", CompileOptions.defaults());
  }
}
