package io.corebank.ach;

import io.corebank.businessdate.BusinessCalendar;
import io.corebank.ledger.FundsCheck;
import io.corebank.ledger.HoldKind;
import io.corebank.ledger.HoldRequest;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingOutcome;
import io.corebank.ledger.PostingRejectedException;
import io.corebank.ledger.RejectionReason;
import io.corebank.nacha.Addenda;
import io.corebank.nacha.Addenda10;
import io.corebank.nacha.Addenda11;
import io.corebank.nacha.Addenda98;
import io.corebank.nacha.EntryDetail;
import io.corebank.nacha.ReturnAddenda;
import io.corebank.nacha.TransactionCodes;
import io.corebank.platform.Money;
import io.corebank.platform.PostgresCopy;
import io.corebank.platform.SqlMembership;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Processes a chunk of a received file's entries as the RDFI, in the chunk's transaction: OFAC screening
 * (a hit is held for review, never posted), the receiving account (by DFI account number), the rules that
 * turn an entry into a return (R01 insufficient funds, R02 closed, R03 no account, R04 invalid account
 * number, R16 frozen, R20 non-transaction account, R23 credit refused), the postings through the ledger
 * against ACH clearing, Reg CC float holds on credits, and one ACH_ENTRY row per entry. Returns and
 * notifications of change for entries we originated are matched to them: a return reverses the original
 * debit of our customer, a correction is recorded.
 */
final class AchPostingWriter implements ItemWriter<AchItem> {
  static final String SOURCE = "ACH";
  static final String ACTOR = "ach";
  private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9A-Za-z-]{1,17}");
  private static final ZoneId BANK_ZONE = ZoneId.of("America/New_York");

  private final long fileId;
  private final JdbcTemplate jdbc;
  private final SqlMembership membership;
  private final LedgerService ledger;
  private final NameScreen screen;
  private final AchSettings settings;
  private final BusinessCalendar calendar;
  private final LocalDate businessDate;
  private final long clearingAccountId;
  /** PostgreSQL: the chunk's entry rows go in with COPY. */
  private final boolean bulk;
  static final String ENTRY_COLUMNS = "FILE_ID, LINE_NO, BATCH_LINE_NO, SEC_CODE, TRANSACTION_CODE, DFI_ACCOUNT, AMOUNT, "
      + "RECEIVER_NAME, ORIGINATOR_NAME, TRACE_NUMBER, STATUS, RETURN_REASON, DETAIL, ACCOUNT_ID, JOURNAL_ID, HOLD_ID, "
      + "ENTRY_RECORD, BATCH_HEADER";

  AchPostingWriter(long fileId, JdbcTemplate jdbc, SqlMembership membership, LedgerService ledger, NameScreen screen,
      AchSettings settings, BusinessCalendar calendar, LocalDate businessDate, long clearingAccountId, boolean bulk) {
    this.bulk = bulk;
    this.fileId = fileId;
    this.jdbc = jdbc;
    this.membership = membership;
    this.ledger = ledger;
    this.screen = screen;
    this.settings = settings;
    this.calendar = calendar;
    this.businessDate = businessDate;
    this.clearingAccountId = clearingAccountId;
  }

  /** The receiving account as the rules need it. */
  record Receiver(long accountId, String accountNumber, String status, boolean transactional) {}

  /** What becomes of one entry: its ACH_ENTRY row's fields. */
  private static final class Outcome {
    final AchItem item;
    String status;
    String returnReason;
    String detail;
    Long accountId;
    Long journalId;
    Long holdId;
    String receiverName;
    String originatorName;

    Outcome(AchItem item) {
      this.item = item;
    }

    void returned(String reason, String why) {
      returnReason = reason;
      if (item.secCode().equals("IAT")) {
        // an IAT return carries the IAT addenda set: prepared by operations, so the item waits for them
        status = "HELD";
        detail = "to return " + reason + " (IAT returns are prepared by hand): " + why;
        return;
      }
      status = "RETURNED";
      detail = why;
    }
  }

  @Override
  public void write(Chunk<? extends AchItem> chunk) {
    List<Outcome> outcomes = new ArrayList<>(chunk.size());
    TreeSet<String> accountNumbers = new TreeSet<>();
    for (AchItem item : chunk.getItems()) {
      Outcome o = new Outcome(item);
      o.receiverName = receiverName(item);
      o.originatorName = originatorName(item);
      outcomes.add(o);
      String number = accountNumber(item);
      if (number != null && ACCOUNT_NUMBER.matcher(number).matches()) accountNumbers.add(number);
    }
    Map<String, Receiver> receivers = receivers(accountNumbers);

    List<Outcome> toPost = new ArrayList<>();
    Map<String, Optional<String>> screened = new HashMap<>();
    for (Outcome o : outcomes) {
      int tc = o.item.entry().transactionCode();
      if (TransactionCodes.isReturnOrNoc(tc)) {
        returnOrCorrectionOfOurs(o);
        continue;
      }
      if (TransactionCodes.isAdvice(tc)) {
        o.status = "NO_POSTING";
        o.detail = "automated accounting advice " + tc + " (informational, nothing to post)";
        continue;
      }
      Optional<String> hit = screen(o, screened);
      if (hit.isPresent()) {
        o.status = "HELD";
        o.detail = "OFAC: " + hit.get() + " (held for review, not posted)";
        continue;
      }
      String number = accountNumber(o.item);
      if (number == null || !ACCOUNT_NUMBER.matcher(number).matches()) {
        o.returned("R04", "account number '" + (number == null ? "" : number) + "' is not a valid account number");
        continue;
      }
      Receiver r = receivers.get(number);
      if (r == null) {
        o.returned("R03", "no account " + number);
        continue;
      }
      o.accountId = r.accountId();
      boolean credit = TransactionCodes.isCredit(tc);
      if (r.status().equals("CLOSED")) {
        o.returned("R02", "account " + number + " is closed");
      } else if (r.status().equals("FROZEN")) {
        o.returned("R16", "account " + number + " is frozen");
      } else if (!r.transactional()) {
        o.returned("R20", "account " + number + " is a non-transaction account");
      } else if (credit && settings.refuseCreditsTo().contains(number)) {
        o.returned("R23", "the receiver of account " + number + " refuses ACH credits");
      } else if (o.item.entry().amountCents() == 0) {
        o.status = "NO_POSTING";
        o.detail = "zero amount (prenotification or remittance only)";
      } else {
        toPost.add(o);
      }
    }
    post(toPost);
    insertRows(outcomes);
  }

  /**
   * Posts the postable entries in one ledger batch, each credit with its Reg CC float hold in the same pass;
   * a refusal becomes a return.
   */
  private void post(List<Outcome> toPost) {
    if (toPost.isEmpty()) return;
    List<JournalRequest> requests = new ArrayList<>(toPost.size());
    List<HoldRequest> holds = new ArrayList<>(toPost.size());
    for (Outcome o : toPost) {
      long cents = o.item.entry().amountCents();
      boolean credit = TransactionCodes.isCredit(o.item.entry().transactionCode());
      String key = "ach:in:" + fileId + ":" + o.item.lineNumber();
      String description = "ACH " + o.item.secCode() + " " + o.item.companyEntryDescription().strip() + " "
          + (o.originatorName == null ? "" : o.originatorName.strip()) + " trace " + traceNumber(o.item);
      JournalRequest.Builder b = JournalRequest.builder(key).txnCode(credit ? "ACH-CR" : "ACH-DR").sourceSystem(SOURCE)
          .externalRef(traceNumber(o.item)).description(description.length() > 140 ? description.substring(0, 140) : description)
          .actor(ACTOR).fundsCheck(FundsCheck.ENFORCE);
      if (credit) b.debit(clearingAccountId, cents, "USD").credit(o.accountId, cents, "USD");
      else b.debit(o.accountId, cents, "USD").credit(clearingAccountId, cents, "USD");
      requests.add(b.build());
      holds.add(credit ? floatHold(o) : null);
    }
    List<LedgerService.PostingWithHold> posted = ledger.postBatchWithHolds(requests, holds);
    for (int i = 0; i < toPost.size(); i++) {
      Outcome o = toPost.get(i);
      PostingOutcome p = posted.get(i).posting();
      if (!p.isPosted()) {
        RejectionReason reason = p.rejection().reason();
        switch (reason) {
          case INSUFFICIENT_FUNDS -> o.returned("R01", "insufficient funds: " + p.rejection().detail());
          case ACCOUNT_CLOSED -> o.returned("R02", p.rejection().detail());
          case ACCOUNT_FROZEN -> o.returned("R16", p.rejection().detail());
          case ACCOUNT_NOT_FOUND -> o.returned("R03", p.rejection().detail());
          default -> throw new PostingRejectedException(p.rejection());
        }
        continue;
      }
      o.status = "POSTED";
      o.journalId = p.receipt().journalId();
      if (posted.get(i).hold() != null) o.holdId = posted.get(i).hold().holdId();
    }
  }

  /** The Reg CC float hold of a credit: payroll next business day, others per configuration; null when available at once. */
  private HoldRequest floatHold(Outcome o) {
    int days = isPayroll(o.item) ? settings.payrollAvailabilityDays() : settings.defaultAvailabilityDays();
    if (days <= 0) return null;
    LocalDate available = businessDate;
    for (int d = 0; d < days; d++) available = calendar.nextBusinessDay(available);
    return new HoldRequest("ach:float:" + fileId + ":" + o.item.lineNumber(), o.accountId, HoldKind.FLOAT,
        o.item.entry().amountCents(), "USD", "Reg CC: ACH credit available " + available, traceNumber(o.item),
        available.atStartOfDay(BANK_ZONE).toInstant(), ACTOR);
  }

  /** PPD credits described as payroll are available the next business day (Reg CC). */
  static boolean isPayroll(AchItem item) {
    String description = item.companyEntryDescription().toUpperCase();
    return item.secCode().equals("PPD") && (description.contains("PAYROLL") || description.contains("SALARY")
        || description.contains("PAY "));
  }

  /** A return or notification of change of an entry we originated. */
  private void returnOrCorrectionOfOurs(Outcome o) {
    Optional<Addenda> returnAddenda = o.item.addenda().stream().filter(a -> a instanceof ReturnAddenda).findFirst();
    Optional<Addenda> change = o.item.addenda().stream().filter(a -> a instanceof Addenda98).findFirst();
    if (change.isPresent()) {
      Addenda98 noc = (Addenda98) change.get();
      String originalTrace = noc.value(Addenda98.ORIGINAL_ENTRY_TRACE_NUMBER).strip();
      Long originationId = originationByTrace(originalTrace);
      jdbc.update("INSERT INTO ACH_NOC (FILE_ID, LINE_NO, ORIGINATION_ID, ORIGINAL_TRACE, CHANGE_CODE, CORRECTED_DATA, "
              + "RECEIVED_AT) VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)", fileId, o.item.lineNumber(), originationId,
          originalTrace, noc.changeCode(), noc.correctedData().strip());
      o.status = "NOC_IN";
      o.detail = "notification of change " + noc.changeCode() + " for trace " + originalTrace + ": "
          + noc.correctedData().strip() + (originationId == null ? " (no entry of ours with that trace)" : "");
      return;
    }
    if (returnAddenda.isEmpty()) {
      o.status = "RETURN_IN";
      o.detail = "return without an addenda 99 (nothing to match)";
      return;
    }
    ReturnAddenda r = (ReturnAddenda) returnAddenda.get();
    String originalTrace = r.originalEntryTraceNumber();
    o.status = "RETURN_IN";
    o.returnReason = r.reasonCode();
    Long originationId = originationByTrace(originalTrace);
    if (originationId == null) {
      o.detail = "return " + r.reasonCode() + " of trace " + originalTrace + ": no entry of ours with that trace (for review)";
      return;
    }
    Map<String, Object> origination = jdbc.queryForMap("SELECT JOURNAL_ID, STATUS, ACCOUNT_ID FROM ACH_ORIGINATION "
        + "WHERE ORIGINATION_ID = ?", originationId);
    long journalId = ((Number) origination.get("JOURNAL_ID")).longValue();
    // the reversal gives the customer back what the origination debited; FORCE: money coming back is never refused
    var reversal = ledger.reverse(journalId, ACTOR, "ACH return " + r.reasonCode() + " of trace " + originalTrace,
        FundsCheck.FORCE);
    jdbc.update("UPDATE ACH_ORIGINATION SET STATUS = 'RETURNED', RETURN_REASON = ?, RETURN_JOURNAL_ID = ? "
        + "WHERE ORIGINATION_ID = ?", r.reasonCode(), reversal.journalId(), originationId);
    o.accountId = ((Number) origination.get("ACCOUNT_ID")).longValue();
    o.journalId = reversal.journalId();
    o.detail = "return " + r.reasonCode() + " of our entry " + originalTrace + ": origination reversed";
  }

  private Long originationByTrace(String trace) {
    List<Long> ids = jdbc.queryForList("SELECT ORIGINATION_ID FROM ACH_ORIGINATION WHERE TRACE_NUMBER = ?", Long.class, trace);
    return ids.isEmpty() ? null : ids.get(0);
  }

  private Optional<String> screen(Outcome o, Map<String, Optional<String>> screened) {
    for (String name : new String[] {o.receiverName, o.originatorName}) {
      if (name == null || name.isBlank()) continue;
      // a batch's originator repeats on every entry: screened once per chunk
      Optional<String> hit = screened.computeIfAbsent(name, screen::match);
      if (hit.isPresent()) return Optional.of("'" + name.strip() + "' matches " + hit.get());
    }
    return Optional.empty();
  }

  private Map<String, Receiver> receivers(TreeSet<String> accountNumbers) {
    Map<String, Receiver> found = new HashMap<>();
    membership.query("SELECT a.ACCOUNT_ID, a.ACCOUNT_NUMBER, a.STATUS, p.TRANSACTIONAL FROM ACCOUNT a "
            + "JOIN PRODUCT p ON p.PRODUCT_CODE = a.PRODUCT_CODE WHERE a.ACCOUNT_NUMBER", accountNumbers, "varchar", "",
        rs -> { found.put(rs.getString(2), new Receiver(rs.getLong(1), rs.getString(2), rs.getString(3),
            "Y".equals(rs.getString(4)))); });
    return found;
  }

  /**
   * The account an entry posts to, as partitions are chosen (see {@link AchEntryReader}): its DFI account
   * number, or for a return or notification of change of an entry we originated, the number of our
   * customer's account that entry debited (the reversal posts there).
   */
  static String partitionKey(AchItem item, JdbcTemplate jdbc) {
    if (TransactionCodes.isReturnOrNoc(item.entry().transactionCode())) {
      String trace = null;
      for (Addenda a : item.addenda()) {
        if (a instanceof ReturnAddenda r) trace = r.originalEntryTraceNumber();
        else if (a instanceof Addenda98 noc) trace = noc.value(Addenda98.ORIGINAL_ENTRY_TRACE_NUMBER).strip();
      }
      if (trace != null) {
        List<String> ours = jdbc.queryForList("SELECT a.ACCOUNT_NUMBER FROM ACH_ORIGINATION o JOIN ACCOUNT a "
            + "ON a.ACCOUNT_ID = o.ACCOUNT_ID WHERE o.TRACE_NUMBER = ?", String.class, trace);
        if (!ours.isEmpty()) return ours.get(0);
      }
    }
    String number = accountNumber(item);
    return number == null ? "" : number;
  }

  static String accountNumber(AchItem item) {
    if (item.entry() instanceof EntryDetail e) return e.dfiAccountNumber().strip();
    String line = item.entryText();
    // IAT entry detail: the foreign receiver's DFI account number, positions 40-74
    return line.length() >= 74 ? line.substring(39, 74).strip() : null;
  }

  static String traceNumber(AchItem item) {
    return item.entryText().length() >= 94 ? item.entryText().substring(79, 94) : "";
  }

  static String receiverName(AchItem item) {
    if (item.entry() instanceof EntryDetail e) return e.individualName();
    for (Addenda a : item.addenda()) if (a instanceof Addenda10) return a.format().substring(46, 81);
    return null;
  }

  static String originatorName(AchItem item) {
    if (!item.companyName().isBlank()) return item.companyName();
    for (Addenda a : item.addenda()) if (a instanceof Addenda11) return a.format().substring(3, 38);
    return null;
  }

  private void insertRows(List<Outcome> outcomes) {
    List<Object[]> rows = new ArrayList<>(outcomes.size());
    for (Outcome o : outcomes) {
      AchItem i = o.item;
      rows.add(new Object[] {fileId, i.lineNumber(), i.batchLineNumber(), i.secCode(), i.entry().transactionCode(),
          AchFiles.truncate(accountNumber(i) == null ? "" : accountNumber(i), 35), Money.toDecimal(i.entry().amountCents()),
          o.receiverName == null ? null : AchFiles.truncate(o.receiverName.strip(), 35),
          o.originatorName == null ? null : AchFiles.truncate(o.originatorName.strip(), 35), traceNumber(i), o.status,
          o.returnReason, AchFiles.truncate(o.detail, 300), o.accountId, o.journalId, o.holdId, i.entryText(),
          i.batchHeaderText()});
    }
    if (bulk) {
      PostgresCopy.copyRows(jdbc, "ACH_ENTRY", ENTRY_COLUMNS, rows);
      return;
    }
    jdbc.batchUpdate("INSERT INTO ACH_ENTRY (FILE_ID, LINE_NO, BATCH_LINE_NO, SEC_CODE, TRANSACTION_CODE, DFI_ACCOUNT, "
        + "AMOUNT, RECEIVER_NAME, ORIGINATOR_NAME, TRACE_NUMBER, STATUS, RETURN_REASON, DETAIL, ACCOUNT_ID, JOURNAL_ID, "
        + "HOLD_ID, ENTRY_RECORD, BATCH_HEADER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }
}
