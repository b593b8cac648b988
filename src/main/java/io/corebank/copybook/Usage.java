package io.corebank.copybook;

/** The USAGE clause values this compiler understands, with the spelling used when printing. */
public enum Usage {
  DISPLAY("DISPLAY"),
  /** COMP, COMP-4, COMPUTATIONAL, COMPUTATIONAL-4 and BINARY are synonyms on IBM compilers. */
  BINARY("COMP"),
  PACKED_DECIMAL("COMP-3"),
  NATIVE_BINARY("COMP-5");

  private final String cobolName;

  Usage(String cobolName) {
    this.cobolName = cobolName;
  }

  public String cobolName() {
    return cobolName;
  }
}
