package io.corebank.copybook.parse;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.Layout;

import java.io.Reader;
import java.util.List;

/** The copybook front end: source format, tokens, entries, layout. */
public final class LayoutCompiler {

  private LayoutCompiler() {
  }

  public static Layout compile(Reader copybook, String name, CompileOptions options) {
    SourceText source = SourceText.read(copybook, name, options.lastCodeColumn());
    List<DataEntry> entries = new Parser(source).parseEntries();
    return new LayoutBuilder(name, options.maxExpandedFields()).build(entries);
  }
}
