package io.corebank.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.corebank.account.Account;
import io.corebank.account.AccountService;
import io.corebank.account.OpenAccount;
import io.corebank.card.settlement.AcquirerReferenceNumbers;
import io.corebank.card.settlement.MessageType;
import io.corebank.card.settlement.SettlementDetail;
import io.corebank.card.settlement.SettlementEncoding;
import io.corebank.card.settlement.SettlementFileWriter;
import io.corebank.card.settlement.SettlementHeader;
import io.corebank.gl.InternalAccount;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.HoldStatus;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerService;
import io.corebank.online.AuthorizationReply;
import io.corebank.online.AuthorizationRequest;
import io.corebank.online.Authorizations;
import io.corebank.online.CardTokens;
import io.corebank.online.Cards;
import io.corebank.support.Databases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The network's settlement file against authorizations made by the online processor: presentments capture
 * their holds (in full, in two clearings, within the tolerance), an unauthorized presentment is force-posted,
 * what cannot be matched goes to suspense with an exceptions report, refunds credit the cardholder,
 * interchange and fees go to their GL accounts, and a file whose trailer does not reconcile posts nothing.
 */
@SpringBootTest
class CardSettlementTest {
  static final AtomicLong arns = new AtomicLong(1);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
    String varDir = System.getProperty("java.io.tmpdir") + "/settle-" + System.nanoTime();
    registry.add("corebank.var-dir", () -> varDir);
  }

  @Autowired CardSettlement settlement;
  @Autowired Authorizations authorizations;
  @Autowired Cards cards;
  @Autowired CardTokens tokens;
  @Autowired AccountService accounts;
  @Autowired LedgerService ledger;
  @Autowired InternalAccounts internal;
  @Autowired LedgerCheck check;
  @Autowired JdbcTemplate jdbc;
  @Autowired SettlementDropbox dropbox;
  @TempDir Path temp;

  String pan(long n) {
    return CardTokens.withLuhn(String.format("5%014d", n));
  }

  SettlementDetail.Builder detail(MessageType type, String pan, String authCode, long cents, long interchange) {
    String arn = AcquirerReferenceNumbers.withCheckDigit(String.format("7%021d", arns.getAndIncrement()));
    SettlementDetail.Builder b = SettlementDetail.builder().messageType(type).cardToken(tokens.token(pan))
        .lastFour(pan.substring(pan.length() - 4)).arn(arn).transactionAmount(cents, "USD")
        .settlementAmount(cents, "USD").interchangeFeeCents(interchange).settlementDate(LocalDate.of(2026, 1, 5));
    if (type != MessageType.FEE) b.merchant("M000000001", "CORNER SHOP", "5411");
    if (authCode != null) b.authorizationCode(authCode).originalDate(LocalDate.of(2026, 1, 2));
    return b;
  }

  Path file(String name, String fileId, List<SettlementDetail> details) throws IOException {
    Path f = temp.resolve(name);
    try (OutputStream out = Files.newOutputStream(f); SettlementFileWriter w = new SettlementFileWriter(out, SettlementEncoding.ASCII)) {
      w.header(SettlementHeader.of("CARDNET", fileId, LocalDateTime.of(2026, 1, 5, 6, 0), LocalDate.of(2026, 1, 5), "USD"));
      for (SettlementDetail d : details) w.detail(d);
      w.finish();
    }
    return f;
  }

  @Test
  void presentmentsCaptureTheirHoldsAndEverythingElseHasAPlace() throws IOException {
    internal.ensureOpen();
    Account a = accounts.open(new OpenAccount("SETL-CARD-1", null, "CARD-STD", "settlement card", 2_000_00L, null), "test");
    String pan = pan(111);
    cards.issue(pan, a.accountId(), "2912", "USA");
    AuthorizationReply full = authorizations.authorize(new AuthorizationRequest("s-1", pan, "2912", 100_00, "USD", "5411", "M1", "SHOP", "USA", "05"));
    AuthorizationReply split = authorizations.authorize(new AuthorizationRequest("s-2", pan, "2912", 300_00, "USD", "7011", "M2", "HOTEL", "USA", "05"));
    AuthorizationReply tip = authorizations.authorize(new AuthorizationRequest("s-3", pan, "2912", 50_00, "USD", "5812", "M3", "BISTRO", "USA", "05"));
    AuthorizationReply tooMuch = authorizations.authorize(new AuthorizationRequest("s-4", pan, "2912", 20_00, "USD", "5411", "M4", "KIOSK", "USA", "05"));
    assertThat(List.of(full, split, tip, tooMuch)).allMatch(AuthorizationReply::approved);
    assertThat(ledger.balance(a.accountId()).heldCents()).isEqualTo(470_00);

    Path f = file("settle-1.dat", "F0001", List.of(
        detail(MessageType.PRESENTMENT, pan, full.authCode(), 100_00, 1_50).build(),
        detail(MessageType.PRESENTMENT, pan, split.authCode(), 120_00, 1_80).build(),   // first of two clearings
        detail(MessageType.PRESENTMENT, pan, split.authCode(), 180_00, 2_70).build(),   // the rest
        detail(MessageType.PRESENTMENT, pan, tip.authCode(), 58_00, 87).build(),         // a tip within 20%
        detail(MessageType.PRESENTMENT, pan, tooMuch.authCode(), 99_00, 0).build(),      // beyond tolerance: suspense
        detail(MessageType.PRESENTMENT, pan, "ZZZZZZ", 12_34, 0).build(),                // no authorization: forced
        detail(MessageType.PRESENTMENT, pan(999), "ABC123", 45_00, 0).build(),           // unknown card: suspense
        detail(MessageType.REFUND, pan, null, -10_00, 0).build(),
        detail(MessageType.FEE, pan, null, 3_00, 0).build()));

    long suspenseBefore = ledger.balance(internal.id(InternalAccount.SUSPENSE)).currentCents();
    long interchangeBefore = ledger.balance(internal.id(InternalAccount.INTERCHANGE_INCOME)).currentCents();
    CardSettlement.Report r = settlement.process(f, SettlementEncoding.ASCII);
    assertThat(r.status()).isEqualTo("PROCESSED");
    assertThat(r.itemsByOutcome()).containsEntry("CAPTURED", 4L).containsEntry("FORCED", 1L).containsEntry("SUSPENSE", 2L)
        .containsEntry("CREDITED", 1L).containsEntry("FEE", 1L);
    // the cardholder owes: 100 + 120 + 180 + 58 + 12.34 - 10 = 460.34; the over-tolerance one is still held (20.00)
    assertThat(ledger.balance(a.accountId()).currentCents()).isEqualTo(-460_34);
    assertThat(ledger.balance(a.accountId()).heldCents()).isEqualTo(20_00);
    assertThat(ledger.hold(full.holdId()).status()).isEqualTo(HoldStatus.CAPTURED);
    assertThat(ledger.hold(split.holdId()).status()).isEqualTo(HoldStatus.CAPTURED);
    assertThat(ledger.hold(tip.holdId()).status()).isEqualTo(HoldStatus.CAPTURED);
    assertThat(ledger.balance(internal.id(InternalAccount.SUSPENSE)).currentCents() - suspenseBefore).isEqualTo(-(99_00 + 45_00));
    assertThat(ledger.balance(internal.id(InternalAccount.INTERCHANGE_INCOME)).currentCents() - interchangeBefore)
        .isEqualTo(1_50 + 1_80 + 2_70 + 87);
    assertThat(r.exceptions()).isPresent();
    assertThat(Files.readString(r.exceptions().get())).contains("FORCED", "SUSPENSE", "****" + pan.substring(12))
        .doesNotContain(pan);
    assertThat(check.run().clean()).isTrue();

    // the same file again is a duplicate and posts nothing
    long journals = jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);
    assertThat(settlement.process(f, SettlementEncoding.ASCII).status()).isEqualTo("DUPLICATE");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class)).isEqualTo(journals);
  }

  @Test
  void aFileWhoseTrailerDoesNotReconcileIsRejectedWhole() throws IOException {
    internal.ensureOpen();
    String pan = pan(222);
    Path f = file("settle-2.dat", "F0002", List.of(detail(MessageType.REFUND, pan, null, -10_00, 0).build()));
    List<String> lines = Files.readAllLines(f);
    String trailer = lines.get(lines.size() - 1);
    // change one digit of the trailer's detail count
    int at = trailer.indexOf('1', 1);
    lines.set(lines.size() - 1, trailer.substring(0, at) + "2" + trailer.substring(at + 1));
    Files.write(f, lines);
    long journals = jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);
    CardSettlement.Report r = settlement.process(f, SettlementEncoding.ASCII);
    assertThat(r.status()).isEqualTo("REJECTED");
    assertThat(r.detail()).containsIgnoringCase("trailer");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class)).isEqualTo(journals);
  }

  @Test
  void theDropDirectoryArchivesProcessedFilesAndExplainsRejectedOnes() throws IOException {
    internal.ensureOpen();
    String pan = pan(333);
    Path good = file("CARDNET-GOOD.dat", "F0003", List.of(detail(MessageType.REFUND, pan, null, -5_00, 0).build()));
    Path bad = file("CARDNET-BAD.dat", "F0004", List.of(detail(MessageType.REFUND, pan, null, -6_00, 0).build()));
    List<String> lines = Files.readAllLines(bad);
    String trailer = lines.get(lines.size() - 1);
    int at = trailer.indexOf('1', 1);
    lines.set(lines.size() - 1, trailer.substring(0, at) + "2" + trailer.substring(at + 1));
    Files.write(bad, lines);
    Files.createDirectories(dropbox.inbound());
    Path droppedGood = Files.move(good, dropbox.inbound().resolve(good.getFileName()));
    Path droppedBad = Files.move(bad, dropbox.inbound().resolve(bad.getFileName()));

    SettlementDropbox.Outcome ok = dropbox.accept(droppedGood);
    assertThat(ok.status()).isEqualTo("PROCESSED");
    assertThat(ok.location()).exists().startsWith(dropbox.archive());
    assertThat(droppedGood).doesNotExist();

    SettlementDropbox.Outcome rejected = dropbox.accept(droppedBad);
    assertThat(rejected.status()).isEqualTo("REJECTED");
    assertThat(rejected.location()).exists().startsWith(dropbox.error());
    assertThat(Files.readString(rejected.location().resolveSibling("CARDNET-BAD.dat.reason.txt"))).startsWith("REJECTED")
        .containsIgnoringCase("trailer");

    // a file a crash left in processing/ is processed by the next start, once
    Path left = file("CARDNET-LEFT.dat", "F0005", List.of(detail(MessageType.REFUND, pan, null, -7_00, 0).build()));
    Files.createDirectories(dropbox.processing());
    Files.move(left, dropbox.processing().resolve(left.getFileName()));
    assertThat(dropbox.recover()).extracting(SettlementDropbox.Outcome::status).containsExactly("PROCESSED");
    assertThat(dropbox.recover()).isEmpty();
  }

  @Test
  void cardSettleProcessesAFileFromTheCommandLine() throws IOException {
    internal.ensureOpen();
    Path f = file("cli.dat", "F0006", List.of(detail(MessageType.PRESENTMENT, pan(444), "NOAUTH", 12_00, 0).build()));
    java.io.StringWriter out = new java.io.StringWriter();
    java.nio.file.Path varDir = temp.resolve("cli-var");
    int rc = io.corebank.cli.CorebankCli.execute(new String[] {"--var-dir", varDir.toString(), "card", "settle", f.toString()},
        new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
    assertThat(rc).as(out.toString()).isEqualTo(4);
    assertThat(out.toString()).contains("PROCESSED").contains("suspense 1").contains("exceptions:");
  }
}
