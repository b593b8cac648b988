package io.corebank.carddemo;

/**
 * Small hand-written CardDemo data sets, one rule each, whose outcomes are computed by hand in
 * {@code CardDemoEdgeCasesTest}; usable by any implementation's tests (write them with
 * {@link CardDemoDataSetBuilder#writeTo}). All daily transactions are dated 2022-06-10 unless said.
 */
public final class CardDemoEdgeCases {
  /** A card in no cross-reference row. */
  public static final String UNKNOWN_CARD = "4999999999999999";
  /** The card of account 9, which the account file lacks. */
  public static final String CARD_OF_MISSING_ACCOUNT = "4000000000000009";

  private CardDemoEdgeCases() {
  }

  public static String card(long account) {
    return String.format("4%015d", account);
  }

  /**
   * POSTTRAN's four rejects and its postings, then INTCALC's rate lookup, truncation and updates.
   *
   * <p>Accounts: 1 (group GOLD, limit 1,000.00, balance 100.00, cycle 0/0); 2 (group blank, zip
   * "GOLD", limit 500.00, balance 300.00, cycle credit 400.00, debit -50.00); 3 (group ZERO, expires
   * 2022-06-10, limit 1,000.00); 4 (blank group, expired 2022-06-09, limit 100.00, balance 50.00,
   * cycle 10.00/-5.00; the last account with category rows); 6 (no category rows, no transactions,
   * balance 75.00, cycle 12.34/-5.67). The cross-reference also has card 9 of a missing account 9.
   *
   * <p>Rates: DEFAULT 01/0001 24.00, 01/0002 25.00, 02/0002 0.00, 04/0001 0.00, 05/0001 15.00;
   * GOLD 01/0001 15.00, 05/0001 15.00 (no 01/0002: DEFAULT applies); ZERO 01/0001 0.00.
   *
   * <p>Category balances: 1/01/0001 -83.00, 2/01/0001 1,200.00, 4/01/0001 -0.07.
   *
   * <p>Daily transactions, in this file order:
   * <ol>
   *   <li>...01 unknown card, 10.00: reject 100</li>
   *   <li>...02 card of missing account 9: reject 101</li>
   *   <li>...03 account 4 (expired), 10.00 within its limit: reject 103</li>
   *   <li>...04 account 2, 60.00: 400.00 + 50.00 + 60.00 = 510.00 over 500.00: reject 102</li>
   *   <li>...05 account 4, 500.00: over limit and expired: reject 103 (103 wins)</li>
   *   <li>...06 account 3, 200.00 on its expiry day 2022-06-10: posts (creates 3/01/0001)</li>
   *   <li>...07 account 3, 10.00 on 2022-06-11: reject 103</li>
   *   <li>...08 account 2, 50.00: 400.00 + 50.00 + 50.00 = 500.00, exactly the limit: posts</li>
   *   <li>...09 account 2, payment 02/0002 -30.00: 450.00 + 50.00 - 30.00 = 470.00: posts (creates
   *       2/02/0002; cycle debit becomes -80.00)</li>
   *   <li>...10 account 2, authorization 04/0001 0.00: 450.00 + 80.00 + 0.00 = 530.00 over 500.00:
   *       reject 102 (the payment raised the "used" amount: cycle debit holds negative amounts)</li>
   *   <li>...11 account 1, 250.00: posts (1/01/0001 becomes 167.00)</li>
   *   <li>...12 account 1, refund 05/0001 -167.00: posts (creates 1/05/0001)</li>
   *   <li>...00 account 1, cash advance 01/0002 100.05: posts (creates 1/01/0002); processed last,
   *       first in the posted file (lowest id)</li>
   * </ol>
   */
  public static CardDemoDataSetBuilder postingAndInterest() {
    return new CardDemoDataSetBuilder()
        .account(1, "1000.00", "100.00", "0.00", "0.00", "2025-12-31", "GOLD", "12345")
        .account(2, "500.00", "300.00", "400.00", "-50.00", "2025-12-31", "", "GOLD")
        .account(3, "1000.00", "0.00", "0.00", "0.00", "2022-06-10", "ZERO", "12345")
        .account(4, "100.00", "50.00", "10.00", "-5.00", "2022-06-09", "", "12345")
        .account(6, "1000.00", "75.00", "12.34", "-5.67", "2025-12-31", "", "12345")
        .card(card(1), 1, 1)
        .card(card(2), 2, 2)
        .card(card(3), 3, 3)
        .card(card(4), 4, 4)
        .card(card(6), 6, 6)
        .card(CARD_OF_MISSING_ACCOUNT, 9, 9)
        .categoryBalance(1, "01", 1, "-83.00")
        .categoryBalance(2, "01", 1, "1200.00")
        .categoryBalance(4, "01", 1, "-0.07")
        .rate("DEFAULT", "01", 1, "24.00")
        .rate("DEFAULT", "01", 2, "25.00")
        .rate("DEFAULT", "02", 2, "0.00")
        .rate("DEFAULT", "04", 1, "0.00")
        .rate("DEFAULT", "05", 1, "15.00")
        .rate("GOLD", "01", 1, "15.00")
        .rate("GOLD", "05", 1, "15.00")
        .rate("ZERO", "01", 1, "0.00")
        .daily("0000000000000001", UNKNOWN_CARD, "01", 1, "10.00", "2022-06-10")
        .daily("0000000000000002", CARD_OF_MISSING_ACCOUNT, "01", 1, "10.00", "2022-06-10")
        .daily("0000000000000003", card(4), "01", 1, "10.00", "2022-06-10")
        .daily("0000000000000004", card(2), "01", 1, "60.00", "2022-06-10")
        .daily("0000000000000005", card(4), "01", 1, "500.00", "2022-06-10")
        .daily("0000000000000006", card(3), "01", 1, "200.00", "2022-06-10 23:59:59.999999")
        .daily("0000000000000007", card(3), "01", 1, "10.00", "2022-06-11 00:00:00.000000")
        .daily("0000000000000008", card(2), "01", 1, "50.00", "2022-06-10")
        .daily("0000000000000009", card(2), "02", 2, "-30.00", "2022-06-10")
        .daily("0000000000000010", card(2), "04", 1, "0.00", "2022-06-10")
        .daily("0000000000000011", card(1), "01", 1, "250.00", "2022-06-10")
        .daily("0000000000000012", card(1), "05", 1, "-167.00", "2022-06-10")
        .daily("0000000000000000", card(1), "01", 2, "100.05", "2022-06-10");
  }

  /**
   * INTCALC's abend: account 7 (group NODEF) has a 03/0002 balance; neither NODEF nor DEFAULT has a
   * 03/0002 row. Account 5 before it is fine (NODEF 01/0001). No daily transactions.
   */
  public static CardDemoDataSetBuilder missingDefaultRate() {
    return new CardDemoDataSetBuilder()
        .account(5, "1000.00", "0.00", "0.00", "0.00", "2025-12-31", "NODEF", "12345")
        .account(7, "1000.00", "0.00", "0.00", "0.00", "2025-12-31", "NODEF", "12345")
        .card(card(5), 5, 5)
        .card(card(7), 7, 7)
        .categoryBalance(5, "01", 1, "120.00")
        .categoryBalance(7, "03", 2, "10.00")
        .rate("DEFAULT", "01", 1, "15.00")
        .rate("NODEF", "01", 1, "10.00");
  }
}
