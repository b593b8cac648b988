package io.corebank.cli;

/** Return codes in the mainframe convention operations schedulers expect. */
public final class ReturnCodes {
  public static final int OK = 0;
  /** finished, with something a person should look at (for example refused transactions) */
  public static final int WARNING = 4;
  /** finished and found errors in the data (a ledger difference, a rejected file) */
  public static final int ERROR = 8;
  /** could not run (bad input, database unavailable, an unexpected exception) */
  public static final int SEVERE = 12;
  /** the command line itself was wrong */
  public static final int USAGE = 16;

  private ReturnCodes() {}
}
