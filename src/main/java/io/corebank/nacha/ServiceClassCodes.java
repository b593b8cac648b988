package io.corebank.nacha;

import java.util.Set;

/** Service class codes of batch headers and controls. */
public final class ServiceClassCodes {

  public static final int MIXED = 200;
  public static final int CREDITS_ONLY = 220;
  public static final int DEBITS_ONLY = 225;
  public static final int AUTOMATED_ACCOUNTING_ADVICES = 280;

  static final Set<String> ALL = Set.of("200", "220", "225", "280");

  private ServiceClassCodes() {
  }
}
