package io.corebank.carddemo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.corebank.carddemo.CardDemoSample.AsciiRecords;
import io.corebank.carddemo.CardDemoSample.Transaction;
import io.corebank.carddemo.CardDemoSample.Xref;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The statements of the sample nightly (CREASTMT) against the original's STATEMNT.PS and STATEMNT.HTML,
 * the one deliberate difference (account 50's balance, defect 1), the lifted card and transaction
 * limits (defect 3), and the original's text rules on data the sample lacks.
 */
class StatementPrinterTest {
  private static final int ACCOUNT_50 = 50;

  /** The text and HTML files of one run. */
  private record Printed(AsciiRecords text, AsciiRecords html) {
  }

  @Test
  void printsTheSampleStatementsByteForByteWithTheOriginalsBalances() {
    Printed printed = printSample(CardDemoSample.balancesAfterInterest());

    assertEquals(50 * 19 + 312, printed.text().lines().size());
    assertArrayEquals(CardDemoSample.bytes("expected/STATEMNT.PS"), printed.text().bytes());
    assertArrayEquals(CardDemoSample.bytes("expected/STATEMNT.HTML"), printed.html().bytes());
  }

  @Test
  void theCorrectedBalanceOfAccount50ChangesOnlyItsBalanceLines() {
    Map<Long, Long> balances = new HashMap<>(CardDemoSample.balancesAfterInterest());
    long interest = CardDemoSample.postedTransactions().stream()
        .filter(t -> t.description().trim().equals("Int. for a/c 00000000050"))
        .mapToLong(Transaction::amountCents).sum();
    assertEquals(194587, balances.get((long) ACCOUNT_50), "the original leaves account 50 before interest");
    assertEquals(1877, interest);
    balances.put((long) ACCOUNT_50, balances.get((long) ACCOUNT_50) + interest);

    Printed printed = printSample(balances);

    // account 50 has the first card in card order: its statement opens both files
    List<String> expectedText = CardDemoSample.expectedRecords("STATEMNT.PS", 80);
    assertEquals(Map.of(9, pad("Current Balance    :000001964.64", 80)),
        differences(expectedText, printed.text().lines()));
    assertEquals("Account ID         :00000000050", expectedText.get(8).trim());
    List<String> expectedHtml = CardDemoSample.expectedRecords("STATEMNT.HTML", 100);
    assertEquals(Map.of(36, pad("<p>Current Balance    : 000001964.64 </p>", 100)),
        differences(expectedHtml, printed.html().lines()));
    assertEquals("<h3>Statement for Account Number: 00000000050         </h3>", expectedHtml.get(10).trim());
  }

  @Test
  void printsAnyNumberOfCardsAndOfTransactionsPerCard() {
    AsciiRecords text = new AsciiRecords(80);
    AsciiRecords html = new AsciiRecords(100);
    StatementPrinter printer = new StatementPrinter(text, html);
    StatementCustomer customer = new StatementCustomer("Ada", "B", "Lovelace", "1 Analytical Way", "Floor 2",
        "London", "LN", "GBR", "N1 9GU", 801);
    int cards = 60;
    for (int card = 1; card <= cards; card++) {
      printer.beginStatement(customer, new StatementAccount(card, 100_00));
      int transactions = card == 1 ? 25 : 1;
      for (int t = 1; t <= transactions; t++) {
        printer.transaction(new StatementTransaction(String.format("%016d", card * 1000 + t), "Purchase " + t, t * 100));
      }
      printer.endStatement();
    }

    assertEquals(cards * 19 + 25 + (cards - 1), text.lines().size());
    assertEquals(cards * 64 + (25 + cards - 1) * 11, html.lines().size());
    // card 1: its 25th transaction and its total (1 + 2 + ... + 25 dollars)
    assertEquals("0000000000001025 " + pad("Purchase 25", 49) + "$       25.00 ",
        text.lines().get(16 + 24));
    assertEquals("Total EXP:" + " ".repeat(56) + "$      325.00 ",
        text.lines().get(16 + 25 + 1));
    // the 60th statement is the last of the file and complete
    List<String> last = text.lines().subList(text.lines().size() - 20, text.lines().size());
    assertEquals("Account ID         :00000000060", last.get(8).trim());
    assertEquals("0000000000060001 " + pad("Purchase 1", 49) + "$        1.00 ", last.get(16));
    assertEquals("********************************END OF STATEMENT********************************", last.get(19));
    assertEquals(pad("</html>", 100), html.lines().get(html.lines().size() - 1));
  }

  @Test
  void keepsTheOriginalsTextRulesOnDataTheSampleLacks() {
    AsciiRecords text = new AsciiRecords(80);
    AsciiRecords html = new AsciiRecords(100);
    StatementPrinter printer = new StatementPrinter(text, html);
    printer.beginStatement(
        new StatementCustomer("Mary Ann", "", "Smith-Jones", "12  Double  Space Road", "", "Port Saint Lucie",
            "FL", "USA", "34952-1234", 7),
        new StatementAccount(123, -1_234_567_890_123L));
    printer.transaction(new StatementTransaction("0000000000000001",
        "A description of more than forty-nine characters, cut at 49", 0));
    printer.transaction(new StatementTransaction("0000000000000002", "Fee *waived* & <b>kept</b>", -5));
    printer.endStatement();

    List<String> t = text.lines();
    // first name cut at its space; a blank middle name leaves two spaces
    assertEquals(pad("Mary  Smith-Jones", 80), t.get(1));
    assertEquals(pad("12  Double  Space Road", 80), t.get(2));
    assertEquals(pad("", 80), t.get(3));
    assertEquals(pad("Port FL USA 34952-1234", 80), t.get(4));
    assertEquals(pad("Account ID         :00000000123", 80), t.get(8));
    // 12,345,678,901.23- keeps its low-order nine integer digits
    assertEquals(pad("Current Balance    :345678901.23-", 80), t.get(9));
    assertEquals(pad("FICO Score         :007", 80), t.get(10));
    assertEquals("0000000000000001 A description of more than forty-nine characters,$         .00 ",
        t.get(16));
    assertEquals("0000000000000002 " + pad("Fee *waived* & <b>kept</b>", 49) + "$         .05-",
        t.get(17));
    assertEquals("Total EXP:" + " ".repeat(56) + "$         .05-", t.get(19));

    List<String> h = html.lines();
    // HTML paragraphs stop at the first double space; the name loses its last name
    assertEquals(pad("<p style=\"font-size:16px\">Mary  </p>", 100), h.get(22));
    assertEquals(pad("<p>12  </p>", 100), h.get(23));
    assertEquals(pad("<p>  </p>", 100), h.get(24));
    assertEquals(pad("<p>Port FL USA 34952-1234  </p>", 100), h.get(25));
    assertEquals(pad("<p>Current Balance    : 345678901.23-</p>", 100), h.get(36));
    assertEquals(pad("<p>A description of more than forty-nine characters,</p>", 100), h.get(61));
    // the description stops at a '*' and is not escaped
    assertEquals(pad("<p>Fee </p>", 100), h.get(72));
    assertEquals(pad("<p>         .05-</p>", 100), h.get(75));
  }

  @Test
  void refusesCallsOutOfOrder() {
    StatementPrinter printer = new StatementPrinter(line -> { }, line -> { });
    StatementCustomer customer = new StatementCustomer("A", "B", "C", "", "", "", "", "", "", 0);
    StatementTransaction transaction = new StatementTransaction("1", "x", 1);
    assertThrows(IllegalStateException.class, () -> printer.transaction(transaction));
    assertThrows(IllegalStateException.class, printer::endStatement);
    printer.beginStatement(customer, new StatementAccount(1, 0));
    assertThrows(IllegalStateException.class, () -> printer.beginStatement(customer, new StatementAccount(2, 0)));
    assertThrows(IllegalArgumentException.class, () -> new StatementAccount(100_000_000_000L, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new StatementCustomer("A", "B", "C", "", "", "", "", "", "", 1000));
  }

  /**
   * The sample statements: cross-reference in card order, customer and account through it, the card's
   * transactions (posted and interest) in card then transaction id order, merged as a stream.
   */
  private static Printed printSample(Map<Long, Long> balances) {
    Map<Long, StatementCustomer> customers = CardDemoSample.customers();
    List<Transaction> transactions = new ArrayList<>(CardDemoSample.postedTransactions());
    transactions.sort(Comparator.comparing(Transaction::cardNumber).thenComparing(Transaction::id));
    Iterator<Transaction> next = transactions.iterator();
    Transaction pending = next.hasNext() ? next.next() : null;

    AsciiRecords text = new AsciiRecords(80);
    AsciiRecords html = new AsciiRecords(100);
    StatementPrinter printer = new StatementPrinter(text, html);
    for (Xref xref : CardDemoSample.crossReference()) {
      printer.beginStatement(customers.get(xref.customerId()),
          new StatementAccount(xref.accountId(), balances.get(xref.accountId())));
      // transactions of cards with no cross-reference would be skipped; the sample has none
      while (pending != null && pending.cardNumber().compareTo(xref.cardNumber()) <= 0) {
        if (pending.cardNumber().equals(xref.cardNumber())) {
          printer.transaction(new StatementTransaction(pending.id(), pending.description(), pending.amountCents()));
        }
        pending = next.hasNext() ? next.next() : null;
      }
      printer.endStatement();
    }
    return new Printed(text, html);
  }

  /** Index to actual line, for every line that differs from the expected one. */
  private static Map<Integer, String> differences(List<String> expected, List<String> actual) {
    assertEquals(expected.size(), actual.size());
    Map<Integer, String> differences = new TreeMap<>();
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        differences.put(i, actual.get(i));
      }
    }
    return differences;
  }

  private static String pad(String text, int length) {
    return text + " ".repeat(length - text.length());
  }
}
