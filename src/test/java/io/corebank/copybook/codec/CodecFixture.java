package io.corebank.copybook.codec;

import io.corebank.copybook.Copybooks;
import io.corebank.copybook.Layout;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Map;

/** One-field records for exact byte-level codec tests. */
final class CodecFixture {
  static final String PATH = "REC.A";

  private CodecFixture() {
  }

  static RecordCodec field(String clauses, TextEncoding encoding) {
    Layout layout = Copybooks.compile("01  REC.", "05  A " + clauses + ".");
    return new RecordCodec(layout, CodecOptions.defaults().withEncoding(encoding));
  }

  static byte[] encode(RecordCodec codec, Object value) {
    return codec.encode(DecodedRecord.of(Map.of(PATH, value)));
  }

  static Object decode(RecordCodec codec, byte[] bytes) {
    return codec.decode(bytes).value(PATH);
  }

  static BigDecimal decimal(String text) {
    return new BigDecimal(text);
  }

  static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
