package io.corebank.copybook.beanio;

import org.beanio.types.ConfigurableTypeHandler;
import org.beanio.types.TypeConversionException;
import org.beanio.types.TypeHandler;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The BeanIO handler reads and writes display numbers exactly as the copybook codec does. */
class PictureTypeHandlerTest {

  private static TypeHandler handler(String picture) {
    Properties properties = new Properties();
    properties.setProperty(ConfigurableTypeHandler.FORMAT_SETTING, picture);
    return new PictureTypeHandler().newInstance(properties);
  }

  @Test
  void readsImpliedDecimalsAndOverpunchedSigns() throws TypeConversionException {
    TypeHandler amount = handler("S9(09)V99");
    assertEquals(new BigDecimal("-919.00"), amount.parse("0000009190}"));
    assertEquals(new BigDecimal("504.77"), amount.parse("0000005047G"));
    assertEquals(new BigDecimal("0.00"), amount.parse("0000000000{"));
    assertEquals(new BigDecimal("42"), handler("9(04)").parse("0042"));
    assertNull(amount.parse(""));
  }

  @Test
  void writesTheBytesTheCodecWrites() {
    TypeHandler amount = handler("S9(09)V99");
    assertEquals("0000009190}", amount.format(new BigDecimal("-919")));
    assertEquals("0000005047G", amount.format(new BigDecimal("504.77")));
    assertEquals("0042", handler("9(04)").format(42));
  }

  @Test
  void refusesWhatThePictureCannotHold() {
    TypeConversionException letters = assertThrows(TypeConversionException.class, () -> handler("9(04)").parse("12a4"));
    assertTrue(letters.getMessage().startsWith("'12a4': byte X'61'"), letters.getMessage());
    assertThrows(TypeConversionException.class, () -> handler("9(04)").parse("12345"));
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> handler("9(02)V9").format(new BigDecimal("1.25")));
    assertTrue(tooMany.getMessage().contains("more decimal places than PIC 9(02)V9 allows"), tooMany.getMessage());
    assertThrows(IllegalArgumentException.class, () -> handler("X(04)"));
    assertThrows(IllegalArgumentException.class, () -> handler("9(04"));
  }
}
