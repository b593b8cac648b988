package io.corebank.copybook.beanio;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.CopybookException;
import io.corebank.copybook.Layout;
import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.RecordDataException;
import io.corebank.copybook.codec.RedefinesSelector;
import io.corebank.copybook.codec.TextEncoding;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.beanio.types.ConfigurableTypeHandler;
import org.beanio.types.TypeConversionException;
import org.beanio.types.TypeHandler;

/**
 * A BeanIO type handler for USAGE DISPLAY numeric items, configured by the item's PICTURE in the
 * field's {@code format} attribute: {@code <field ... typeHandler="picture" format="S9(10)V99"/>}.
 * Implied decimals ({@code V}), {@code P} scaling and overpunched signs ({@code {} for +0,
 * {@code }} for -0, {@code A}-{@code I} and {@code J}-{@code R}) are handled by the copybook codec
 * itself, compiled for a one-item record, so BeanIO reads a field exactly as the codec does.
 * Values are {@link BigDecimal}s at the picture's scale.
 *
 * <p>BeanIO hands over characters already decoded with the stream's charset; overpunch letters are
 * the same characters in ASCII and EBCDIC, so the handler works on either. Binary and packed
 * items (COMP, COMP-3) cannot be expressed in a character stream and are not supported.
 */
public final class PictureTypeHandler implements ConfigurableTypeHandler {
  private static final String PATH = "R.F";

  private final RecordCodec codec;
  private final int lengthBytes;

  /** The handler as registered in a mapping; each field gets its own from {@link #newInstance}. */
  public PictureTypeHandler() {
    this.codec = null;
    this.lengthBytes = 0;
  }

  private PictureTypeHandler(String picture) {
    Layout layout;
    try {
      layout = CopybookCompiler.compile(new StringReader("       01  R.\n           05  F PIC " + picture + ".\n"),
          "PIC " + picture, CompileOptions.defaults());
    } catch (CopybookException e) {
      throw new IllegalArgumentException("format '" + picture + "' is not a PICTURE: " + e.getMessage(), e);
    }
    if (!layout.field(PATH).isNumeric()) {
      throw new IllegalArgumentException("format '" + picture + "' is not a numeric PICTURE");
    }
    this.codec = new RecordCodec(layout, new CodecOptions(TextEncoding.ascii(), RedefinesSelector.firstAlternative()));
    this.lengthBytes = layout.maxRecordLengthBytes();
  }

  @Override
  public TypeHandler newInstance(Properties properties) {
    String picture = properties.getProperty(FORMAT_SETTING);
    if (picture == null || picture.isBlank()) {
      throw new IllegalArgumentException("the picture type handler needs the field's PICTURE as format, e.g. format=\"S9(7)V99\"");
    }
    return new PictureTypeHandler(picture.strip());
  }

  @Override
  public Object parse(String text) throws TypeConversionException {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.length() > lengthBytes) {
      throw new TypeConversionException("'" + text + "' is longer than the " + lengthBytes + " characters of its PICTURE");
    }
    // BeanIO strips trailing padding; a numeric item never ends in a blank, so this only refills a damaged field
    String full = text + " ".repeat(lengthBytes - text.length());
    try {
      return codec().decode(full.getBytes(StandardCharsets.ISO_8859_1)).number(PATH);
    } catch (RecordDataException e) {
      throw new TypeConversionException("'" + text + "': " + rule(e), e);
    }
  }

  @Override
  public String format(Object value) {
    if (value == null) {
      return null;
    }
    BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    try {
      return new String(codec().encode(DecodedRecord.of(Map.of(PATH, number))), StandardCharsets.ISO_8859_1);
    } catch (RecordDataException e) {
      throw new IllegalArgumentException(rule(e), e);
    }
  }

  /** The rule a value broke, without the one-item record's path and offset. */
  private static String rule(RecordDataException e) {
    return e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
  }

  @Override
  public Class<?> getType() {
    return BigDecimal.class;
  }

  private RecordCodec codec() {
    if (codec == null) {
      throw new IllegalStateException("the picture type handler needs the field's PICTURE as format");
    }
    return codec;
  }
}
