package io.corebank.ach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The ACH drop directories under {@code corebank.ach.directory} and what their names mean. The directory a
 * file is in is its state, so no table has to remember which files were taken:
 * <ul>
 *   <li>{@code inbound/}: networks drop files here; a file here has not been accepted yet</li>
 *   <li>{@code processing/}: accepted (moved here atomically), its ingest started or about to; a file left
 *       here by a crash is ingested again, which resumes it</li>
 *   <li>{@code archive/YYYY/MM/DD/}: processed (the day it was processed, Eastern time); kept for the retention period</li>
 *   <li>{@code error/}: rejected or duplicate, each with a {@code FILE.reason.txt} beside it for the operator</li>
 * </ul>
 * Plain file operations only; {@link AchDropbox} runs the protocol.
 */
public final class AchDirectories {
  /** A file is complete when this marker ({@code FILE.done}) exists beside it. */
  public static final String MARKER = ".done";
  /** Beside a file in processing/: when it was accepted (see {@link AchDropbox}). */
  public static final String ACCEPTED = ".accepted";
  /** Beside a file in error/: why it is there. */
  public static final String REASON = ".reason.txt";

  private final Path root;

  public AchDirectories(Path root) {
    this.root = root;
  }

  public Path root() { return root; }
  public Path inbound() { return root.resolve("inbound"); }
  public Path processing() { return root.resolve("processing"); }
  public Path archive() { return root.resolve("archive"); }
  public Path error() { return root.resolve("error"); }

  /** {@code archive/YYYY/MM/DD}. */
  public Path archiveDay(LocalDate day) {
    return archive().resolve(String.format("%04d", day.getYear())).resolve(String.format("%02d", day.getMonthValue()))
        .resolve(String.format("%02d", day.getDayOfMonth()));
  }

  /** Creates the four directories (and the root) when missing. */
  public AchDirectories create() {
    try {
      for (Path p : List.of(inbound(), processing(), archive(), error())) Files.createDirectories(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the ACH directories under " + root, e);
    }
    return this;
  }

  /**
   * Whether a name in inbound/ or processing/ is an ACH file to take, rather than one of our markers and
   * side files, a hidden file or a file still being written under a temporary name ({@code .tmp}, {@code .part}).
   */
  public static boolean isDataFileName(String name) {
    return !name.startsWith(".") && !name.endsWith(MARKER) && !name.endsWith(ACCEPTED) && !name.endsWith(REASON)
        && !name.endsWith(".tmp") && !name.endsWith(".part");
  }

  /** The data files directly in {@code dir}, by name. */
  public static List<Path> dataFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> isDataFileName(p.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** A day of the archive removed by {@link #purgeArchive}. */
  public record PurgedDay(LocalDate day, Path directory, int files) {}

  /**
   * Deletes the archive days older than {@code retentionDays} before {@code today} (a day exactly
   * {@code retentionDays} old is kept), then the month and year directories left empty. Directories whose
   * names are not a date are left alone.
   */
  public List<PurgedDay> purgeArchive(LocalDate today, int retentionDays) {
    if (retentionDays < 1) throw new IllegalArgumentException("the archive retention must be at least 1 day, was " + retentionDays);
    LocalDate oldestKept = today.minusDays(retentionDays);
    List<PurgedDay> purged = new ArrayList<>();
    if (!Files.isDirectory(archive())) return purged;
    for (Path year : subdirectories(archive())) {
      for (Path month : subdirectories(year)) {
        for (Path day : subdirectories(month)) {
          LocalDate date = dateOf(year, month, day);
          if (date == null || !date.isBefore(oldestKept)) continue;
          purged.add(new PurgedDay(date, day, deleteTree(day)));
        }
        deleteIfEmpty(month);
      }
      deleteIfEmpty(year);
    }
    return purged;
  }

  private static LocalDate dateOf(Path year, Path month, Path day) {
    String y = year.getFileName().toString(), m = month.getFileName().toString(), d = day.getFileName().toString();
    if (!y.matches("\\d{4}") || !m.matches("\\d{2}") || !d.matches("\\d{2}")) return null;
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static List<Path> subdirectories(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Deletes a directory tree; returns the number of files deleted. */
  private static int deleteTree(Path dir) {
    int[] files = {0};
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        if (Files.isRegularFile(p)) files[0]++;
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
    return files[0];
  }

  private static void deleteIfEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      if (s.findAny().isEmpty()) Files.delete(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy " + dir, e);
    }
  }
}
