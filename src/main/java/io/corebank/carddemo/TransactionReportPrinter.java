package io.corebank.carddemo;

import static io.corebank.carddemo.CobolText.digits;
import static io.corebank.carddemo.CobolText.fit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Prints the CardDemo transaction detail report of TRANREPT (the COBOL program CBTRN03C): 133-character
 * print lines, byte for byte as the original apart from its end-of-file defect, fixed here.
 *
 * <p>The caller selects the transactions of the date range, orders them by card number and gives them
 * one at a time to {@link #detail}, then calls {@link #finish}. Paging follows the original exactly:
 * every line written counts (headings, the blank line, separators, details and totals). The heading
 * block (title with the date range, a blank line, the column headings, a separator) is written before
 * the first detail. Then, for each transaction: when its card number differs from the previous one, an
 * Account Total line for the previous card and a separator; then, when the count of lines written is a
 * multiple of {@value #PAGE_SIZE}, a Page Total line, a separator and the heading block again; then the
 * detail line. Because the check is made only before a detail line, an account total can step over a
 * multiple of 20 and a page then runs on to the next multiple. A Page Total is added to the grand total
 * when it is printed.
 *
 * <p>The end of the report (defect 2 of the original fixed): the original added the last transaction's
 * amount a second time to the last page's total, and so to the grand total, and never printed the last
 * account's total. Here the end of input is treated as what it is, a change of card to none: the last
 * account's Account Total line and its separator are written exactly as on every other change of card,
 * right after the last detail line. No page break check follows, as no detail follows. Then the Page
 * Total of the last page, a separator and the Grand Total, which is the true sum of the amounts:
 * <pre>
 * ...last detail line
 * Account Total....+ (the last card's sum)
 * ---------------- (separator)
 * Page Total ......+ (the last page's sum)
 * ---------------- (separator)
 * Grand Total......+ (the sum of all amounts)
 * </pre>
 *
 * <p>An empty report (no detail) has the heading block, so that it still names its date range, then a
 * Page Total, a separator and a Grand Total, both zero, and no Account Total (there is no account). A
 * zero total prints as blanks, as the {@code +ZZZ,ZZZ,ZZZ.ZZ} picture of the original edits zero. The
 * original wrote its headings only with the first detail and had no defined output for an empty file.
 *
 * <p>Descriptions longer than their columns are cut (type 15, category 29 characters); an amount or a
 * total beyond the 9 integer digits of its picture loses its high-order digits ({@link EditedNumbers}).
 */
public final class TransactionReportPrinter {
  public static final int LINE_LENGTH = 133;
  public static final int PAGE_SIZE = 20;

  private static final String SEPARATOR = "-".repeat(LINE_LENGTH);
  private static final String COLUMN_HEADINGS = fit("Transaction ID", 17) + fit("Account ID", 12)
      + fit("Transaction Type", 19) + fit("Tran Category", 35) + fit("Tran Source", 23) + "Amount";

  private final LineSink sink;
  private final String title;
  private long linesWritten;
  private boolean headingWritten;
  private boolean finished;
  private String currentCard;
  private long pageTotalCents;
  private long accountTotalCents;
  private long grandTotalCents;

  /**
   * @param from first day of the report range, printed in the title
   * @param to last day of the report range, printed in the title
   * @param sink receives the 133-character lines
   */
  public TransactionReportPrinter(LocalDate from, LocalDate to, LineSink sink) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    this.sink = Objects.requireNonNull(sink, "sink");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("report range " + from + " to " + to + " ends before it starts");
    }
    this.title = fit("DALYREPT", 38) + fit("Daily Transaction Report", 41) + "Date Range: " + date(from) + " to "
        + date(to);
  }

  /** One transaction of the report, in card number order. */
  public void detail(ReportDetail detail) {
    Objects.requireNonNull(detail, "detail");
    if (finished) {
      throw new IllegalStateException("the report is finished");
    }
    if (currentCard != null && !currentCard.equals(detail.cardNumber())) {
      writeAccountTotal();
    }
    currentCard = detail.cardNumber();
    if (!headingWritten) {
      writeHeadings();
    }
    if (linesWritten % PAGE_SIZE == 0) {
      writePageTotal();
      writeHeadings();
    }
    pageTotalCents = Math.addExact(pageTotalCents, detail.amountCents());
    accountTotalCents = Math.addExact(accountTotalCents, detail.amountCents());
    write(fit(detail.transactionId(), 16) + " "
        + digits(detail.accountId(), 11) + " "
        + fit(detail.typeCode(), 2) + "-"
        + fit(detail.typeDescription(), 15) + " "
        + digits(detail.categoryCode(), 4) + "-"
        + fit(detail.categoryDescription(), 29) + " "
        + fit(detail.source(), 10) + "    "
        + EditedNumbers.edit(EditedNumbers.REPORT_AMOUNT, detail.amountCents()));
  }

  /** Ends the report: the last account's total, the last page's total and the grand total. */
  public void finish() {
    if (finished) {
      throw new IllegalStateException("the report is finished");
    }
    finished = true;
    if (currentCard != null) {
      writeAccountTotal();
    } else {
      writeHeadings();
    }
    writePageTotal();
    write("Grand Total" + ".".repeat(86) + EditedNumbers.edit(EditedNumbers.REPORT_TOTAL, grandTotalCents));
  }

  private void writeHeadings() {
    headingWritten = true;
    write(title);
    write("");
    write(COLUMN_HEADINGS);
    write(SEPARATOR);
  }

  private void writeAccountTotal() {
    write("Account Total" + ".".repeat(84) + EditedNumbers.edit(EditedNumbers.REPORT_TOTAL, accountTotalCents));
    accountTotalCents = 0;
    write(SEPARATOR);
  }

  private void writePageTotal() {
    write("Page Total " + ".".repeat(86) + EditedNumbers.edit(EditedNumbers.REPORT_TOTAL, pageTotalCents));
    grandTotalCents = Math.addExact(grandTotalCents, pageTotalCents);
    pageTotalCents = 0;
    write(SEPARATOR);
  }

  private void write(String line) {
    sink.line(fit(line, LINE_LENGTH));
    linesWritten++;
  }

  private static String date(LocalDate date) {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new IllegalArgumentException("year of " + date + " is not 4 digits");
    }
    return String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }
}
