package io.corebank.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.JournalRequest;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerService;
import io.corebank.ledger.PostingRejectedException;
import io.corebank.nacha.AchFileReader;
import io.corebank.nacha.AchFileWriter;
import io.corebank.nacha.AchRecord;
import io.corebank.nacha.Addenda98;
import io.corebank.nacha.BatchHeader;
import io.corebank.nacha.EntryDetail;
import io.corebank.nacha.FileHeader;
import io.corebank.nacha.NachaValidator;
import io.corebank.nacha.ReturnEntryBuilder;
import io.corebank.nacha.SecCode;
import io.corebank.nacha.ValidationOptions;
import io.corebank.support.Databases;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Origination as the ODFI: payments debited at once and queued, sent at a Fed window in a file our validator
 * accepts, with effective dates from the window and the holiday calendar; the receiving bank's return of
 * one of them reverses it, and its notification of change is recorded.
 */
@SpringBootTest
class AchOriginationTest {
  static final ZoneId EASTERN = ZoneId.of("America/New_York");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
    String varDir = System.getProperty("java.io.tmpdir") + "/ach-orig-" + System.nanoTime();
    registry.add("corebank.var-dir", () -> varDir);
  }

  @Autowired AchOrigination origination;
  @Autowired AchInbound inbound;
  @Autowired AchWindows windows;
  @Autowired AccountService accounts;
  @Autowired LedgerService ledger;
  @Autowired InternalAccounts internal;
  @Autowired LedgerCheck check;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path temp;

  long funded(String number, long cents) {
    internal.ensureOpen();
    Account a = accounts.open(new OpenAccount(number, null, "CHK-STD", "payer " + number, null, null), "test");
    ledger.post(JournalRequest.transfer("fund:" + number, "CASH-DEP", internal.id(InternalAccount.VAULT_CASH), a.accountId(),
        cents, "USD", "funding", "test", "TEST"));
    return a.accountId();
  }

  AchOrigination.Payment payment(String key, String from, long cents) {
    return new AchOrigination.Payment(key, from, "231380104", "98765432", "LANDLORD LLC", cents, "PPD", "RENT");
  }

  @Test
  void effectiveDatesFollowTheWindowAndTheCalendar() {
    AchWindows.Window sameDay = windows.named("SAMEDAY1");
    AchWindows.Window overnight = windows.named("OVERNIGHT");
    LocalDate friday = LocalDate.of(2026, 11, 20);
    assertThat(windows.effectiveDate(sameDay, friday)).isEqualTo(friday);
    assertThat(windows.effectiveDate(overnight, friday)).isEqualTo(LocalDate.of(2026, 11, 23));
    // Thanksgiving 2026-11-26: the Wednesday's overnight entries settle on Friday
    assertThat(windows.effectiveDate(overnight, LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(windows.effectiveDate(sameDay, LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(windows.all()).extracting(AchWindows.Window::name).containsExactly("OVERNIGHT", "SAMEDAY1", "SAMEDAY2");
  }

  @Test
  void paymentsAreDebitedAtOnceSentInTheWindowAndAReturnGivesTheMoneyBack() throws IOException {
    long payer = funded("ORIGPAYER1", 1_000_00);
    AchOrigination.Queued rent = origination.queue(payment("rent-2026-11", "ORIGPAYER1", 750_00));
    assertThat(ledger.balance(payer).currentCents()).isEqualTo(250_00);
    // the same request again is the same payment
    assertThat(origination.queue(payment("rent-2026-11", "ORIGPAYER1", 750_00)).replayed()).isTrue();
    assertThat(ledger.balance(payer).currentCents()).isEqualTo(250_00);
    // more than the account holds is refused and nothing is queued
    assertThatThrownBy(() -> origination.queue(payment("too-much", "ORIGPAYER1", 250_01)))
        .isInstanceOf(PostingRejectedException.class);
    origination.queue(payment("gym-2026-11", "ORIGPAYER1", 49_99));

    AchOrigination.WindowResult sent = origination.sendWindow("SAMEDAY1",
        ZonedDateTime.of(2026, 11, 20, 10, 30, 0, 0, EASTERN));
    assertThat(sent.entries()).isEqualTo(2);
    assertThat(sent.totalCents()).isEqualTo(799_99);
    assertThat(sent.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    Path file = sent.file().orElseThrow();
    assertThat(NachaValidator.validate(file, ValidationOptions.defaults()).accepted()).isTrue();
    // nothing left for the next window
    assertThat(origination.sendWindow("SAMEDAY2", ZonedDateTime.of(2026, 11, 20, 14, 45, 0, 0, EASTERN)).entries()).isZero();

    EntryDetail sentRent = entries(file).get(0);
    assertThat(sentRent.amountCents()).isEqualTo(750_00);
    assertThat(sentRent.traceNumber()).startsWith("12104288");

    // the receiving bank returns the rent (R03) and corrects the gym's account (C01)
    Path returns = temp.resolve("returns.ach");
    StringWriter out = new StringWriter();
    try (AchFileWriter w = new AchFileWriter(out, AchFileWriter.LineEnding.LF)) {
      w.fileHeader(FileHeader.builder().immediateDestination("121042882").immediateOrigin("231380104")
          .fileCreation("261123", "0900").fileIdModifier('R').immediateOriginName("OTHER BANK").build());
      w.beginBatch(BatchHeader.builder().serviceClassCode(200).companyName("COREBANK").companyIdentification("1121042882")
          .secCode(SecCode.PPD).companyEntryDescription("RENT").effectiveEntryDate("261123").odfiIdentification("23138010")
          .batchNumber(1).build());
      ReturnEntryBuilder.ReturnEntry r = ReturnEntryBuilder.returnOf(sentRent).reasonCode("R03").trace("23138010", 1).build();
      w.entry(r.entry(), r.addenda());
      w.endBatch();
    }
    Files.writeString(returns, out.toString());
    AchInbound.IngestReport report = inbound.ingest(returns);
    assertThat(report.count("RETURN_IN")).isEqualTo(1);
    assertThat(ledger.balance(payer).currentCents()).isEqualTo(250_00 + 750_00 - 49_99);
    assertThat(jdbc.queryForObject("SELECT STATUS || ':' || RETURN_REASON FROM ACH_ORIGINATION WHERE ORIGINATION_ID = ?",
        String.class, rent.originationId())).isEqualTo("RETURNED:R03");
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void aRegisteredFileNotYetWrittenIsWrittenByTheNextWindowWithTheSameRows() throws IOException {
    funded("ORIGPAYER2", 100_00);
    origination.queue(payment("p2-1", "ORIGPAYER2", 10_00));
    AchOrigination.WindowResult first = origination.sendWindow("OVERNIGHT", ZonedDateTime.of(2026, 11, 23, 2, 15, 0, 0, EASTERN));
    byte[] written = Files.readAllBytes(first.file().orElseThrow());
    // as if the process died after registering the file and before writing it
    Files.delete(first.file().get());
    jdbc.update("UPDATE ACH_FILE SET STATUS = 'WRITING' WHERE FILE_NAME = ?", first.file().get().getFileName().toString());
    origination.sendWindow("SAMEDAY1", ZonedDateTime.of(2026, 11, 23, 10, 30, 0, 0, EASTERN));
    assertThat(Files.readAllBytes(first.file().get())).isEqualTo(written);
    assertThat(first.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  static List<EntryDetail> entries(Path file) throws IOException {
    List<EntryDetail> entries = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file); AchFileReader reader = new AchFileReader(r, ValidationOptions.defaults())) {
      for (AchRecord rec; (rec = reader.next()) != null; ) if (rec instanceof EntryDetail e) entries.add(e);
    }
    return entries;
  }
}
