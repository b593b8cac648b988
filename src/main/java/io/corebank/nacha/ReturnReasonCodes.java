package io.corebank.nacha;

import java.util.Set;

/** Return reason codes as NACHA publishes them (R01-R85; not every number is assigned). */
public final class ReturnReasonCodes {

  private static final Set<String> ASSIGNED = Set.of(
      "R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10",
      "R11", "R12", "R13", "R14", "R15", "R16", "R17", "R18", "R19", "R20",
      "R21", "R22", "R23", "R24", "R25", "R26", "R27", "R28", "R29", "R30",
      "R31", "R32", "R33", "R34", "R35", "R36", "R37", "R38", "R39", "R40",
      "R41", "R42", "R43", "R44", "R45", "R46", "R47", "R50", "R51", "R52", "R53",
      "R61", "R62", "R67", "R68", "R69", "R70",
      "R71", "R72", "R73", "R74", "R75", "R76", "R77",
      "R80", "R81", "R82", "R83", "R84", "R85");

  /** Codes an ODFI uses to dishonor a return; their addenda 99 takes the dishonored layout. */
  private static final Set<String> DISHONORED = Set.of("R61", "R62", "R67", "R68", "R69", "R70");

  /** Codes an RDFI uses to contest a dishonored return; their addenda 99 takes the contested layout. */
  private static final Set<String> CONTESTED = Set.of("R71", "R72", "R73", "R74", "R75", "R76", "R77");

  /** Reasons whose return must carry the receiver's date of death. */
  private static final Set<String> NEED_DATE_OF_DEATH = Set.of("R14", "R15");

  private ReturnReasonCodes() {
  }

  public static boolean isAssigned(String code) {
    return ASSIGNED.contains(code);
  }

  /** R followed by two digits: the shape a custom (non-NACHA) code must still have. */
  public static boolean isWellFormed(String code) {
    return code.length() == 3 && code.charAt(0) == 'R'
        && Character.isDigit(code.charAt(1)) && Character.isDigit(code.charAt(2));
  }

  public static boolean isDishonored(String code) {
    return DISHONORED.contains(code);
  }

  public static boolean isContested(String code) {
    return CONTESTED.contains(code);
  }

  public static boolean needsDateOfDeath(String code) {
    return NEED_DATE_OF_DEATH.contains(code);
  }
}
