package io.corebank.ach;

import io.corebank.nacha.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The protocol of the ACH drop directories ({@link AchDirectories}): a complete file in inbound/ is moved
 * atomically to processing/, ingested with {@link AchInbound#ingest}, then moved to
 * {@code archive/YYYY/MM/DD/} when PROCESSED or to error/ with a {@code FILE.reason.txt} when REJECTED or
 * DUPLICATE. One file at a time, in this process only (a lock file in the ACH directory keeps a second
 * {@code serve} or {@code serve --once} out).
 *
 * <p>Exactly once across restarts without a table of accepted names: the directory is the state. A file in
 * inbound/ has not been accepted; a file in processing/ was accepted and is ingested again until it
 * leaves (the ingest resumes an interrupted job from its last chunk, and refuses a completed one as a
 * duplicate of itself). To tell that last case from a real duplicate, acceptance writes
 * {@code processing/FILE.accepted} with the instant first: a processed register entry with the same content
 * registered at or after that instant is this very file, finished before the crash, and it goes to the archive;
 * one registered before is a file we had already processed, so this one is a duplicate and goes to error/.
 * The register's content hash stays the last guard: a file put back into inbound/ is refused, never posted twice.
 *
 * <p>All the work runs on the dropbox's own thread ("ach-dropbox"), never on the caller's: the pollers that call
 * it are interrupted when the context closes, and an interrupt during file I/O would close an H2 database.
 * On shutdown (a {@link SmartLifecycle} stopped before those pollers) the ingest in flight is asked to stop
 * after its current chunk ({@code corebank.ach.shutdown-wait}, default 30 s, is the longest wait), and the
 * file stays in processing/ to be resumed at the next start.
 */
@Component
public class AchDropbox implements SmartLifecycle, DisposableBean {
  /** Stops before the Spring Integration pollers that call it (they stop at {@code Integer.MAX_VALUE / 2}). */
  public static final int PHASE = Integer.MAX_VALUE - 1000;
  static final String LOCK_FILE = ".serve.lock";
  private static final Logger log = LoggerFactory.getLogger(AchDropbox.class);

  private final AchInbound inbound;
  private final AchFiles files;
  private final AchDirectories dirs;
  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final Clock clock;
  private final long stableMs;
  private final int retentionDays;
  private final Duration shutdownWait;
  private final ReentrantLock work = new ReentrantLock();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ach-dropbox");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean running;
  private volatile boolean stopping;
  private volatile Path inFlight;
  private boolean recovered; // guarded by work
  private FileChannel lockChannel; // guarded by work
  private FileLock directoryLock; // guarded by work

  public AchDropbox(AchInbound inbound, AchFiles files, AchSettings settings, JobRepository jobRepository,
      JobOperator jobOperator, Clock clock,
      @Value("${corebank.ach.stable-ms:2000}") long stableMs,
      @Value("${corebank.ach.archive-retention-days:2555}") int retentionDays,
      @Value("${corebank.ach.shutdown-wait:30s}") Duration shutdownWait) {
    this.inbound = inbound;
    this.files = files;
    this.dirs = new AchDirectories(settings.directory());
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.clock = clock;
    this.stableMs = stableMs;
    this.retentionDays = retentionDays;
    this.shutdownWait = shutdownWait;
    if (retentionDays < 1) throw new IllegalArgumentException("corebank.ach.archive-retention-days must be at least 1");
  }

  /**
   * What became of a file: {@code status} is the ingest's (PROCESSED, REJECTED, DUPLICATE) or FAILED when
   * the ingest stopped (the file stays in processing/ and is resumed later); {@code location} is where the
   * file is now; {@code report} is empty when the ingest stopped.
   */
  public record Outcome(String name, String status, Path location, String detail, Optional<AchInbound.IngestReport> report) {
    public boolean failed() { return status.equals("FAILED"); }
    public boolean rejected() { return status.equals("REJECTED") || status.equals("DUPLICATE"); }
  }

  public AchDirectories directories() { return dirs; }
  public long stableMs() { return stableMs; }
  public int retentionDays() { return retentionDays; }

  /**
   * Takes the directories for this process: creates them and holds {@code .serve.lock} until the context
   * stops. Refuses when another process (another {@code serve}, a {@code serve --once}) holds them.
   */
  public void claim() {
    onWorker(() -> {
      claimLocked();
      return null;
    }, null);
  }

  /**
   * Accepts a complete file of inbound/: moves it to processing/ and processes it. Files left in
   * processing/ (a crash) are processed first, once per start. Empty when the file was not taken (gone,
   * a file of that name still in processing/, or shutting down): it stays in inbound/ for a later poll.
   */
  public Optional<Outcome> accept(Path inboundFile) {
    return onWorker(() -> acceptLocked(inboundFile), Optional.empty());
  }

  /**
   * Processes the files left in processing/ (a crash, an ingest that stopped), by name, and marks the
   * recovery of this start as done. Called at start and then every {@code corebank.ach.retry-ms} by serve.
   */
  public List<Outcome> recover() {
    return onWorker(() -> {
      if (stopping) return List.<Outcome>of();
      claimLocked();
      return recoverLocked();
    }, List.of());
  }

  /** What {@link #drainOnce} did: the outcomes in order and the inbound files left because they were still changing. */
  public record Drain(List<Outcome> outcomes, List<Path> stillBeingWritten) {}

  /**
   * {@code serve --once}: the files left in processing/, then every complete file of inbound/ (marked, or
   * unchanged across one observation of {@code stableMs}: waits that long once when some file has no marker).
   */
  public Drain drainOnce() {
    return onWorker(() -> {
      claimLocked();
      List<Outcome> outcomes = new ArrayList<>(recoverLocked());
      ReadyFiles observer = new ReadyFiles(stableMs);
      List<Path> listed = AchDirectories.dataFiles(dirs.inbound());
      List<Path> ready = observer.ready(listed);
      if (ready.size() < listed.size()) {
        sleep(stableMs);
        listed = AchDirectories.dataFiles(dirs.inbound());
        ready = observer.ready(listed);
      }
      List<Path> left = new ArrayList<>(listed);
      left.removeAll(ready);
      for (Path file : ready) {
        if (stopping) break;
        acceptLocked(file).ifPresent(outcomes::add);
      }
      for (Path p : left) log.info("ACH file {} is still being written (no marker, changed within {} ms): left in inbound/",
          p.getFileName(), stableMs);
      return new Drain(outcomes, left);
    }, new Drain(List.of(), List.of()));
  }

  /**
   * Runs {@code task} on the dropbox's own thread, under its lock, and waits for it. The ingest must never
   * run on a thread someone else may interrupt: the pollers' threads are interrupted when the context
   * closes, and an interrupt in the middle of file I/O closes an H2 database. When the caller is
   * interrupted while waiting, the task goes on (stop() waits for it) and the caller gets {@code ifInterrupted}.
   */
  private <T> T onWorker(Supplier<T> task, T ifInterrupted) {
    Future<T> result = worker.submit(() -> {
      work.lock();
      try {
        return task.get();
      } finally {
        work.unlock();
      }
    });
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ifInterrupted;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  private Optional<Outcome> acceptLocked(Path inboundFile) {
    if (stopping) return Optional.empty();
    claimLocked();
    if (!recovered) recoverLocked();
    if (stopping || !Files.isRegularFile(inboundFile)) return Optional.empty();
    String name = inboundFile.getFileName().toString();
    Path target = dirs.processing().resolve(name);
    if (Files.exists(target)) {
      log.warn("ACH file {} not taken: a file of that name is still in processing/ (retried every corebank.ach.retry-ms); "
          + "it stays in inbound/ until that one is finished", name);
      return Optional.empty();
    }
    Instant acceptedAt = clock.instant();
    Path sidecar = sidecar(target);
    try {
      // order matters for a crash between the steps: the sidecar first (an orphan is deleted at recovery),
      // the marker next (a file without marker waits to be stable), the move last
      Files.writeString(sidecar, "accepted-at=" + acceptedAt + "\nfrom=" + inboundFile.toAbsolutePath() + "\n",
          StandardCharsets.UTF_8);
      Files.deleteIfExists(ReadyFiles.marker(inboundFile));
      Files.move(inboundFile, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(sidecar);
      log.error("ACH file {} could not be moved to processing/: {}; it stays in inbound/", name, e.toString());
      return Optional.empty();
    }
    log.info("ACH file {}: accepted into processing/", name);
    return Optional.of(finishLocked(target, acceptedAt, true));
  }

  /** Deletes the archive days older than the retention period; logs each. */
  public List<AchDirectories.PurgedDay> purgeArchive(LocalDate today) {
    List<AchDirectories.PurgedDay> purged = dirs.purgeArchive(today, retentionDays);
    for (AchDirectories.PurgedDay d : purged) {
      log.info("ACH archive: purged {} ({} file(s), older than {} days)", d.day(), d.files(), retentionDays);
    }
    if (purged.isEmpty()) log.info("ACH archive: nothing older than {} days before {}", retentionDays, today);
    return purged;
  }

  private List<Outcome> recoverLocked() {
    List<Outcome> outcomes = new ArrayList<>();
    dirs.create();
    // a sidecar without its file: the move never happened, the file is still in inbound/
    try (var s = Files.list(dirs.processing())) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(AchDirectories.ACCEPTED)).toList()) {
        Path file = p.resolveSibling(p.getFileName().toString().substring(0,
            p.getFileName().toString().length() - AchDirectories.ACCEPTED.length()));
        if (!Files.exists(file)) deleteQuietly(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dirs.processing(), e);
    }
    List<Path> left = AchDirectories.dataFiles(dirs.processing());
    if (!left.isEmpty()) log.info("ACH: {} file(s) left in processing/ by the last run: {}", left.size(),
        left.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
    for (Path file : left) {
      if (stopping) break;
      outcomes.add(finishLocked(file, acceptedAt(file), false));
    }
    recovered = true;
    return outcomes;
  }

  private Outcome finishLocked(Path file, Instant acceptedAt, boolean fresh) {
    String name = file.getFileName().toString();
    AchInbound.IngestReport report;
    if (!fresh) log.info("ACH file {}: resuming (found in processing/, accepted {})", name, acceptedAt);
    inFlight = file;
    try {
      Optional<AchInbound.ProcessedFile> ours = fresh ? Optional.empty() : finishedBeforeTheCrash(file, acceptedAt);
      if (ours.isPresent()) {
        log.info("ACH file {} was processed as ACH file {} before the last stop, which came before it was archived",
            name, ours.get().fileId());
        report = inbound.report(ours.get().fileId(), file);
      } else {
        report = inbound.ingest(file);
      }
    } catch (RuntimeException e) {
      if (stopping) {
        log.info("ACH file {}: stopped for shutdown ({}); it stays in processing/ and is resumed at the next start", name,
            e.getMessage());
      } else {
        log.error("ACH file {}: the ingest stopped: {}{}; it stays in processing/ and is resumed at the next retry "
            + "or start", name, e.getMessage(), rootCause(e));
      }
      return new Outcome(name, "FAILED", file, String.valueOf(e.getMessage()), Optional.empty());
    } finally {
      inFlight = null;
    }
    try {
      Outcome outcome = switch (report.status()) {
        case "PROCESSED" -> archive(file, report);
        case "REJECTED", "DUPLICATE" -> toError(file, report, acceptedAt);
        default -> throw new IllegalStateException("ACH file " + name + " ended " + report.status());
      };
      deleteQuietly(sidecar(file));
      return outcome;
    } catch (IOException e) {
      log.error("ACH file {} ({}) could not be moved out of processing/: {}; it is moved at the next retry or start", name,
          report.status(), e.toString());
      return new Outcome(name, "FAILED", file, e.toString(), Optional.of(report));
    }
  }

  /** This very file, found processed by us at or after its acceptance: the crash came between ingest and move. */
  private Optional<AchInbound.ProcessedFile> finishedBeforeTheCrash(Path file, Instant acceptedAt) {
    return inbound.processedWithSameContent(file)
        .filter(p -> !p.registeredAt().isBefore(acceptedAt.truncatedTo(ChronoUnit.MILLIS)));
  }

  private Outcome archive(Path file, AchInbound.IngestReport r) throws IOException {
    LocalDate day = clock.instant().atZone(AchWindows.EASTERN).toLocalDate();
    Path dir = dirs.archiveDay(day);
    Files.createDirectories(dir);
    Path target = free(dir, file.getFileName().toString(), r.fileId());
    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    log.info("ACH file {}: PROCESSED as ACH file {} ({}; credits {} cents, debits {} cents posted{}), archived to {}",
        file.getFileName(), r.fileId(), counts(r.entriesByStatus()), r.postedCreditCents(), r.postedDebitCents(),
        r.returnFile().map(p -> "; returns in " + p.getFileName()).orElse(""), dirs.root().relativize(target));
    return new Outcome(file.getFileName().toString(), "PROCESSED", target, r.detail(), Optional.of(r));
  }

  private Outcome toError(Path file, AchInbound.IngestReport r, Instant acceptedAt) throws IOException {
    Path target = free(dirs.error(), file.getFileName().toString(), r.fileId());
    Path reason = target.resolveSibling(target.getFileName() + AchDirectories.REASON);
    Files.writeString(reason, reasonText(file.getFileName().toString(), r, acceptedAt), StandardCharsets.UTF_8);
    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    log.warn("ACH file {}: {} (ACH file {}): {}; moved to error/ with {}", file.getFileName(), r.status(), r.fileId(),
        r.detail(), reason.getFileName());
    return new Outcome(file.getFileName().toString(), r.status(), target, r.detail(), Optional.of(r));
  }

  /** The operator's reason file: status, detail, and each violation with its line, record, field and rule. */
  static String reasonText(String name, AchInbound.IngestReport r, Instant acceptedAt) {
    StringBuilder b = new StringBuilder();
    b.append("file: ").append(name).append('\n');
    b.append("status: ").append(r.status()).append('\n');
    b.append("ach file id: ").append(r.fileId()).append('\n');
    b.append("accepted at: ").append(acceptedAt).append('\n');
    b.append("detail: ").append(r.detail()).append('\n');
    if (!r.violations().isEmpty()) {
      b.append("violations: ").append(r.violations().size()).append('\n');
      for (Violation v : r.violations()) {
        b.append("line ").append(v.lineNumber()).append(" | record ").append(v.record()).append(" | field ").append(v.field())
            .append(" | rule ").append(v.rule()).append(" | value '").append(v.badValue()).append("' | ").append(v.detail())
            .append('\n');
      }
    }
    b.append(r.status().equals("DUPLICATE")
        ? "action: nothing was posted. If the network really sent it twice, keep it as evidence; if it is a corrected "
            + "file, ask the sender for a new file id modifier.\n"
        : "action: nothing was posted. Ask the sender for a corrected file; it is taken when dropped into inbound/.\n");
    return b.toString();
  }

  private static String counts(Map<String, Long> byStatus) {
    return byStatus.isEmpty() ? "no entries"
        : byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().toLowerCase()).collect(Collectors.joining(", "));
  }

  /** {@code dir/name}, or {@code dir/F<fileId>-name} (then {@code -2}, ...) when a file of that name is there. */
  private static Path free(Path dir, String name, long fileId) {
    Path p = dir.resolve(name);
    for (int n = 1; Files.exists(p) || Files.exists(p.resolveSibling(p.getFileName() + AchDirectories.REASON)); n++) {
      p = dir.resolve("F" + fileId + (n == 1 ? "" : "-" + n) + "-" + name);
    }
    return p;
  }

  private static Path sidecar(Path processingFile) {
    return processingFile.resolveSibling(processingFile.getFileName() + AchDirectories.ACCEPTED);
  }

  /** When the file was accepted (its sidecar); a file without one (put there by hand) counts as accepted now. */
  private Instant acceptedAt(Path processingFile) {
    Path sidecar = sidecar(processingFile);
    try {
      if (Files.exists(sidecar)) {
        for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
          if (line.startsWith("accepted-at=")) return Instant.parse(line.substring("accepted-at=".length()).strip());
        }
      }
    } catch (IOException | DateTimeParseException e) {
      log.warn("ACH file {}: unreadable {} ({}); counted as accepted now", processingFile.getFileName(), sidecar.getFileName(),
          e.toString());
    }
    return clock.instant();
  }

  private void claimLocked() {
    if (directoryLock != null) return;
    dirs.create();
    Path lockFile = dirs.root().resolve(LOCK_FILE);
    try {
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException("the ACH directories under " + dirs.root() + " are being processed by another "
            + "serve (lock " + lockFile + " is held); stop it first");
      }
      lockChannel = channel;
      directoryLock = lock;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  private void releaseLocked() {
    try {
      if (directoryLock != null) directoryLock.release();
      if (lockChannel != null) lockChannel.close();
    } catch (IOException e) {
      log.warn("cannot release {}: {}", LOCK_FILE, e.toString());
    } finally {
      directoryLock = null;
      lockChannel = null;
    }
  }

  /** Asks the ACHIN job of the file in flight to stop after its current chunk. */
  private void requestStop(Path file) {
    try {
      Optional<AchFiles.AchFile> record = files.inboundWithContent(AchFiles.sha256(file));
      if (record.isEmpty() || !record.get().status().equals("RECEIVED")) return;
      for (JobExecution e : jobRepository.findRunningJobExecutions("ACHIN")) {
        Long fileId = e.getJobParameters().getLong("ach.file.id");
        if (fileId != null && fileId == record.get().fileId()) {
          log.info("ACH file {} (ACH file {}): stopping after its current chunk for shutdown", file.getFileName(), fileId);
          jobOperator.stop(e);
        }
      }
    } catch (Exception e) {
      log.warn("ACH file {}: could not ask its job to stop ({}); waiting for it", file.getFileName(), e.toString());
    }
  }

  @Override
  public void start() {
    stopping = false;
    running = true;
  }

  @Override
  public void stop() {
    stopping = true;
    Path file = inFlight;
    if (file != null) requestStop(file);
    try {
      if (work.tryLock(shutdownWait.toMillis(), TimeUnit.MILLISECONDS)) {
        try {
          releaseLocked();
        } finally {
          work.unlock();
        }
      } else {
        log.warn("ACH file {} still in flight after {}; the context closes under it and the file is resumed at the next start",
            inFlight == null ? "?" : inFlight.getFileName(), shutdownWait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running = false;
    }
  }

  @Override
  public void destroy() {
    worker.shutdown();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t == e ? "" : " (cause: " + t + ")";
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      log.warn("cannot delete {}: {}", p, e.toString());
    }
  }
}
