package io.corebank.carddemo;

/**
 * The account fields a statement prints (CVACT01Y).
 *
 * @param accountId 0 to 99,999,999,999 ({@code ACCT-ID PIC 9(11)})
 * @param currentBalanceCents the current balance in cents
 */
public record StatementAccount(long accountId, long currentBalanceCents) {

  public StatementAccount {
    if (accountId < 0 || accountId > 99_999_999_999L) {
      throw new IllegalArgumentException("account id " + accountId + " is not 11 digits");
    }
  }
}
