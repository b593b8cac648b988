package io.corebank.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.AccountBalance;
import io.corebank.ledger.AccountStatus;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerService;
import io.corebank.nacha.AchFileReader;
import io.corebank.nacha.AchRecord;
import io.corebank.nacha.Addenda99;
import io.corebank.nacha.EntryDetail;
import io.corebank.nacha.NachaValidator;
import io.corebank.nacha.ValidationOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inbound ACH as the RDFI against a real ledger: every return reason the bank decides, OFAC holds, Reg CC
 * float holds, the return file (accepted by our own validator), duplicates, rejected files posting
 * nothing, and a file interrupted half-way and ingested again posting every entry exactly once.
 */
@SpringBootTest(properties = {"corebank.ach.chunk-entries=4", "corebank.ach.refuse-credits-to=ACHREFUSE1"})
@Import(AchInboundContractTest.CrashingScreen.class)
abstract class AchInboundContractTest {
  static final String OUR_ROUTING = "121042882";
  static final String EMPLOYER_BANK = "231380104";
  static final AtomicInteger files = new AtomicInteger();

  @Autowired AchInbound inbound;
  @Autowired AccountService accounts;
  @Autowired LedgerService ledger;
  @Autowired InternalAccounts internal;
  @Autowired LedgerCheck check;
  @Autowired AchCheck achCheck;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired AchSettings settings;
  @Autowired NameScreen screen;
  @TempDir Path temp;

  String prefix;

  @BeforeEach
  void setUp() {
    internal.ensureOpen();
    prefix = "A" + files.incrementAndGet() + getClass().getSimpleName().length();
  }

  Account open(String suffix, String product) {
    return accounts.open(new OpenAccount(prefix + suffix, null, product, "ACH test " + suffix, null, null), "test");
  }

  long funded(String suffix, long cents) {
    Account a = open(suffix, "CHK-STD");
    if (cents > 0) {
      ledger.post(JournalRequest.transfer("fund:" + a.accountNumber(), "CASH-DEP", internal.id(InternalAccount.VAULT_CASH),
          a.accountId(), cents, "USD", "funding", "test", "TEST"));
    }
    return a.accountId();
  }

  AccountBalance balance(long accountId) {
    return ledger.balance(accountId);
  }

  Path payroll(char modifier, List<PayrollFiles.Payment> payments) {
    Path file = temp.resolve("payroll-" + modifier + "-" + files.incrementAndGet() + ".ach");
    PayrollFiles.write(file, EMPLOYER_BANK, OUR_ROUTING, "ACME PAYROLL", LocalDate.of(2026, 1, 2), modifier,
        payments.iterator());
    return file;
  }

  @Test
  void payrollPostsCreditsWithNextDayFloatAndReturnsWhatItCannotPost() throws IOException {
    long good = funded("GOOD", 0);
    long closed = funded("CLOSED", 0);
    accounts.changeStatus(closed, AccountStatus.CLOSED, "test", "closed for the test");
    long frozen = funded("FROZEN", 0);
    accounts.changeStatus(frozen, AccountStatus.FROZEN, "test", "frozen for the test");
    Account cd = open("CD", "CD-12M");
    // corebank.ach.refuse-credits-to names account ACHREFUSE1 (set for this test class)
    Account refusing = accounts.findByNumber("ACHREFUSE1")
        .orElseGet(() -> accounts.open(new OpenAccount("ACHREFUSE1", null, "CHK-STD", "refuses credits", null, null), "test"));

    Path file = payroll('A', List.of(
        new PayrollFiles.Payment(prefix + "GOOD", "JANE GOOD", 1_234_56),
        new PayrollFiles.Payment(prefix + "CLOSED", "CLOSED PERSON", 100_00),
        new PayrollFiles.Payment(prefix + "FROZEN", "FROZEN PERSON", 200_00),
        new PayrollFiles.Payment(prefix + "NOSUCH", "NOBODY HERE", 300_00),
        new PayrollFiles.Payment("BAD#ACCT", "BAD NUMBER", 400_00),
        new PayrollFiles.Payment(cd.accountNumber(), "CD HOLDER", 500_00),
        new PayrollFiles.Payment("ACHREFUSE1", "REFUSER", 600_00),
        new PayrollFiles.Payment(prefix + "GOOD", "BANCO NACIONAL DE CUBA", 700_00)));

    AchInbound.IngestReport report = inbound.ingest(file);

    assertThat(report.status()).isEqualTo("PROCESSED");
    assertThat(report.entriesByStatus()).containsEntry("POSTED", 1L).containsEntry("RETURNED", 6L).containsEntry("HELD", 1L);
    assertThat(report.returnsByReason()).containsExactlyInAnyOrderEntriesOf(Map.of("R02", 1L, "R16", 1L, "R03", 1L, "R04", 1L,
        "R20", 1L, "R23", 1L));
    assertThat(report.postedCreditCents()).isEqualTo(1_234_56);
    // Reg CC: the payroll credit is posted but not available until the next business day
    assertThat(balance(good)).extracting(AccountBalance::currentCents, AccountBalance::availableCents,
        AccountBalance::pendingCents).containsExactly(1_234_56L, 0L, 1_234_56L);
    assertThat(balance(closed).currentCents()).isZero();
    assertThat(balance(frozen).currentCents()).isZero();
    assertThat(balance(refusing.accountId()).currentCents()).isZero();
    // the OFAC hit is held for review with the list entry named, and posts nothing
    String held = jdbc.queryForObject("SELECT DETAIL FROM ACH_ENTRY WHERE FILE_ID = ? AND STATUS = 'HELD'", String.class,
        report.fileId());
    assertThat(held).contains("OFAC").contains("BANCO NACIONAL DE CUBA");

    // the return file: our validator accepts it; each return quotes its original trace and reason
    Path returns = report.returnFile().orElseThrow();
    assertThat(NachaValidator.validate(returns, ValidationOptions.defaults()).accepted()).isTrue();
    List<String> reasons = new ArrayList<>();
    List<String> originalTraces = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(returns); AchFileReader reader = new AchFileReader(r, ValidationOptions.defaults())) {
      for (AchRecord rec; (rec = reader.next()) != null; ) {
        if (rec instanceof Addenda99 a) {
          reasons.add(a.reasonCode());
          originalTraces.add(a.originalEntryTraceNumber());
        }
        if (rec instanceof EntryDetail e) assertThat(e.transactionCode()).isEqualTo(21);
      }
    }
    assertThat(reasons).containsExactly("R02", "R16", "R03", "R04", "R20", "R23");
    assertThat(originalTraces).containsExactly("231380100000002", "231380100000003", "231380100000004",
        "231380100000005", "231380100000006", "231380100000007");
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void debitBeyondTheFundsIsReturnedR01() throws IOException {
    long rich = funded("RICH", 1_000_00);
    long poor = funded("POOR", 10_00);
    Path file = temp.resolve("debits.ach");
    Files.writeString(file, debitFile(List.of(new String[] {prefix + "RICH", "40000"}, new String[] {prefix + "POOR", "1001"})));
    AchInbound.IngestReport report = inbound.ingest(file);
    assertThat(report.returnsByReason()).containsExactly(Map.entry("R01", 1L));
    assertThat(balance(rich).currentCents()).isEqualTo(600_00);
    assertThat(balance(poor).currentCents()).isEqualTo(10_00);
  }

  @Test
  void duplicatesAreRefusedAndARejectedFilePostsNothing() throws IOException {
    long good = funded("DUP", 0);
    Path file = payroll('B', List.of(new PayrollFiles.Payment(prefix + "DUP", "JANE DUP", 50_00)));
    assertThat(inbound.ingest(file).status()).isEqualTo("PROCESSED");
    // the same content again, under another name
    Path copy = temp.resolve("copy-of-" + file.getFileName());
    Files.copy(file, copy);
    AchInbound.IngestReport again = inbound.ingest(copy);
    assertThat(again.status()).isEqualTo("DUPLICATE");
    assertThat(again.detail()).contains("same content");
    // other content with the same origin, creation date and file id modifier
    Path sameId = payroll('B', List.of(new PayrollFiles.Payment(prefix + "DUP", "JANE DUP", 51_00)));
    assertThat(inbound.ingest(sameId).detail()).contains("file id modifier B");
    assertThat(balance(good).currentCents()).isEqualTo(50_00);

    // a file whose control totals are wrong is rejected whole
    List<String> lines = new ArrayList<>(Files.readAllLines(payroll('C', List.of(
        new PayrollFiles.Payment(prefix + "DUP", "JANE DUP", 52_00)))));
    String control = lines.get(3);
    lines.set(3, control.substring(0, 32) + "000000009999" + control.substring(44));
    Path broken = temp.resolve("broken.ach");
    Files.write(broken, lines);
    AchInbound.IngestReport rejected = inbound.ingest(broken);
    assertThat(rejected.status()).isEqualTo("REJECTED");
    assertThat(rejected.detail()).contains("line 4");
    assertThat(balance(good).currentCents()).isEqualTo(50_00);
  }

  @Test
  void aFileStoppedHalfWayPostsEveryEntryOnceWhenIngestedAgain() {
    List<Long> ids = new ArrayList<>();
    List<PayrollFiles.Payment> payments = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(funded("K" + i, 0));
      payments.add(new PayrollFiles.Payment(prefix + "K" + i, "EMPLOYEE " + prefix + i, 100_00 + i));
    }
    Path file = payroll('D', payments);
    long journalsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);
    // chunks of 4 per partition: the chunk holding entry 6 dies while screening it, as a crash would; what
    // its partition committed before stays, the other partition ran to the end
    assertThat(screen).isNotInstanceOf(SdnNameScreen.class);
    CrashingScreen.crashOn("EMPLOYEE " + prefix + "5");
    assertThatThrownBy(() -> inbound.ingest(file)).hasMessageContaining("run the ingest again to resume");
    List<String> accounts = payments.stream().map(PayrollFiles.Payment::accountNumber).toList();
    boolean[] committed = CrashPoint.committed(accounts, 5, 4, 2);
    for (int i = 0; i < 10; i++) assertThat(balance(ids.get(i)).currentCents()).isEqualTo(committed[i] ? 100_00 + i : 0);
    assertThat(committed[5]).isFalse();

    AchInbound.IngestReport resumed = inbound.ingest(file);
    assertThat(resumed.status()).isEqualTo("PROCESSED");
    assertThat(resumed.count("POSTED")).isEqualTo(10);
    for (int i = 0; i < 10; i++) assertThat(balance(ids.get(i)).currentCents()).isEqualTo(100_00 + i);
    // one journal per entry, none twice
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class)).isEqualTo(journalsBefore + 10);
    assertThat(inbound.ingest(file).status()).isEqualTo("DUPLICATE");
    assertThat(check.run().clean()).isTrue();
    assertThat(achCheck.run().clean()).isTrue();
  }

  /**
   * The database no longer checks each entry record's file (V12: the key check per row doubled the cost of
   * writing them); {@code ach check} does, over the whole table. The orphan is written and rolled back in
   * one transaction, so the other tests never see it.
   */
  @Test
  void achCheckFindsAnEntryRecordWhoseFileIsNotRegistered() throws IOException {
    funded("CHK", 0);
    AchInbound.IngestReport report = inbound.ingest(payroll('F', List.of(new PayrollFiles.Payment(prefix + "CHK", "CHECKED", 10_00))));
    assertThat(report.count("POSTED")).isEqualTo(1);
    AchCheck.Report clean = achCheck.run();
    assertThat(clean.clean()).as(clean.differences().toString()).isTrue();
    assertThat(clean.entryRecords()).isPositive();

    new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
      long unregistered = jdbc.queryForObject("SELECT COALESCE(MAX(FILE_ID), 0) + 999 FROM ACH_FILE", Long.class);
      for (int line : new int[] {7, 3}) {
        jdbc.update("INSERT INTO ACH_ENTRY (FILE_ID, LINE_NO, BATCH_LINE_NO, SEC_CODE, TRANSACTION_CODE, DFI_ACCOUNT, AMOUNT, "
            + "TRACE_NUMBER, STATUS, ENTRY_RECORD, BATCH_HEADER) VALUES (?, ?, 2, 'PPD', 22, 'X', 1.00, '231380100000001', "
            + "'POSTED', 'x', 'x')", unregistered, line);
      }
      AchCheck.Report found = achCheck.run();
      assertThat(found.clean()).isFalse();
      assertThat(found.differencesFound()).isEqualTo(1);
      assertThat(found.differences()).containsExactly(
          "file " + unregistered + " is not registered, but 2 entry record(s) name it (the first at line 3)");
      status.setRollbackOnly();
    });
    assertThat(achCheck.run().clean()).isTrue();
  }

  /** The real screen, which can be told to die once on a name: a crash in the middle of a file. */
  @TestConfiguration
  static class CrashingScreen {
    static final AtomicReference<String> crashOn = new AtomicReference<>();

    static void crashOn(String name) {
      crashOn.set(name);
    }

    @Bean
    @Primary
    NameScreen crashingScreen(SdnNameScreen real) {
      return name -> {
        String n = name.strip();
        String armed = crashOn.get();
        if (n.equals(armed) && crashOn.compareAndSet(armed, null)) throw new IllegalStateException("simulated crash");
        return real.match(name);
      };
    }
  }

  /** A PPD debit file (transaction code 27) from the employer's bank, built with the library's writer. */
  String debitFile(List<String[]> accountAndCents) throws IOException {
    var out = new java.io.StringWriter();
    try (var writer = new io.corebank.nacha.AchFileWriter(out, io.corebank.nacha.AchFileWriter.LineEnding.LF)) {
      writer.fileHeader(io.corebank.nacha.FileHeader.builder().immediateDestination(OUR_ROUTING).immediateOrigin(EMPLOYER_BANK)
          .fileCreation("260102", "0200").fileIdModifier('E').immediateOriginName("UTILITY CO").build());
      writer.beginBatch(io.corebank.nacha.BatchHeader.builder().serviceClassCode(225).companyName("UTILITY CO")
          .companyIdentification("1231380104").secCode(io.corebank.nacha.SecCode.PPD).companyEntryDescription("BILL")
          .effectiveEntryDate("260102").odfiIdentification("23138010").batchNumber(1).build());
      long seq = 0;
      for (String[] a : accountAndCents) {
        writer.entry(EntryDetail.builder().transactionCode(27).rdfiRoutingNumber(OUR_ROUTING).dfiAccountNumber(a[0])
            .amountCents(Long.parseLong(a[1])).individualName("CUSTOMER " + seq).traceNumber("23138010", ++seq).build());
      }
      writer.endBatch();
    }
    return out.toString();
  }
}
