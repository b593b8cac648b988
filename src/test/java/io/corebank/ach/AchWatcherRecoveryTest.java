package io.corebank.ach;

import io.corebank.platform.BatchPartitions;

import static io.corebank.ach.AchDropFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corebank.account.AccountService;
import io.corebank.gl.InternalAccounts;
import io.corebank.ledger.LedgerCheck;
import io.corebank.ledger.LedgerService;
import io.corebank.support.Databases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dropbox protocol called directly, as {@code serve --once} and the serve start do, without the serve
 * profile: what a crash leaves in processing/ is finished first and exactly once, a file finished just
 * before the crash is archived rather than called a duplicate of itself while a real copy is one, a second
 * process is kept out, and a stop in the middle of a file ends after the chunk in flight and is resumed.
 */
@SpringBootTest(properties = {"corebank.ach.stable-ms=200", "corebank.ach.chunk-entries=4", "corebank.ach.shutdown-wait=20s"})
@Import(ScriptedScreen.class)
class AchWatcherRecoveryTest {
  static final AtomicInteger tests = new AtomicInteger();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    Databases.h2(registry);
    registry.add("corebank.ach.directory", () -> System.getProperty("java.io.tmpdir") + "/ach-recovery-" + System.nanoTime());
  }

  @Autowired AchDropbox dropbox;
  @Autowired AchInbound inbound;
  @Autowired AchFiles achFiles;
  @Autowired AchSettings settings;
  @Autowired AccountService accounts;
  @Autowired LedgerService ledger;
  @Autowired InternalAccounts internal;
  @Autowired LedgerCheck check;
  @Autowired JdbcTemplate jdbc;
  @Autowired JobRepository jobRepository;
  @Autowired JobOperator jobOperator;
  @Autowired Clock clock;
  @Autowired ApplicationContext context;

  AchDirectories dirs;
  AchDropFixture fx;

  @BeforeEach
  void setUp() {
    internal.ensureOpen();
    dirs = dropbox.directories().create();
    fx = new AchDropFixture(accounts, ledger, "R" + tests.incrementAndGet());
  }

  @AfterEach
  void emptyTheDirectories() throws IOException {
    for (Path d : List.of(dirs.inbound(), dirs.processing())) {
      try (var s = Files.list(d)) {
        for (Path p : s.toList()) Files.delete(p);
      }
    }
  }

  long journals() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM JOURNAL", Long.class);
  }

  Path temp(String name) throws IOException {
    return Files.createDirectories(dirs.root().resolve("tmp")).resolve(name);
  }

  /** As acceptance leaves it: the sidecar with the instant, then the file. */
  Path intoProcessing(Path file, String name, java.time.Instant acceptedAt) throws IOException {
    Files.writeString(dirs.processing().resolve(name + AchDirectories.ACCEPTED), "accepted-at=" + acceptedAt + "\n");
    return Files.move(file, dirs.processing().resolve(name));
  }

  @Test
  void withoutTheServeProfileNoSchedulerAndNoFlowsStart() {
    assertThat(context.getBeanNamesForType(Scheduler.class)).isEmpty();
    assertThat(context.getBeanNamesForType(IntegrationFlow.class)).isEmpty();
  }

  @Test
  void drainOnceFinishesWhatACrashLeftInProcessingFirstThenTheCompleteInboundFiles() throws IOException {
    long[] cents = {10_00, 11_00, 12_00, 13_00, 14_00, 15_00};
    long[] crashed = new long[cents.length];
    for (int i = 0; i < cents.length; i++) crashed[i] = fx.open("P" + i);
    long marked = fx.open("M0"), stable = fx.open("S0");
    Path p = fx.payroll(temp("crashed.ach"), "P", cents);
    long journalsBefore = journals();
    java.time.Instant acceptedAt = clock.instant();
    ScriptedScreen.crashOn("EMPLOYEE " + fx.number("P5")); // in the second chunk: entries 1-4 posted
    assertThatThrownBy(() -> inbound.ingest(p)).hasMessageContaining("resume");
    intoProcessing(p, "crashed.ach", acceptedAt);
    Path m = fx.payroll(dirs.inbound().resolve("b-marked.ach"), "M", 20_00);
    Files.writeString(ReadyFiles.marker(m), "");
    fx.payroll(dirs.inbound().resolve("a-stable.ach"), "S", 30_00);

    AchDropbox.Drain drain = dropbox.drainOnce();

    assertThat(drain.outcomes()).extracting(AchDropbox.Outcome::name, AchDropbox.Outcome::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("crashed.ach", "PROCESSED"), org.assertj.core.groups.Tuple.tuple("a-stable.ach", "PROCESSED"),
        org.assertj.core.groups.Tuple.tuple("b-marked.ach", "PROCESSED"));
    assertThat(drain.stillBeingWritten()).isEmpty();
    for (int i = 0; i < cents.length; i++) assertThat(fx.balance(crashed[i])).isEqualTo(cents[i]);
    assertThat(fx.balance(marked)).isEqualTo(20_00);
    assertThat(fx.balance(stable)).isEqualTo(30_00);
    assertThat(journals()).isEqualTo(journalsBefore + cents.length + 2);
    assertThat(drain.outcomes()).allSatisfy(o -> assertThat(o.location()).exists().startsWith(dirs.archive()));
    assertThat(AchDirectories.dataFiles(dirs.processing())).isEmpty();
    assertThat(check.run().clean()).isTrue();
  }

  @Test
  void aFileFinishedJustBeforeTheCrashIsArchivedButACopyOfAnEarlierFileIsADuplicate() throws IOException {
    long a = fx.open("F0");
    Path f = fx.payroll(temp("finished.ach"), "F", 40_00);
    byte[] content = Files.readAllBytes(f);
    java.time.Instant acceptedAt = clock.instant();
    // the ingest completed, then the process died before the move to the archive
    assertThat(inbound.ingest(f).status()).isEqualTo("PROCESSED");
    intoProcessing(f, "finished.ach", acceptedAt);
    // a copy of it, sent again by the network, accepted later and left in processing/ by the same crash
    Path copy = intoProcessing(Files.write(temp("sent-again.ach"), content), "sent-again.ach", clock.instant().plusMillis(5));
    long registered = jdbc.queryForObject("SELECT COUNT(*) FROM ACH_FILE", Long.class);

    List<AchDropbox.Outcome> outcomes = dropbox.recover();

    assertThat(outcomes).extracting(AchDropbox.Outcome::name, AchDropbox.Outcome::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("finished.ach", "PROCESSED"), org.assertj.core.groups.Tuple.tuple("sent-again.ach", "DUPLICATE"));
    assertThat(outcomes.get(0).location()).startsWith(dirs.archive()).exists();
    assertThat(outcomes.get(1).location()).isEqualTo(dirs.error().resolve("sent-again.ach"));
    assertThat(copy).doesNotExist();
    assertThat(Files.readString(dirs.error().resolve("sent-again.ach.reason.txt"))).contains("DUPLICATE", "finished.ach");
    // the finished file was not ingested again (no second register entry for it), the copy was refused
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACH_FILE", Long.class)).isEqualTo(registered + 1);
    assertThat(fx.balance(a)).isEqualTo(40_00);
  }

  @Test
  void aSecondProcessOnTheSameDirectoriesIsKeptOut() {
    dropbox.claim();
    AchDropbox second = new AchDropbox(inbound, achFiles, settings, jobRepository, jobOperator, clock, 200, 2555,
        Duration.ofSeconds(1));
    assertThatThrownBy(second::claim).hasMessageContaining("being processed by another serve").hasMessageContaining(".serve.lock");
    dropbox.stop(); // releases the directories
    second.claim();
    second.stop();
    second.destroy();
    dropbox.start();
    dropbox.claim();
  }

  @Test
  void aStopDuringAnIngestEndsAfterTheChunkInFlightAndTheNextStartResumesTheFile() throws Exception {
    long[] ids = new long[10];
    long[] cents = new long[10];
    for (int i = 0; i < 10; i++) {
      ids[i] = fx.open("T" + i);
      cents[i] = 500_00 + i;
    }
    Path file = fx.payroll(dirs.inbound().resolve("stopped.ach"), "T", cents);
    Files.writeString(ReadyFiles.marker(file), "");
    long journalsBefore = journals();
    ScriptedScreen.pauseOn("EMPLOYEE " + fx.number("T5")); // in the second chunk (entries 5 to 8)
    // threads of their own: the common pool may have a single worker on 2 cores (JDK 25 does not then fall back
    // to a thread per task), and the stop below must run while the drain is blocked
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
    CompletableFuture<AchDropbox.Drain> draining = CompletableFuture.supplyAsync(dropbox::drainOnce, threads);
    ScriptedScreen.awaitPaused();

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(dropbox::stop, threads); // what closing the context does
    await("the job asked to stop", Duration.ofSeconds(20), () -> List.of("STOPPING", "STOPPED").contains(jdbc.queryForObject(
        "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY", String.class)));
    ScriptedScreen.release();
    stopping.get(20, TimeUnit.SECONDS);
    AchDropbox.Drain drain = draining.get(20, TimeUnit.SECONDS);
    threads.shutdown();

    assertThat(drain.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo("FAILED");
      assertThat(o.location()).isEqualTo(dirs.processing().resolve("stopped.ach"));
    });
    // in the paused partition the chunk in flight committed and the next one never started; the other
    // partition stopped between two of its chunks or had finished: either way a prefix of whole chunks
    int pausedPartition = BatchPartitions.of(fx.number("T5"), 2);
    List<Integer> paused = new java.util.ArrayList<>();
    List<Integer> other = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) (BatchPartitions.of(fx.number("T" + i), 2) == pausedPartition ? paused : other).add(i);
    int chunkEnd = (paused.indexOf(5) / 4 + 1) * 4;
    for (int k = 0; k < paused.size(); k++) {
      int i = paused.get(k);
      assertThat(fx.balance(ids[i])).as("entry " + i).isEqualTo(k < chunkEnd ? cents[i] : 0);
    }
    int otherCommitted = 0;
    while (otherCommitted < other.size() && fx.balance(ids[other.get(otherCommitted)]) == cents[other.get(otherCommitted)]) otherCommitted++;
    for (int k = otherCommitted; k < other.size(); k++) assertThat(fx.balance(ids[other.get(k)])).as("entry " + other.get(k)).isZero();
    assertThat(otherCommitted % 4 == 0 || otherCommitted == other.size()).as(otherCommitted + " of " + other.size()).isTrue();

    dropbox.start(); // the next start
    List<AchDropbox.Outcome> resumed = dropbox.recover();
    assertThat(resumed).singleElement().extracting(AchDropbox.Outcome::status).isEqualTo("PROCESSED");
    for (int i = 0; i < 10; i++) assertThat(fx.balance(ids[i])).isEqualTo(cents[i]);
    assertThat(journals()).isEqualTo(journalsBefore + 10);
    assertThat(check.run().clean()).isTrue();
  }
}
