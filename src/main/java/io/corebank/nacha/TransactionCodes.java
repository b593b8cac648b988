package io.corebank.nacha;

/**
 * Transaction codes. The first digit names the account (2 checking, 3 savings, 4 general ledger,
 * 5 loan, 8 accounting advice); the second what the entry does (1-4 credit side, 6-9 debit side;
 * 1 and 6 are returns and NOCs, 3 and 8 prenotes, 4 and 9 zero-dollar remittances).
 */
public final class TransactionCodes {

  private TransactionCodes() {
  }

  /** The codes NACHA assigns for entries other than ADV. */
  public static boolean isKnown(int code) {
    int account = code / 10;
    int action = code % 10;
    return switch (account) {
      case 2, 3 -> action >= 1 && action <= 9 && action != 5;
      case 4 -> action >= 1 && action <= 9 && action != 5;
      case 5 -> action >= 1 && action <= 6;
      default -> false;
    };
  }

  /** Automated accounting advice codes 81-88, used only in ADV batches. */
  public static boolean isAdvice(int code) {
    return code >= 81 && code <= 88;
  }

  /** Credit to the receiver's account; ADV odd codes are credits. */
  public static boolean isCredit(int code) {
    if (isAdvice(code)) {
      return code % 2 == 1;
    }
    int action = code % 10;
    return action >= 1 && action <= 4;
  }

  /** Debit: ADV even codes, the x5-x9 codes otherwise (55 is the loan reversal debit). */
  public static boolean isDebit(int code) {
    if (isAdvice(code)) {
      return code % 2 == 0;
    }
    int action = code % 10;
    return action >= 5 && action <= 9;
  }

  /** Return or notification-of-change codes: 21, 26, 31, 36, 41, 46, 51, 56. */
  public static boolean isReturnOrNoc(int code) {
    int action = code % 10;
    return !isAdvice(code) && (action == 1 || action == 6);
  }

  /**
   * The code a return or NOC of an entry with {@code forwardCode} carries: credits (x2-x4) come back
   * as x1, debits (x7-x9) as x6.
   */
  public static int returnCodeFor(int forwardCode) {
    if (!isKnown(forwardCode) || isReturnOrNoc(forwardCode)) {
      throw new IllegalArgumentException("not a forward transaction code: " + forwardCode);
    }
    int account = forwardCode / 10;
    return account * 10 + (isCredit(forwardCode) ? 1 : 6);
  }
}
