package io.corebank.nacha;

import java.util.HashMap;
import java.util.Map;

/**
 * Standard Entry Class codes and the rules NACHA attaches to each: which side of the ledger its
 * forward entries may take, which addenda it allows, and whether the receiver's name is required.
 */
public enum SecCode {
  PPD(Side.BOTH, AddendaPolicy.AT_MOST_ONE_05, true),
  CCD(Side.BOTH, AddendaPolicy.AT_MOST_ONE_05, true),
  CTX(Side.BOTH, AddendaPolicy.UP_TO_9999_05, false),
  WEB(Side.BOTH, AddendaPolicy.AT_MOST_ONE_05, true),
  TEL(Side.DEBITS, AddendaPolicy.NONE, true),
  CIE(Side.CREDITS, AddendaPolicy.AT_MOST_ONE_05, true),
  POS(Side.BOTH, AddendaPolicy.EXACTLY_ONE_02, false),
  SHR(Side.BOTH, AddendaPolicy.EXACTLY_ONE_02, false),
  MTE(Side.BOTH, AddendaPolicy.EXACTLY_ONE_02, true),
  ARC(Side.DEBITS, AddendaPolicy.NONE, false),
  BOC(Side.DEBITS, AddendaPolicy.NONE, false),
  POP(Side.DEBITS, AddendaPolicy.NONE, false),
  RCK(Side.DEBITS, AddendaPolicy.NONE, false),
  XCK(Side.DEBITS, AddendaPolicy.NONE, false),
  TRC(Side.DEBITS, AddendaPolicy.NONE, false),
  TRX(Side.DEBITS, AddendaPolicy.UP_TO_9999_05, false),
  ACK(Side.CREDITS, AddendaPolicy.AT_MOST_ONE_05, false),
  ATX(Side.CREDITS, AddendaPolicy.UP_TO_9999_05, false),
  DNE(Side.BOTH, AddendaPolicy.AT_MOST_ONE_05, false),
  ENR(Side.BOTH, AddendaPolicy.UP_TO_9999_05, false),
  /** Notification of change: return/NOC transaction codes only, one addenda 98, zero amount. */
  COR(Side.RETURN_CODES_ONLY, AddendaPolicy.EXACTLY_ONE_98, false),
  /** International: addenda 10-16 mandatory, up to two 17 and five 18. */
  IAT(Side.BOTH, AddendaPolicy.IAT, false),
  /** Automated accounting advice: transaction codes 81-88, service class 280, its own layouts. */
  ADV(Side.ADVICE, AddendaPolicy.NONE, false);

  /** Which transaction codes the SEC code's forward entries may carry. */
  public enum Side { BOTH, CREDITS, DEBITS, RETURN_CODES_ONLY, ADVICE }

  /** Addenda a forward entry may carry (a return carries exactly one addenda 99 instead). */
  public enum AddendaPolicy { NONE, AT_MOST_ONE_05, UP_TO_9999_05, EXACTLY_ONE_02, EXACTLY_ONE_98, IAT }

  private static final Map<String, SecCode> BY_NAME = new HashMap<>();

  static {
    for (SecCode code : values()) {
      BY_NAME.put(code.name(), code);
    }
  }

  private final Side side;
  private final AddendaPolicy addendaPolicy;
  private final boolean receiverNameRequired;

  SecCode(Side side, AddendaPolicy addendaPolicy, boolean receiverNameRequired) {
    this.side = side;
    this.addendaPolicy = addendaPolicy;
    this.receiverNameRequired = receiverNameRequired;
  }

  /** The SEC code named {@code text}, or null when NACHA assigns no such code. */
  public static SecCode fromText(String text) {
    return BY_NAME.get(text);
  }

  public Side side() {
    return side;
  }

  public AddendaPolicy addendaPolicy() {
    return addendaPolicy;
  }

  /** NACHA edit criterion 3f: the individual/receiver name may not be blank or all zeros. */
  public boolean receiverNameRequired() {
    return receiverNameRequired;
  }
}
