package io.corebank.ach;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.integration.file.filters.FileListFilter;

/**
 * When a dropped file is complete, so that a file still being written is never taken: either its sender
 * put a marker beside it ({@code FILE.done}, written after the file), or its size and modification time
 * have not changed for {@code stableMs} of our own observation. Observation (first seen unchanged at our
 * clock) rather than "modified more than N ms ago" keeps a sender whose clock is off (a NAS, another host)
 * from making us take a file early or never. Side files, markers, hidden files and {@code .tmp}/{@code .part}
 * names are never ready. Observations live in memory: after a restart a file waits {@code stableMs} again.
 *
 * <p>Used as the Spring Integration filter of the inbound directory and by {@code serve --once}.
 */
public final class ReadyFiles implements FileListFilter<File> {
  private record Seen(long size, FileTime modified, long sinceMs) {}

  private final long stableMs;
  private final LongSupplier clockMs;
  private final Map<Path, Seen> seen = new HashMap<>();

  public ReadyFiles(long stableMs) {
    this(stableMs, () -> System.nanoTime() / 1_000_000);
  }

  ReadyFiles(long stableMs, LongSupplier clockMs) {
    if (stableMs < 0) throw new IllegalArgumentException("corebank.ach.stable-ms must not be negative, was " + stableMs);
    this.stableMs = stableMs;
    this.clockMs = clockMs;
  }

  public long stableMs() {
    return stableMs;
  }

  @Override
  public List<File> filterFiles(File[] files) {
    return ready(Arrays.stream(files).map(File::toPath).toList()).stream().map(Path::toFile).toList();
  }

  /** The files of a directory listing that are complete now, by name; the others are observed for next time. */
  public synchronized List<Path> ready(Collection<Path> listing) {
    long now = clockMs.getAsLong();
    Set<Path> present = new HashSet<>();
    List<Path> ready = new ArrayList<>();
    for (Path p : listing) {
      if (!AchDirectories.isDataFileName(p.getFileName().toString())) continue;
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (IOException e) {
        continue; // gone since the listing
      }
      if (!a.isRegularFile()) continue;
      present.add(p);
      if (Files.exists(marker(p))) {
        ready.add(p);
        continue;
      }
      Seen s = seen.get(p);
      if (s == null || s.size() != a.size() || !s.modified().equals(a.lastModifiedTime())) {
        seen.put(p, new Seen(a.size(), a.lastModifiedTime(), now));
      } else if (now - s.sinceMs() >= stableMs) {
        ready.add(p);
      }
    }
    seen.keySet().retainAll(present);
    ready.sort(null);
    return ready;
  }

  /** {@code FILE.done} beside {@code FILE}. */
  public static Path marker(Path file) {
    return file.resolveSibling(file.getFileName() + AchDirectories.MARKER);
  }
}
