package io.corebank.online.message;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.CopybookException;
import io.corebank.copybook.Field;
import io.corebank.copybook.Layout;
import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.RecordDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One message copybook compiled from the classpath ({@code copybooks/NAME.cpy}) with a codec per encoding. Fields
 * are addressed by their COBOL name (unique within a message copybook); FILLER is written as spaces and not read.
 * Holds the rules the message records check their values with, so that every error names the field's full path.
 */
final class MessageLayout {
  static final String HEADER_COPYBOOK = "OLHDR";
  private static final Map<String, MessageLayout> LAYOUTS = new ConcurrentHashMap<>();
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final String copybook;
  private final MessageType type;
  private final Layout layout;
  private final String recordPath;
  private final Map<String, Field> fieldsByName = new HashMap<>();
  private final Map<String, Object> fillers = new LinkedHashMap<>();
  private final Map<MessageEncoding, RecordCodec> codecs = new EnumMap<>(MessageEncoding.class);

  private MessageLayout(String copybook, MessageType type) {
    this.copybook = copybook;
    this.type = type;
    this.layout = compile(copybook);
    this.recordPath = layout.fields().get(0).path();
    for (Field field : layout.fields()) {
      String name = field.path().substring(field.path().lastIndexOf('.') + 1);
      if (name.startsWith("FILLER#")) {
        fillers.put(field.path(), " ".repeat(field.lengthBytes()));
      } else if (fieldsByName.put(name, field) != null) {
        throw new IllegalStateException(copybook + ".cpy: data name " + name + " is not unique");
      }
    }
    for (MessageEncoding encoding : MessageEncoding.values()) {
      codecs.put(encoding, new RecordCodec(layout, CodecOptions.defaults().withEncoding(encoding.textEncoding())));
    }
  }

  /** The layout of the common header, {@code OLHDR}. */
  static MessageLayout header() {
    return LAYOUTS.computeIfAbsent(HEADER_COPYBOOK, name -> new MessageLayout(name, null));
  }

  static MessageLayout of(MessageType type) {
    return LAYOUTS.computeIfAbsent(type.copybook(), name -> new MessageLayout(name, type));
  }

  /** Compiles {@code copybooks/NAME.cpy} from the classpath. */
  static Layout compile(String copybook) {
    String resource = "copybooks/" + copybook + ".cpy";
    try (InputStream in = MessageLayout.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("copybook " + resource + " is not on the classpath");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return CopybookCompiler.compile(reader, copybook + ".cpy", CompileOptions.defaults());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    } catch (CopybookException e) {
      throw new IllegalStateException("copybook " + resource + " does not compile: " + e.getMessage(), e);
    }
  }

  Layout layout() {
    return layout;
  }

  int length() {
    return layout.maxRecordLengthBytes();
  }

  Field field(String name) {
    Field field = fieldsByName.get(name);
    if (field == null) {
      throw new IllegalArgumentException(copybook + ".cpy has no field " + name);
    }
    return field;
  }

  String path(String name) {
    return field(name).path();
  }

  MessageFormatException error(String name, String rule) {
    return new MessageFormatException(path(name), rule);
  }

  // ---- rules for the values of a message, used by the records' constructors ----

  /** The message's header: present and of this layout's type. */
  MessageHeader header(MessageHeader header) {
    if (header == null) {
      throw error("OL-HEADER", "is missing (null)");
    }
    if (header.type() != type) {
      throw error("OLH-MSG-TYPE", "is " + header.type() + "; " + copybook + " holds " + type);
    }
    return header;
  }

  /** Text that fits the field, without control characters; trailing blanks are dropped (the field pads them). */
  String text(String name, String value) {
    if (value == null) {
      throw error(name, "is missing (null)");
    }
    String text = value.stripTrailing();
    int length = field(name).lengthBytes();
    if (text.length() > length) {
      throw error(name, "'" + text + "' has " + text.length() + " characters, more than the " + length + " of PIC X("
          + length + ")");
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        throw error(name, String.format("holds the control character U+%04X at position %d", (int) text.charAt(i), i + 1));
      }
    }
    return text;
  }

  /** Text that is not blank. */
  String requiredText(String name, String value) {
    String text = text(name, value);
    if (text.isBlank()) {
      throw error(name, "is blank; it is required");
    }
    return text;
  }

  /** Exactly as many digits as the field is long (card number, routing number, response and reason codes). */
  String digits(String name, String value) {
    String text = text(name, value);
    int length = field(name).lengthBytes();
    if (text.length() != length || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw error(name, "'" + text + "' is not " + length + " digits");
    }
    return text;
  }

  /** Three letters A-Z (ISO 4217); blank allowed when not {@code required}. */
  String currency(String name, String value, boolean required) {
    String text = text(name, value);
    if (text.isEmpty() && !required) {
      return text;
    }
    if (!(text.length() == 3 && isUpperLetter(text.charAt(0)) && isUpperLetter(text.charAt(1)) && isUpperLetter(text.charAt(2)))) {
      throw error(name, "'" + text + "' is not a currency code of three letters A-Z");
    }
    return text;
  }

  private static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** A money field, in cents: within the picture's digits and at least {@code min} (0, or 1 for "more than zero"). */
  long cents(String name, long cents, long min) {
    long max = maxUnsigned(name);
    if (cents > max || cents < -max) {
      throw error(name, "amount " + Amounts.format(cents) + " exceeds the " + field(name).digits() + " digits of PIC "
          + field(name).picture().orElseThrow().text());
    }
    if (cents < min) {
      throw error(name, "amount " + Amounts.format(cents) + (min == 0 ? " is negative" : " must be more than zero"));
    }
    return cents;
  }

  /** A money field that may be negative (a balance). */
  long signedCents(String name, long cents) {
    return cents(name, cents, Long.MIN_VALUE);
  }

  /** An unsigned whole number within the picture's digits (ids, MCC, POS entry mode). */
  long number(String name, long value) {
    if (value < 0 || value > maxUnsigned(name)) {
      throw error(name, value + " is not 0 to " + maxUnsigned(name) + " (PIC " + field(name).picture().orElseThrow().text()
          + ")");
    }
    return value;
  }

  int number(String name, int value) {
    return (int) number(name, (long) value);
  }

  private long maxUnsigned(String name) {
    int digits = field(name).digits();
    return digits >= 19 ? Long.MAX_VALUE : (long) Math.pow(10, digits) - 1;
  }

  // ---- decoding and encoding ----

  /**
   * Decodes a whole message: the length must be the copybook's, every field must hold what its picture says, the
   * header must carry this layout's type, and {@code build} (the record's constructor) must accept the values.
   */
  <T> T decode(byte[] message, MessageEncoding encoding, Function<Fields, T> build) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(encoding, "encoding");
    if (message.length != length()) {
      throw new MessageFormatException(recordPath, "message is " + message.length + " bytes; " + copybook
          + (type == null ? "" : " (" + type + ")") + " is " + length() + " bytes");
    }
    DecodedRecord record;
    try {
      record = codecs.get(encoding).decode(message);
    } catch (RecordDataException e) {
      throw new MessageFormatException(e.fieldPath(), rule(e, "decode"), e);
    }
    Fields fields = new Fields(record);
    if (type != null) {
      String code = fields.text("OLH-MSG-TYPE");
      if (!code.equals(type.code())) {
        throw error("OLH-MSG-TYPE", "is '" + code + "'; " + copybook + " holds " + type);
      }
    }
    try {
      return build.apply(fields);
    } catch (MessageFormatException e) {
      throw reroot(e);
    }
  }

  /** Encodes a message: the header, the body {@code body} writes, FILLER as spaces. */
  byte[] encode(MessageEncoding encoding, MessageHeader header, Consumer<Writer> body) {
    Objects.requireNonNull(encoding, "encoding");
    Writer writer = new Writer();
    header.write(writer);
    body.accept(writer);
    try {
      return codecs.get(encoding).encode(DecodedRecord.of(writer.values));
    } catch (RecordDataException e) {
      throw new MessageFormatException(e.fieldPath(), rule(e, "encode"), e);
    }
  }

  /** The rule of a codec error without its "cannot decode PATH " prefix (the path is the exception's own). */
  private static String rule(RecordDataException e, String action) {
    String prefix = "cannot " + action + " " + e.fieldPath() + " ";
    String message = e.getMessage();
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /** An error raised against another layout's path (the header's) restated with this layout's path. */
  private MessageFormatException reroot(MessageFormatException e) {
    String name = e.fieldPath().substring(e.fieldPath().lastIndexOf('.') + 1);
    Field field = fieldsByName.get(name);
    if (field == null || field.path().equals(e.fieldPath())) {
      return e;
    }
    return new MessageFormatException(field.path(), e.rule(), e);
  }

  /** The values of a decoded message, read by field name. */
  final class Fields {
    private final DecodedRecord record;

    private Fields(DecodedRecord record) {
      this.record = record;
    }

    /** Text without its trailing blanks. */
    String text(String name) {
      return record.text(path(name)).stripTrailing();
    }

    long number(String name) {
      return record.number(path(name)).longValueExact();
    }

    int integer(String name) {
      return record.number(path(name)).intValueExact();
    }

    long cents(String name) {
      return record.number(path(name)).movePointRight(2).longValueExact();
    }

    MessageHeader header() {
      return MessageHeader.read(this);
    }

    /** Card expiry from a YY and an MM field: 20YY, month 01-12. */
    YearMonth yearMonth(String yearName, String monthName) {
      int month = integer(monthName);
      if (month < 1 || month > 12) {
        throw error(monthName, String.format("month %02d is not 01 to 12", month));
      }
      return YearMonth.of(2000 + integer(yearName), month);
    }

    /** A date YYYY-MM-DD, or spaces for none. */
    Optional<LocalDate> date(String name) {
      String text = text(name);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text, ISO_DATE));
      } catch (DateTimeParseException e) {
        throw error(name, "'" + text + "' is not a date YYYY-MM-DD");
      }
    }

    MessageFormatException error(String name, String rule) {
      return MessageLayout.this.error(name, rule);
    }
  }

  /** The values of a message being encoded, given by field name. */
  final class Writer {
    private final Map<String, Object> values = new LinkedHashMap<>(fillers);

    Writer text(String name, String value) {
      values.put(path(name), value);
      return this;
    }

    Writer number(String name, long value) {
      values.put(path(name), BigDecimal.valueOf(value));
      return this;
    }

    Writer cents(String name, long cents) {
      values.put(path(name), BigDecimal.valueOf(cents, 2));
      return this;
    }

    Writer date(String name, Optional<LocalDate> date) {
      return text(name, date.map(ISO_DATE::format).orElse(""));
    }
  }
}
