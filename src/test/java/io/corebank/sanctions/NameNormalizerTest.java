package io.corebank.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "BANCO NACIONAL DE CUBA|BANCO NACIONAL DE CUBA",
      "Banco  Nacional de   Cuba |BANCO NACIONAL DE CUBA",
      "ANGLO-CARIBBEAN CO., LTD.|ANGLO CARIBBEAN CO LTD",
      "MEXGLOBO, S.A. DE C.V.|MEXGLOBO SA DE CV",
      "CYLINDER SYSTEM L.T.D.|CYLINDER SYSTEM LTD",
      "U.S.A. TRADING|USA TRADING",
      "JOHN F. KENNEDY|JOHN F KENNEDY",
      "J. SMITH|J SMITH",
      "O'BRIEN, Patrick|OBRIEN PATRICK",
      "AL-QA'IDA|AL QAIDA",
      "O\u2019BRIEN|OBRIEN",
      "Raúl CASTRO Ruz|RAUL CASTRO RUZ",
      "Nicolás MADURO Moros|NICOLAS MADURO MOROS",
      "MÜLLER & SÖHNE GmbH|MULLER SOHNE GMBH",
      "STRAßE|STRASSE",
      "ØRSTED Æ Œ Ł|ORSTED AE OE L",
      "İSTANBUL ŞIRKETI|ISTANBUL SIRKETI",
      "CALI @ TELE.COM LTDA.|CALI TELE COM LTDA",
      "OFFICE #39|OFFICE 39",
      "A+ ENGINEERING|A ENGINEERING",
  })
  void normalizes(String name, String expected) {
    assertThat(NameNormalizer.normalize(name)).isEqualTo(expected);
  }

  @Test
  void emptyAndSymbolOnlyNamesNormalizeToNothing() {
    assertThat(NameNormalizer.normalize(null)).isEmpty();
    assertThat(NameNormalizer.normalize("")).isEmpty();
    assertThat(NameNormalizer.normalize(" .,-& ")).isEmpty();
    assertThat(NameNormalizer.normalize("Бандера")).as("only the Latin script is compared").isEmpty();
    assertThat(NameNormalizer.tokens("")).isEmpty();
  }

  @Test
  void normalizingTwiceChangesNothing() {
    for (String name : List.of("MEXGLOBO, S.A. DE C.V.", "O'BRIEN, Patrick", "Nicolás MADURO Moros", "S. DE R.L.")) {
      String once = NameNormalizer.normalize(name);
      assertThat(NameNormalizer.normalize(once)).isEqualTo(once);
    }
  }

  @Test
  void entityTokensDropLegalFormsAndFillers() {
    assertThat(entity("ANGLO-CARIBBEAN CO., LTD.")).containsExactly("ANGLO", "CARIBBEAN");
    assertThat(entity("BANCO NACIONAL DE CUBA")).containsExactly("BANCO", "NACIONAL", "CUBA");
    assertThat(entity("NATIONAL BANK OF CUBA")).containsExactly("NATIONAL", "BANK", "CUBA");
    assertThat(entity("MEXGLOBO, S.A. DE C.V.")).containsExactly("MEXGLOBO");
    assertThat(entity("THE EAGLES L.L.C.")).containsExactly("EAGLES");
    assertThat(entity("ACME PAYROLL INC")).containsExactly("ACME", "PAYROLL");
    assertThat(entity("OOO TORGOVY DOM")).containsExactly("TORGOVY", "DOM");
    assertThat(entity("GENERAL TRADING GROUP HOLDING")).as("generic business words are kept")
        .containsExactly("GENERAL", "TRADING", "GROUP", "HOLDING");
    assertThat(entity("THE COMPANY")).as("nothing left: all kept").containsExactly("THE", "COMPANY");
  }

  @Test
  void individualNamesInBothOrders() {
    assertThat(NameNormalizer.individualOrders("MADURO MOROS, Nicolas"))
        .containsExactly("MADURO MOROS NICOLAS", "NICOLAS MADURO MOROS");
    assertThat(NameNormalizer.individualOrders("AL-ZAWAHIRI, Ayman"))
        .containsExactly("AL ZAWAHIRI AYMAN", "AYMAN AL ZAWAHIRI");
    assertThat(NameNormalizer.individualOrders("SMITH, John, Jr."))
        .containsExactly("SMITH JOHN JR", "JOHN JR SMITH");
    assertThat(NameNormalizer.individualOrders("ABU HAFS")).containsExactly("ABU HAFS");
    assertThat(NameNormalizer.individualOrders("TAYLOR,")).containsExactly("TAYLOR");
  }

  private static List<String> entity(String name) {
    return NameNormalizer.entityTokens(NameNormalizer.tokens(NameNormalizer.normalize(name)));
  }
}
