package io.corebank.carddemo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.corebank.carddemo.CardDemoSample.AsciiRecords;
import io.corebank.carddemo.CardDemoSample.Transaction;
import io.corebank.carddemo.CardDemoSample.Xref;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The transaction report of the sample nightly (TRANREPT) against the original's TRANREPT.seq, with the
 * end-of-file defect 2 fixed; paging over several pages; the empty report.
 */
class TransactionReportPrinterTest {
  private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
  private static final LocalDate TO = LocalDate.of(2022, 12, 31);
  private static final String SEPARATOR = "-".repeat(133);
  private static final String TITLE =
      "DALYREPT                              Daily Transaction Report                 Date Range: 2022-01-01 to 2022-12-31";
  private static final String COLUMNS =
      "Transaction ID   Account ID  Transaction Type   Tran Category                      Tran Source            Amount";
  private static final String DOTS_84 = ".".repeat(84);
  private static final String DOTS_86 = ".".repeat(86);

  @Test
  void printsTheSampleReportByteForByteUpToTheFixedEnd() {
    Map<String, Long> accountByCard = CardDemoSample.crossReference().stream()
        .collect(Collectors.toMap(Xref::cardNumber, Xref::accountId));
    Map<String, String> types = CardDemoSample.typeDescriptions();
    Map<String, String> categories = CardDemoSample.categoryDescriptions();
    List<Transaction> selected = new ArrayList<>();
    for (Transaction t : CardDemoSample.postedTransactions()) {
      String date = t.processedTimestamp().substring(0, 10);
      if (date.compareTo(FROM.toString()) >= 0 && date.compareTo(TO.toString()) <= 0) {
        selected.add(t);
      }
    }
    selected.sort(Comparator.comparing(Transaction::cardNumber)); // stable: transaction id order within a card

    AsciiRecords report = new AsciiRecords(133);
    TransactionReportPrinter printer = new TransactionReportPrinter(FROM, TO, report);
    for (Transaction t : selected) {
      printer.detail(new ReportDetail(t.id(), accountByCard.get(t.cardNumber()), t.typeCode(),
          required(types, t.typeCode()), t.categoryCode(),
          required(categories, t.typeCode() + String.format("%04d", t.categoryCode())),
          t.source(), t.amountCents(), t.cardNumber()));
    }
    printer.finish();

    List<String> expected = CardDemoSample.expectedRecords("TRANREPT.seq", 133);
    List<String> actual = report.lines();
    assertEquals(519, expected.size());
    // the original ends with its page total (last amount counted twice), a separator, its grand total
    List<String> originalTail = expected.subList(516, 519);
    assertEquals(List.of(
        line("Page Total " + DOTS_86 + "+      1,664.52"),
        line(SEPARATOR),
        line("Grand Total" + DOTS_86 + "+     79,254.29")), originalTail);
    assertEquals(expected.subList(0, 516), actual.subList(0, 516));
    assertArrayEquals(Arrays.copyOf(CardDemoSample.bytes("expected/TRANREPT.seq"), 516 * 133),
        Arrays.copyOf(report.bytes(), 516 * 133));
    // fixed: the last account's total and separator as on any change of card, true totals
    assertEquals(List.of(
        line("Account Total" + DOTS_84 + "+      1,629.53"),
        line(SEPARATOR),
        line("Page Total " + DOTS_86 + "+      1,644.09"),
        line(SEPARATOR),
        line("Grand Total" + DOTS_86 + "+     79,233.86")), actual.subList(516, actual.size()));
    assertEquals(7_923_386, selected.stream().mapToLong(Transaction::amountCents).sum());
  }

  @Test
  void breaksPagesWhereTheLineCountIsAMultipleOfTwentyBeforeADetail() {
    AsciiRecords report = new AsciiRecords(133);
    TransactionReportPrinter printer = new TransactionReportPrinter(FROM, TO, report);
    int id = 0;
    for (int i = 0; i < 17; i++) {
      printer.detail(detail(++id, 1, 100, "A"));
    }
    for (int i = 0; i < 10; i++) {
      printer.detail(detail(++id, 2, -50, "B"));
    }
    for (int i = 0; i < 22; i++) {
      printer.detail(detail(++id, 3, 1, "C"));
    }
    printer.finish();

    List<String> expected = new ArrayList<>(List.of(TITLE, "", COLUMNS, SEPARATOR));
    id = 0;
    // lines 5 to 20: card A's first 16 details; 20 lines written, so its 17th opens page 2
    for (int i = 0; i < 16; i++) {
      expected.add(detailLine(++id, 1, "           1.00"));
    }
    expected.addAll(List.of("Page Total " + DOTS_86 + "+         16.00", SEPARATOR, TITLE, "", COLUMNS, SEPARATOR));
    expected.add(detailLine(++id, 1, "           1.00"));
    expected.addAll(List.of("Account Total" + DOTS_84 + "+         17.00", SEPARATOR));
    // lines 30 to 39: card B; its account total and separator take lines 40 and 41, stepping over 40
    for (int i = 0; i < 10; i++) {
      expected.add(detailLine(++id, 2, "-           .50"));
    }
    expected.addAll(List.of("Account Total" + DOTS_84 + "-          5.00", SEPARATOR));
    // so page 2 runs on to line 60: card C's first 19 details on lines 42 to 60
    for (int i = 0; i < 19; i++) {
      expected.add(detailLine(++id, 3, "            .01"));
    }
    expected.addAll(List.of("Page Total " + DOTS_86 + "-          3.81", SEPARATOR, TITLE, "", COLUMNS, SEPARATOR));
    for (int i = 0; i < 3; i++) {
      expected.add(detailLine(++id, 3, "            .01"));
    }
    expected.addAll(List.of(
        "Account Total" + DOTS_84 + "+           .22", SEPARATOR,
        "Page Total " + DOTS_86 + "+           .03", SEPARATOR,
        "Grand Total" + DOTS_86 + "+         12.22"));

    assertEquals(74, expected.size());
    assertEquals(expected.stream().map(TransactionReportPrinterTest::line).toList(), report.lines());
  }

  @Test
  void printsAnEmptyReportWithItsHeadingsAndZeroTotals() {
    AsciiRecords report = new AsciiRecords(133);
    new TransactionReportPrinter(FROM, TO, report).finish();

    assertEquals(List.of(
        line(TITLE),
        line(""),
        line(COLUMNS),
        line(SEPARATOR),
        line("Page Total " + DOTS_86),
        line(SEPARATOR),
        line("Grand Total" + DOTS_86)), report.lines());
  }

  @Test
  void refusesCallsAfterTheEndAndAnInvertedRange() {
    TransactionReportPrinter printer = new TransactionReportPrinter(FROM, TO, line -> { });
    printer.finish();
    assertThrows(IllegalStateException.class, printer::finish);
    assertThrows(IllegalStateException.class, () -> printer.detail(detail(1, 1, 1, "A")));
    assertThrows(IllegalArgumentException.class, () -> new TransactionReportPrinter(TO, FROM, line -> { }));
  }

  private static ReportDetail detail(int id, long account, long cents, String card) {
    return new ReportDetail(String.format("%016d", id), account, "01", "Purchase", 1, "Regular Sales Draft",
        "POS TERM", cents, card);
  }

  /** A detail line of {@link #detail}, with its edited amount (15 characters). */
  private static String detailLine(int id, long account, String amount) {
    assertEquals(15, amount.length());
    return String.format("%016d %011d 01-Purchase        0001-Regular Sales Draft           POS TERM      ", id, account)
        + amount;
  }

  private static String line(String text) {
    return text + " ".repeat(133 - text.length());
  }

  private static <K> String required(Map<K, String> descriptions, K key) {
    String description = descriptions.get(key);
    if (description == null) {
      throw new IllegalStateException("no description for " + key + ": a data error that stops the job");
    }
    return description;
  }
}
