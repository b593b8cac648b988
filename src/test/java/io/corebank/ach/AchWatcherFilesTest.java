package io.corebank.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file rules of the ACH directories without Spring: when a dropped file is complete (marker, or
 * unchanged for the stability time on our clock), which names are never taken, and the archive purge
 * deleting only the days past the retention period.
 */
class AchWatcherFilesTest {
  @TempDir Path dir;
  final AtomicLong nowMs = new AtomicLong(1_000_000);

  @Test
  void aFileIsReadyWhenItsMarkerIsBesideItOrWhenUnchangedForTheStableTime() throws IOException {
    ReadyFiles ready = new ReadyFiles(2_000, nowMs::get);
    Path marked = Files.writeString(dir.resolve("a.ach"), "complete");
    Files.writeString(dir.resolve("a.ach.done"), "");
    Path growing = Files.writeString(dir.resolve("b.ach"), "part 1");
    assertThat(ready.ready(list())).containsExactly(marked);

    nowMs.addAndGet(1_500);
    Files.writeString(growing, " part 2", StandardOpenOption.APPEND); // changed: its observation starts again
    assertThat(ready.ready(list())).containsExactly(marked);
    nowMs.addAndGet(1_999);
    assertThat(ready.ready(list())).containsExactly(marked);
    nowMs.addAndGet(1);
    assertThat(ready.ready(list())).containsExactly(marked, growing);
    // it stays ready while unchanged (a poll that could not take it will offer it again)
    nowMs.addAndGet(10);
    assertThat(ready.ready(list())).containsExactly(marked, growing);
  }

  @Test
  void markersSideFilesHiddenAndTemporaryNamesAreNeverTaken() throws IOException {
    ReadyFiles ready = new ReadyFiles(0, nowMs::get);
    for (String name : List.of("x.ach.done", "x.ach.accepted", "x.ach.reason.txt", ".hidden.ach", "y.ach.tmp", "y.ach.part")) {
      Files.writeString(dir.resolve(name), "data");
    }
    Files.createDirectory(dir.resolve("sub.ach"));
    assertThat(ready.ready(list())).isEmpty();
    nowMs.addAndGet(1);
    assertThat(ready.ready(list())).isEmpty();
    assertThat(AchDirectories.isDataFileName("payroll-20260102.ach.gz")).isTrue();
  }

  @Test
  void thePurgeDeletesOnlyArchiveDaysOlderThanTheRetentionAndTidiesEmptyMonths() throws IOException {
    AchDirectories dirs = new AchDirectories(dir.resolve("ach")).create();
    LocalDate today = LocalDate.of(2026, 11, 22);
    Path tooOld = day(dirs, today.minusDays(11), "old1.ach", "old2.ach");
    Path lastMonth = day(dirs, LocalDate.of(2026, 10, 1), "oct.ach"); // 52 days: too old for 10 days
    Path exactlyRetention = day(dirs, today.minusDays(10), "kept-edge.ach");
    Path recent = day(dirs, today, "today.ach");
    Path notADate = Files.createDirectories(dirs.archive().resolve("2026").resolve("11").resolve("notes"));
    Files.writeString(dirs.error().resolve("bad.ach"), "never purged");
    Files.setLastModifiedTime(dirs.error().resolve("bad.ach"), java.nio.file.attribute.FileTime.fromMillis(0));

    List<AchDirectories.PurgedDay> purged = dirs.purgeArchive(today, 10);

    assertThat(purged).extracting(AchDirectories.PurgedDay::day, AchDirectories.PurgedDay::files).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 1), 1),
        org.assertj.core.groups.Tuple.tuple(today.minusDays(11), 2));
    assertThat(tooOld).doesNotExist();
    assertThat(lastMonth).doesNotExist();
    assertThat(lastMonth.getParent()).as("the emptied month").doesNotExist();
    assertThat(exactlyRetention.resolve("kept-edge.ach")).exists();
    assertThat(recent.resolve("today.ach")).exists();
    assertThat(notADate).exists();
    assertThat(dirs.error().resolve("bad.ach")).exists();
    assertThat(dirs.archiveDay(today)).isEqualTo(dirs.archive().resolve("2026/11/22"));
    assertThatThrownBy(() -> dirs.purgeArchive(today, 0)).hasMessageContaining("at least 1 day");
  }

  private Path day(AchDirectories dirs, LocalDate date, String... names) throws IOException {
    Path d = Files.createDirectories(dirs.archiveDay(date));
    for (String n : names) Files.writeString(d.resolve(n), n);
    return d;
  }

  private List<Path> list() throws IOException {
    try (var s = Files.list(dir)) {
      return s.toList();
    }
  }
}
