package io.corebank.online.message.carddemo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reply of CardDemo's MQ authorization program to a {@link CardDemoAuthRequest}.
 *
 * <p>The format, as the original writes it (aws-samples/aws-mainframe-modernization-carddemo,
 * {@code app/app-authorization-ims-db2-mq/cbl/COPAUA0C.cbl} paragraph 6000-MAKE-DECISION, copybook
 * {@code cpy/CCPAURLY.cpy}): {@code STRING ... DELIMITED BY SIZE} of CARD-NUM X(16), TRANSACTION-ID X(15),
 * AUTH-ID-CODE X(06), AUTH-RESP-CODE X(02), AUTH-RESP-REASON X(04) and the approved amount edited by
 * {@code PIC -zzzzzzzzz9.99} (14 characters: a blank or '-', the integer part right-aligned with leading zeros as
 * blanks, the point, two decimals), each followed by a comma. So every field is padded to its size with blanks
 * and the reply ends in a comma, 63 characters in all:
 * {@code 4111111111111111,TXN000000000001,143005,00,0000,         12.34,}.
 * The AUTH-ID-CODE the original sends is the request's AUTH-TIME; the approved amount is the request's amount
 * when approved and 0 when declined.
 *
 * <p>Two quirks of the original are not copied: it puts {@code WS-RESP-LENGTH}, the STRING pointer (one past the
 * last character), as the message length, so its replies carry one more byte than the 63 (whatever follows in the
 * buffer); and it never sets that pointer back to 1, so the second reply of one CICS task would start after the
 * first. Ours is the 63 characters.
 *
 * @param cardNumber          CARD-NUM, at most 16 characters
 * @param transactionId       TRANSACTION-ID, at most 15 characters
 * @param authIdCode          AUTH-ID-CODE, at most 6 characters
 * @param responseCode        AUTH-RESP-CODE, 2 characters: 00 approved, 05 declined
 * @param reasonCode          AUTH-RESP-REASON, 4 characters (see {@link CardDemoReason})
 * @param approvedAmountCents approved amount in cents, within PIC -zzzzzzzzz9.99
 */
public record CardDemoAuthReply(String cardNumber, String transactionId, String authIdCode, String responseCode,
    String reasonCode, long approvedAmountCents) {

  /** Characters of a reply: 16 + 15 + 6 + 2 + 4 + 14 and six commas. */
  public static final int LENGTH = 63;

  private static final String WHAT = "CardDemo authorization reply";
  private static final String[] NAMES = {"CARD-NUM", "TRANSACTION-ID", "AUTH-ID-CODE", "AUTH-RESP-CODE",
      "AUTH-RESP-REASON", "APPROVED-AMT"};
  private static final int[] SIZES = {16, 15, 6, 2, 4, 14};
  private static final long MAX_CENTS = 999_999_999_999L;
  private static final Pattern EDITED = Pattern.compile(" *(-)? *(\\d{1,10})\\.(\\d\\d)");

  public CardDemoAuthReply {
    cardNumber = text(0, cardNumber);
    transactionId = text(1, transactionId);
    authIdCode = text(2, authIdCode);
    responseCode = text(3, responseCode);
    reasonCode = text(4, reasonCode);
    if (responseCode.length() != 2) {
      throw error(3, "'" + responseCode + "' is not 2 characters");
    }
    if (reasonCode.length() != 4) {
      throw error(4, "'" + reasonCode + "' is not 4 characters");
    }
    if (approvedAmountCents > MAX_CENTS || approvedAmountCents < -MAX_CENTS) {
      throw error(5, approvedAmountCents + " cents do not fit PIC -zzzzzzzzz9.99");
    }
  }

  /** The reply COPAUA0C gives to {@code request} with {@code outcome}: its AUTH-TIME as the AUTH-ID-CODE. */
  public static CardDemoAuthReply to(CardDemoAuthRequest request, CardDemoReason outcome) {
    return to(request, outcome, request.authTimeText());
  }

  /** The reply to {@code request} with {@code outcome} and an authorization code of our own. */
  public static CardDemoAuthReply to(CardDemoAuthRequest request, CardDemoReason outcome, String authIdCode) {
    return new CardDemoAuthReply(request.cardNumber(), request.transactionId(), authIdCode, outcome.responseCode(),
        outcome.reasonCode(), outcome.approved() ? request.amountCents() : 0);
  }

  public boolean approved() {
    return responseCode.equals(CardDemoReason.APPROVED.responseCode());
  }

  /** The reply as COPAUA0C writes it: every field padded to its size, each followed by a comma. */
  public String format() {
    return String.format("%-16s,%-15s,%-6s,%-2s,%-4s,%s,", cardNumber, transactionId, authIdCode, responseCode,
        reasonCode, edited(approvedAmountCents));
  }

  /** Cents edited by PIC -zzzzzzzzz9.99: {@code "         12.34"}, {@code "-         0.05"}, {@code "          0.00"}. */
  static String edited(long cents) {
    long abs = Math.abs(cents);
    return (cents < 0 ? "-" : " ") + String.format("%10d.%02d", abs / 100, abs % 100);
  }

  /**
   * Reads a reply: six fields each followed by a comma (so seven, the last empty); blanks that pad a field are
   * dropped.
   *
   * @throws CardDemoFormatException naming the field (1-based position and CardDemo name) and the rule
   */
  public static CardDemoAuthReply parse(String message) {
    List<String> values = CardDemoCsv.fields(message, WHAT);
    if (values.size() < 7) {
      throw values.size() < NAMES.length ? error(values.size(), "is missing: the reply has " + values.size()
          + " fields, it needs " + NAMES.length + ", each followed by a comma")
          : error(5, "is not followed by a comma");
    }
    if (values.size() > 7 || !values.get(6).isEmpty()) {
      throw error(5, "is followed by more than its comma: '" + String.join(",", values.subList(6, values.size())) + "'");
    }
    String amount = values.get(5);
    Matcher m = EDITED.matcher(amount);
    if (amount.length() > SIZES[5] || !m.matches()) {
      throw error(5, "'" + amount + "' is not an amount edited by PIC -zzzzzzzzz9.99");
    }
    long cents = Long.parseLong(m.group(2)) * 100 + Long.parseLong(m.group(3));
    return new CardDemoAuthReply(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
        m.group(1) != null ? -cents : cents);
  }

  private static String text(int index, String value) {
    return CardDemoAuthRequest.text(value, SIZES[index], rule -> error(index, rule));
  }

  private static CardDemoFormatException error(int index, String rule) {
    return new CardDemoFormatException(WHAT, index + 1, NAMES[index], rule);
  }
}
