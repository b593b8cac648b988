package io.corebank.copybook.codec;

import java.util.Objects;

/**
 * How records are encoded and which REDEFINES alternatives are active.
 *
 * @param encoding code page of text and zoned-decimal bytes
 * @param selector picks the active alternative of each REDEFINES set
 */
public record CodecOptions(TextEncoding encoding, RedefinesSelector selector) {

  public CodecOptions {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(selector, "selector");
  }

  /** EBCDIC code page 037, first alternative of every REDEFINES set. */
  public static CodecOptions defaults() {
    return new CodecOptions(TextEncoding.ebcdic037(), RedefinesSelector.firstAlternative());
  }

  public CodecOptions withEncoding(TextEncoding newEncoding) {
    return new CodecOptions(newEncoding, selector);
  }

  public CodecOptions withSelector(RedefinesSelector newSelector) {
    return new CodecOptions(encoding, newSelector);
  }
}
