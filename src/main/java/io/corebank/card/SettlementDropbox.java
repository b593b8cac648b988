package io.corebank.card;

import io.corebank.card.settlement.SettlementEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The card network's drop directory, {@code <var-dir>/settlement}: a complete file in {@code inbound/} is moved
 * to {@code processing/} (acceptance is the move), processed, and filed in {@code archive/YYYY/MM/DD} or, when
 * rejected or a duplicate, in {@code error/} with {@code FILE.reason.txt} beside it. Files left in
 * {@code processing/} by a crash are processed again first, which resumes them. One file at a time.
 */
@Component
public class SettlementDropbox {
  private static final Logger log = LoggerFactory.getLogger(SettlementDropbox.class);
  static final ZoneId BANK_ZONE = ZoneId.of("America/New_York");

  private final CardSettlement settlement;
  private final Path root;
  private final SettlementEncoding encoding;
  private final Clock clock;

  public SettlementDropbox(CardSettlement settlement, @Value("${corebank.var-dir:./var}") Path varDir,
      @Value("${corebank.settlement.encoding:ASCII}") SettlementEncoding encoding, Clock clock) {
    this.settlement = settlement;
    this.root = varDir.resolve("settlement");
    this.encoding = encoding;
    this.clock = clock;
  }

  public Path inbound() { return root.resolve("inbound"); }
  public Path processing() { return root.resolve("processing"); }
  public Path archive() { return root.resolve("archive"); }
  public Path error() { return root.resolve("error"); }

  /** What became of one file. */
  public record Outcome(String name, String status, Path location, CardSettlement.Report report) {}

  /** Takes a complete file from inbound/ and processes it. */
  public synchronized Outcome accept(Path inboundFile) {
    try {
      Files.createDirectories(processing());
      Path taken = processing().resolve(inboundFile.getFileName());
      Files.move(inboundFile, taken, StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(inboundFile.resolveSibling(inboundFile.getFileName() + ".done"));
      return process(taken);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take " + inboundFile, e);
    }
  }

  /** Processes what a crash left in processing/ (resuming it). */
  public synchronized List<Outcome> recover() {
    List<Outcome> outcomes = new ArrayList<>();
    if (!Files.isDirectory(processing())) return outcomes;
    try (Stream<Path> files = Files.list(processing())) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) outcomes.add(process(f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outcomes;
  }

  private Outcome process(Path taken) throws IOException {
    CardSettlement.Report r = settlement.process(taken, encoding);
    String name = taken.getFileName().toString();
    if (r.status().equals("PROCESSED")) {
      LocalDate day = LocalDate.ofInstant(clock.instant(), BANK_ZONE);
      Path dir = Files.createDirectories(archive().resolve(String.format("%04d/%02d/%02d", day.getYear(), day.getMonthValue(),
          day.getDayOfMonth())));
      Path target = dir.resolve(name);
      Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
      log.info("settlement file {}: PROCESSED as file {} {}, archived", name, r.fileId(), r.itemsByOutcome());
      return new Outcome(name, r.status(), target, r);
    }
    Path dir = Files.createDirectories(error());
    Path target = dir.resolve(name);
    Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve(name + ".reason.txt"), r.status() + " (settlement file " + r.fileId() + ")\n" + r.detail() + "\n");
    log.warn("settlement file {}: {}: {}; moved to error/", name, r.status(), r.detail());
    return new Outcome(name, r.status(), target, r);
  }
}
