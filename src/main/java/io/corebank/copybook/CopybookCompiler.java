package io.corebank.copybook;

import io.corebank.copybook.parse.LayoutCompiler;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Entry point: turns a fixed-format COBOL copybook into a {@link Layout}. */
public final class CopybookCompiler {

  private CopybookCompiler() {
  }

  /** Compiles a copybook file (read as UTF-8); its file name is used in error messages. */
  public static Layout compile(Path copybook, CompileOptions options) {
    try (Reader reader = Files.newBufferedReader(copybook, StandardCharsets.UTF_8)) {
      return compile(reader, copybook.getFileName().toString(), options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read copybook " + copybook, e);
    }
  }

  /**
   * Compiles copybook text.
   *
   * @param name the copybook name used in messages and as the layout name
   * @throws CopybookException when the copybook is invalid or uses an unsupported feature
   */
  public static Layout compile(Reader copybook, String name, CompileOptions options) {
    return LayoutCompiler.compile(copybook, name, options);
  }
}
