package io.corebank.carddemo;

import static io.corebank.carddemo.CobolText.delimitedBy;
import static io.corebank.carddemo.CobolText.digits;
import static io.corebank.carddemo.CobolText.fit;

import java.util.Objects;

/**
 * Prints the CardDemo account statements of CREASTMT (the COBOL program CBSTM03A): one statement per
 * card, written at the same time as a text statement of 80-character lines and as an HTML document of
 * 100-character lines, byte for byte as the original.
 *
 * <p>Streaming: for each card the caller calls {@link #beginStatement} with the card's customer and
 * account, {@link #transaction} for each of the card's transactions in the order they are to appear
 * (the original sorts by card number, then transaction id), and {@link #endStatement}. Lines go to the
 * sinks as they are made and the printer keeps only the running total of the open statement, so any
 * number of cards and of transactions per card can be printed. This fixes defect 3 of the original,
 * which loaded all transactions into a table of 51 cards of 10 transactions and failed beyond that.
 *
 * <p>Text statement: a start banner; the name; address lines 1 and 2; address line 3 with state,
 * country and zip; a "Basic Details" block (account id, current balance edited {@code 9(9).99-}, FICO
 * score); a "TRANSACTION SUMMARY" block with one line per transaction (id, description cut to 49
 * characters, {@code $}, amount edited {@code Z(9).99-}); {@code Total EXP:} with the sum of the card's
 * amounts; an end banner. The HTML document carries the same name, address, basic details and
 * transactions (not the total) in a fixed markup.
 *
 * <p>Rules of the original, reproduced because the parity run holds the output to them:
 * <ul>
 * <li>name line: first, middle and last name each cut at its first space and followed by one space
 *     (COBOL {@code STRING ... DELIMITED BY ' '}), the whole cut at 75 characters. A blank middle name
 *     therefore leaves two spaces between first and last name.</li>
 * <li>address line 3: the line cut at its first space ({@code New Aricchester} prints {@code New}), then
 *     state, country and zip, each cut at its first space, joined by single spaces.</li>
 * <li>HTML name and address paragraphs: the text line's content up to its first two consecutive spaces,
 *     then two spaces and {@code </p>}; the name is first cut to 50 characters. With a blank middle name
 *     the HTML therefore shows the first name only; an address line with a double space inside is cut
 *     there.</li>
 * <li>HTML transaction id and description: the text statement's fields (16 and 49 characters, trailing
 *     spaces kept) up to a first {@code *}, if any; basic details keep their full field widths.</li>
 * <li>no HTML escaping: the original writes names, addresses and descriptions into the markup as they
 *     are, and so does this printer (an {@code &} or {@code <} in the data passes through unchanged).</li>
 * <li>amounts beyond the pictures lose their high-order digits, as a COBOL MOVE does
 *     ({@link EditedNumbers}).</li>
 * </ul>
 */
public final class StatementPrinter {
  public static final int TEXT_LINE_LENGTH = 80;
  public static final int HTML_LINE_LENGTH = 100;

  private static final String SEPARATOR = "-".repeat(TEXT_LINE_LENGTH);
  private static final String START_BANNER = "*".repeat(31) + "START OF STATEMENT" + "*".repeat(31);
  private static final String END_BANNER = "*".repeat(32) + "END OF STATEMENT" + "*".repeat(32);
  private static final String BASIC_DETAILS_HEADING = " ".repeat(33) + "Basic Details";
  private static final String SUMMARY_HEADING = " ".repeat(30) + "TRANSACTION SUMMARY";
  private static final String COLUMN_HEADINGS = "Tran ID         " + fit("Tran Details    ", 51) + "  Tran Amount";

  private static final String TR_START = "<tr>";
  private static final String TR_END = "</tr>";
  private static final String TD_END = "</td>";
  private static final String TD_BANNER = "<td colspan=\"3\" style=\"padding:0px 5px;background-color:#1d1d96b3;\">";
  private static final String TD_BANK = "<td colspan=\"3\" style=\"padding:0px 5px;background-color:#FFAF33;\">";
  private static final String TD_DETAILS = "<td colspan=\"3\" style=\"padding:0px 5px;background-color:#f2f2f2;\">";
  private static final String TD_HEADING =
      "<td colspan=\"3\" style=\"padding:0px 5px;background-color:#33FFD1; text-align:center;\">";
  private static final String TD_COLUMN_ID =
      "<td style=\"width:25%; padding:0px 5px; background-color:#33FF5E; text-align:left;\">";
  private static final String TD_COLUMN_DETAILS =
      "<td style=\"width:55%; padding:0px 5px; background-color:#33FF5E; text-align:left;\">";
  private static final String TD_COLUMN_AMOUNT =
      "<td style=\"width:20%; padding:0px 5px; background-color:#33FF5E; text-align:right;\">";
  private static final String TD_ID = "<td style=\"width:25%; padding:0px 5px; background-color:#f2f2f2; text-align:left;\">";
  private static final String TD_DESCRIPTION =
      "<td style=\"width:55%; padding:0px 5px; background-color:#f2f2f2; text-align:left;\">";
  private static final String TD_AMOUNT =
      "<td style=\"width:20%; padding:0px 5px; background-color:#f2f2f2; text-align:right;\">";
  private static final String BIG_P = "<p style=\"font-size:16px\">";

  private final LineSink text;
  private final LineSink html;
  private boolean open;
  private long totalCents;

  /**
   * @param text receives the text statement, 80-character lines
   * @param html receives the HTML statement, 100-character lines
   */
  public StatementPrinter(LineSink text, LineSink html) {
    this.text = Objects.requireNonNull(text, "text");
    this.html = Objects.requireNonNull(html, "html");
  }

  /** Starts the statement of one card: banner, name, address and basic details, and the summary's headings. */
  public void beginStatement(StatementCustomer customer, StatementAccount account) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(account, "account");
    if (open) {
      throw new IllegalStateException("the previous statement was not ended");
    }
    open = true;
    totalCents = 0;

    String name = fit(delimitedBy(fit(customer.firstName(), 25), " ") + " "
        + delimitedBy(fit(customer.middleName(), 25), " ") + " "
        + delimitedBy(fit(customer.lastName(), 25), " ") + " ", 75);
    String address1 = fit(customer.addressLine1(), 50);
    String address2 = fit(customer.addressLine2(), 50);
    String address3 = fit(delimitedBy(fit(customer.addressLine3(), 50), " ") + " "
        + delimitedBy(fit(customer.stateCode(), 2), " ") + " "
        + delimitedBy(fit(customer.countryCode(), 3), " ") + " "
        + delimitedBy(fit(customer.zip(), 10), " ") + " ", 80);
    String accountId = fit(digits(account.accountId(), 11), 20);
    String balance = EditedNumbers.edit(EditedNumbers.BALANCE, account.currentBalanceCents());
    String fico = fit(digits(customer.ficoScore(), 3), 20);

    text(START_BANNER);
    text(name);
    text(address1);
    text(address2);
    text(address3);
    text(SEPARATOR);
    text(BASIC_DETAILS_HEADING);
    text(SEPARATOR);
    text("Account ID         :" + accountId);
    text("Current Balance    :" + balance);
    text("FICO Score         :" + fico);
    text(SEPARATOR);
    text(SUMMARY_HEADING);
    text(SEPARATOR);
    text(COLUMN_HEADINGS);
    text(SEPARATOR);

    html("<!DOCTYPE html>");
    html("<html lang=\"en\">");
    html("<head>");
    html("<meta charset=\"utf-8\">");
    html("<title>HTML Table Layout</title>");
    html("</head>");
    html("<body style=\"margin:0px;\">");
    html("<table  align=\"center\" frame=\"box\" style=\"width:70%; font:12px Segoe UI,sans-serif;\">");
    html(TR_START);
    html(TD_BANNER);
    html("<h3>Statement for Account Number: " + accountId + "</h3>");
    html(TD_END);
    html(TR_END);
    html(TR_START);
    html(TD_BANK);
    html(BIG_P + "Bank of XYZ</p>");
    html("<p>410 Terry Ave N</p>");
    html("<p>Seattle WA 99999</p>");
    html(TD_END);
    html(TR_END);
    html(TR_START);
    html(TD_DETAILS);
    html(BIG_P + delimitedBy(fit(name, 50), "  ") + "  </p>");
    html("<p>" + delimitedBy(address1, "  ") + "  </p>");
    html("<p>" + delimitedBy(address2, "  ") + "  </p>");
    html("<p>" + delimitedBy(address3, "  ") + "  </p>");
    html(TD_END);
    html(TR_END);
    html(TR_START);
    html(TD_HEADING);
    html(BIG_P + "Basic Details</p>");
    html(TD_END);
    html(TR_END);
    html(TR_START);
    html(TD_DETAILS);
    html("<p>Account ID         : " + accountId + "</p>");
    html("<p>Current Balance    : " + balance + "</p>");
    html("<p>FICO Score         : " + fico + "</p>");
    html(TD_END);
    html(TR_END);
    html(TR_START);
    html(TD_HEADING);
    html(BIG_P + "Transaction Summary</p>");
    html(TD_END);
    html(TR_END);
    html(TR_START);
    html(TD_COLUMN_ID);
    html(BIG_P + "Tran ID</p>");
    html(TD_END);
    html(TD_COLUMN_DETAILS);
    html(BIG_P + "Tran Details</p>");
    html(TD_END);
    html(TD_COLUMN_AMOUNT);
    html(BIG_P + "Amount</p>");
    html(TD_END);
    html(TR_END);
  }

  /** One transaction of the open statement. */
  public void transaction(StatementTransaction transaction) {
    Objects.requireNonNull(transaction, "transaction");
    if (!open) {
      throw new IllegalStateException("no statement is open");
    }
    totalCents = Math.addExact(totalCents, transaction.amountCents());
    String id = fit(transaction.transactionId(), 16);
    String description = fit(transaction.description(), 49);
    String amount = EditedNumbers.edit(EditedNumbers.AMOUNT, transaction.amountCents());

    text(id + " " + description + "$" + amount);

    html(TR_START);
    html(TD_ID);
    html("<p>" + delimitedBy(id, "*") + "</p>");
    html(TD_END);
    html(TD_DESCRIPTION);
    html("<p>" + delimitedBy(description, "*") + "</p>");
    html(TD_END);
    html(TD_AMOUNT);
    html("<p>" + amount + "</p>");
    html(TD_END);
    html(TR_END);
  }

  /** Ends the open statement: the card's total in the text statement, the closing markup in the HTML. */
  public void endStatement() {
    if (!open) {
      throw new IllegalStateException("no statement is open");
    }
    open = false;

    text(SEPARATOR);
    text("Total EXP:" + " ".repeat(56) + "$" + EditedNumbers.edit(EditedNumbers.AMOUNT, totalCents));
    text(END_BANNER);

    html(TR_START);
    html(TD_BANNER);
    html("<h3>End of Statement</h3>");
    html(TD_END);
    html(TR_END);
    html("</table>");
    html("</body>");
    html("</html>");
  }

  private void text(String line) {
    text.line(fit(line, TEXT_LINE_LENGTH));
  }

  private void html(String line) {
    html.line(fit(line, HTML_LINE_LENGTH));
  }
}
