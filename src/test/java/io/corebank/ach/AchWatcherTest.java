package io.corebank.ach;

import static io.corebank.ach.AchDropFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corebank.account.AccountService;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerService;
import io.corebank.support.Databases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code serve} as it runs: the serve profile's Spring Integration flows watch the ACH directories and its
 * Quartz scheduler holds the schedule. Files are dropped into inbound/ as a network would and the test waits
 * for where they end up: archived when processed, in error/ with a reason when rejected or duplicate, left
 * alone while still being written, finished when a crash left them in processing/.
 */
@SpringBootTest(properties = {"corebank.mq.enabled=false", "corebank.ach.stable-ms=500", "corebank.ach.poll-ms=50", "corebank.ach.retry-ms=200",
    "corebank.ach.chunk-entries=4"})
@ActiveProfiles("serve")
@Import(ScriptedScreen.class)
class AchWatcherTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final AtomicInteger tests = new AtomicInteger();
  static Path achRoot;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Databases.h2(registry);
    Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    achRoot = Files.createTempDirectory(tmp, "ach-serve-");
    registry.add("corebank.ach.directory", () -> achRoot.toString());
    // what a crash left before this start: accepted, never finished (to accounts this bank does not have)
    Path processing = Files.createDirectories(achRoot.resolve("processing"));
    AchDropFixture.payroll(processing.resolve("left-before-start.ach"),
        List.of(new PayrollFiles.Payment("NOSUCH1", "JANE DOE", 1_00), new PayrollFiles.Payment("NOSUCH2", "JOHN DOE", 2_00)));
    Files.writeString(processing.resolve("left-before-start.ach.accepted"), "accepted-at=2026-01-02T10:00:00Z\n");
  }

  @Autowired AchDropbox dropbox;
  @Autowired AchInbound inbound;
  @Autowired AccountService accounts;
  @Autowired LedgerService ledger;
  @Autowired InternalAccounts internal;
  @Autowired LedgerCheck check;
  @Autowired JdbcTemplate jdbc;
  @Autowired Scheduler scheduler;
  @Autowired Clock clock;
  @Autowired List<IntegrationFlow> flows;

  AchDirectories dirs;
  AchDropFixture fx;

  @BeforeEach
  void setUp() {
    internal.ensureOpen();
    dirs = dropbox.directories();
    fx = new AchDropFixture(accounts, ledger, "W" + tests.incrementAndGet());
  }

  Path today() {
    return dirs.archiveDay(clock.instant().atZone(AchWindows.EASTERN).toLocalDate());
  }

  String status(String fileName) {
    return jdbc.queryForObject("SELECT STATUS FROM ACH_FILE WHERE FILE_NAME = ? ORDER BY FILE_ID FETCH FIRST 1 ROWS ONLY",
        String.class, fileName);
  }

  @Test
  void aFileACrashLeftInProcessingBeforeTheStartIsFinishedByTheStart() {
    Path archived = today().resolve("left-before-start.ach");
    await("the file left before the start archived", WAIT, () -> Files.exists(archived));
    assertThat(status("left-before-start.ach")).isEqualTo("PROCESSED");
    assertThat(jdbc.queryForList("SELECT RETURN_REASON FROM ACH_ENTRY E JOIN ACH_FILE F ON F.FILE_ID = E.FILE_ID "
        + "WHERE F.FILE_NAME = 'left-before-start.ach'", String.class)).containsExactly("R03", "R03");
  }

  @Test
  void aFileDroppedWithADoneMarkerIsPostedAndArchived() throws IOException {
    long a = fx.open("A0"), b = fx.open("A1");
    Path file = fx.payroll(dirs.inbound().resolve("payroll-marked.ach"), "A", 1_000_00, 2_345_67);
    Files.writeString(ReadyFiles.marker(file), "");

    Path archived = today().resolve("payroll-marked.ach");
    Path sidecar = dirs.processing().resolve("payroll-marked.ach.accepted");
    await("the archived file", WAIT, () -> Files.exists(archived) && !Files.exists(sidecar));
    assertThat(fx.balance(a)).isEqualTo(1_000_00);
    assertThat(fx.balance(b)).isEqualTo(2_345_67);
    assertThat(status("payroll-marked.ach")).isEqualTo("PROCESSED");
    assertThat(ReadyFiles.marker(file)).as("the marker").doesNotExist();
    assertThat(AchDirectories.dataFiles(dirs.processing())).isEmpty();
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void aFileStillBeingWrittenIsNotTakenUntilItsSizeAndTimeAreStable() throws Exception {
    long a = fx.open("B0");
    Path complete = fx.payroll(Files.createTempFile(achRoot, "whole", ".tmp"), "B", 777_00);
    byte[] bytes = Files.readAllBytes(complete);
    Path dropped = dirs.inbound().resolve("payroll-slow.ach");
    // a slow sender: a piece every 50 ms for about a second, far less than the 500 ms stability time apart;
    // taken early, the partial file would be rejected and land in error/
    int pieces = 20;
    try (OutputStream out = Files.newOutputStream(dropped, StandardOpenOption.CREATE_NEW)) {
      for (int i = 0; i < pieces; i++) {
        int from = bytes.length * i / pieces, to = bytes.length * (i + 1) / pieces;
        out.write(bytes, from, to - from);
        out.flush();
        Thread.sleep(50);
        assertThat(dropped).as("still in inbound/ after piece " + (i + 1)).exists();
      }
    }
    Path archived = today().resolve("payroll-slow.ach");
    await("the archived file", WAIT, () -> Files.exists(archived));
    assertThat(status("payroll-slow.ach")).isEqualTo("PROCESSED");
    assertThat(dirs.error().resolve("payroll-slow.ach")).doesNotExist();
    assertThat(fx.balance(a)).isEqualTo(777_00);
  }

  @Test
  void aRejectedFileGoesToErrorWithAReasonNamingLineRecordFieldAndRule() throws IOException {
    long a = fx.open("C0");
    Path temp = AchDropFixture.withWrongControlTotal(fx.payroll(Files.createTempFile(achRoot, "bad", ".tmp"), "C", 52_00));
    Path file = Files.move(temp, dirs.inbound().resolve("payroll-broken.ach"));
    Files.writeString(ReadyFiles.marker(file), "");

    Path reason = dirs.error().resolve("payroll-broken.ach.reason.txt");
    await("the reason file", WAIT, () -> Files.exists(dirs.error().resolve("payroll-broken.ach")) && Files.exists(reason));
    String text = Files.readString(reason);
    assertThat(text).contains("status: REJECTED", "file: payroll-broken.ach");
    assertThat(text).containsPattern("line 4 \\| record [^|]+ \\| field \\w+ \\| rule \\w+ \\| value '[^']*' \\| .+");
    assertThat(fx.balance(a)).isZero();
    assertThat(status("payroll-broken.ach")).isEqualTo("REJECTED");
  }

  @Test
  void aDuplicateGoesToErrorWithItsReasonAndPostsNothingTwice() throws IOException {
    long a = fx.open("D0");
    Path file = fx.payroll(dirs.inbound().resolve("payroll-first.ach"), "D", 50_00);
    byte[] content = Files.readAllBytes(file);
    Files.writeString(ReadyFiles.marker(file), "");
    await("the first file archived", WAIT, () -> Files.exists(today().resolve("payroll-first.ach")));

    Path copy = Files.write(dirs.inbound().resolve("payroll-again.ach"), content);
    Files.writeString(ReadyFiles.marker(copy), "");
    Path reason = dirs.error().resolve("payroll-again.ach.reason.txt");
    await("the duplicate in error/", WAIT, () -> Files.exists(dirs.error().resolve("payroll-again.ach")) && Files.exists(reason));
    assertThat(Files.readString(reason)).contains("status: DUPLICATE", "same content as file", "payroll-first.ach");
    assertThat(fx.balance(a)).isEqualTo(50_00);
  }

  @Test
  void aFileLeftInProcessingByACrashIsFinishedAndArchivedWithEveryEntryPostedOnce() throws IOException {
    long[] cents = new long[10];
    long[] ids = new long[10];
    for (int i = 0; i < 10; i++) {
      cents[i] = 100_00 + i;
      ids[i] = fx.open("E" + i);
    }
    Path temp = fx.payroll(Files.createTempFile(achRoot, "crash", ".tmp"), "E", cents);
    long journalsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);
    // the process died in the second chunk (entries 5 to 8) of this file, after it had been accepted
    ScriptedScreen.crashOn("EMPLOYEE " + fx.number("E5"));
    Path crashed = dirs.processing().resolve("payroll-crashed.ach");
    Files.writeString(dirs.processing().resolve("payroll-crashed.ach.accepted"), "accepted-at=" + clock.instant() + "\n");
    assertThatThrownBy(() -> inbound.ingest(temp)).hasMessageContaining("run the ingest again to resume");
    List<String> accounts = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) accounts.add(fx.number("E" + i));
    boolean[] committed = CrashPoint.committed(accounts, 5, 4, 2);
    for (int i = 0; i < 10; i++) assertThat(fx.balance(ids[i])).isEqualTo(committed[i] ? cents[i] : 0);
    assertThat(committed[5]).isFalse();
    Files.move(temp, crashed);

    Path archived = today().resolve("payroll-crashed.ach");
    Path sidecar = dirs.processing().resolve("payroll-crashed.ach.accepted");
    await("the resumed file archived", WAIT, () -> Files.exists(archived) && !Files.exists(sidecar));
    for (int i = 0; i < 10; i++) assertThat(fx.balance(ids[i])).isEqualTo(cents[i]);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class)).isEqualTo(journalsBefore + 10);
    assertThat(AchDirectories.dataFiles(dirs.error())).noneMatch(p -> p.getFileName().toString().contains("crashed"));
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void serveRunsTheFlowsAndTheScheduleOfTheCsvAndItsJobsRunInTheScheduler() throws Exception {
    assertThat(flows).hasSizeGreaterThanOrEqualTo(2);
    for (String t : List.of("ach-window-overnight", "ach-window-sameday1", "ach-window-sameday2", "ach-archive-purge",
        "hold-expiry")) {
      assertThat(scheduler.getTrigger(TriggerKey.triggerKey(t, "corebank"))).as(t).isNotNull();
    }
    assertThat(scheduler.isStarted()).isTrue();
    // the purge job, fired now through Quartz (its instance built by Spring): a day past 7 years goes, today stays
    Path old = Files.createDirectories(dirs.archiveDay(LocalDate.of(2010, 1, 4)));
    Files.writeString(old.resolve("ancient.ach"), "x");
    Path kept = Files.createDirectories(today());
    Files.writeString(kept.resolve("kept-by-purge-test.txt"), "x");
    fire(JobKey.jobKey("ach-archive-purge", "corebank"));
    // the day goes first, then its emptied month and year
    await("the purge", WAIT, () -> !Files.exists(dirs.archive().resolve("2010")));
    assertThat(kept.resolve("kept-by-purge-test.txt")).exists();
  }

  @Test
  void theNightlyHoldExpiryReleasesHoldsPastTheirExpiry() throws Exception {
    internal.ensureOpen();
    var account = accounts.open(new io.corebank.account.OpenAccount("HOLDEXP-" + tests.incrementAndGet(), null, "CHK-STD",
        "hold expiry", null, null), "test");
    ledger.post(io.corebank.ledger.JournalRequest.transfer("fund:" + account.accountNumber(), "CASH-DEP",
        internal.id(io.corebank.gl.InternalAccount.VAULT_CASH), account.accountId(), 100_00, "USD", "funding", "test", "TEST"));
    var expired = ledger.placeHold(new io.corebank.ledger.HoldRequest("hx-old-" + account.accountId(), account.accountId(),
        io.corebank.ledger.HoldKind.AUTH, 30_00, "USD", "never presented", null, java.time.Instant.now().minusSeconds(60), "test"));
    var current = ledger.placeHold(new io.corebank.ledger.HoldRequest("hx-new-" + account.accountId(), account.accountId(),
        io.corebank.ledger.HoldKind.AUTH, 20_00, "USD", "still valid", null, java.time.Instant.now().plusSeconds(86_400), "test"));
    fire(JobKey.jobKey("hold-expiry", "corebank"));
    await("the hold expiry", WAIT, () -> ledger.hold(expired.holdId()).status() == io.corebank.ledger.HoldStatus.EXPIRED);
    assertThat(ledger.hold(current.holdId()).status()).isEqualTo(io.corebank.ledger.HoldStatus.PENDING);
    assertThat(ledger.balance(account.accountId()).heldCents()).isEqualTo(20_00);
  }

  private void fire(JobKey job) throws SchedulerException {
    scheduler.triggerJob(job);
  }
}
