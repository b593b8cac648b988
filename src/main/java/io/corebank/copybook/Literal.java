package io.corebank.copybook;

import java.math.BigDecimal;

/** A literal from a VALUE clause: a quoted string, a number or a figurative constant. */
public sealed interface Literal {

  /** Text as it would be shown in a listing. */
  String display();

  record Alphanumeric(String text) implements Literal {
    @Override
    public String display() {
      return "'" + text.replace("'", "''") + "'";
    }
  }

  record Numeric(BigDecimal value) implements Literal {
    @Override
    public String display() {
      return value.toPlainString();
    }
  }

  /** ZERO/ZEROS/ZEROES and SPACE/SPACES; HIGH-VALUES and LOW-VALUES are refused by the parser. */
  enum Figurative implements Literal {
    ZERO, SPACE;

    @Override
    public String display() {
      return name() + "S";
    }
  }
}
