package io.corebank.copybook;

/**
 * Where the sign of a signed zoned-decimal (USAGE DISPLAY) item lives.
 *
 * @param leading  true for SIGN LEADING, false for the default SIGN TRAILING
 * @param separate true when the sign is its own '+' or '-' byte (SEPARATE CHARACTER),
 *                 false when it is overpunched on the first or last digit
 */
public record SignSpec(boolean leading, boolean separate) {
  /** The COBOL default when no SIGN clause is written. */
  public static final SignSpec TRAILING_OVERPUNCH = new SignSpec(false, false);

  public String describe() {
    return "SIGN " + (leading ? "LEADING" : "TRAILING") + (separate ? " SEPARATE" : "");
  }
}
