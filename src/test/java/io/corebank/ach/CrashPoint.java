package io.corebank.ach;

import io.corebank.platform.BatchPartitions;
import java.util.List;

/**
 * Which entries of a file committed before a crash while one entry was processed: entries are posted by
 * partitions (by receiving account) side by side in chunks; the crashing entry's partition committed
 * its chunks before the crashing one, every other partition ran to the end.
 */
final class CrashPoint {
  private CrashPoint() {}

  /** {@code committed[i]} for the entries (receiving account numbers in file order) when entry {@code crash} failed. */
  static boolean[] committed(List<String> accountNumbers, int crash, int chunkEntries, int partitions) {
    int failing = BatchPartitions.of(accountNumbers.get(crash), partitions);
    int ownBeforeCrash = 0;
    for (int i = 0; i < crash; i++) if (BatchPartitions.of(accountNumbers.get(i), partitions) == failing) ownBeforeCrash++;
    int ownCommitted = ownBeforeCrash / chunkEntries * chunkEntries;
    boolean[] committed = new boolean[accountNumbers.size()];
    int own = 0;
    for (int i = 0; i < committed.length; i++) {
      committed[i] = BatchPartitions.of(accountNumbers.get(i), partitions) != failing || own++ < ownCommitted;
    }
    return committed;
  }
}
