package io.corebank.nacha;

import java.util.List;

/**
 * Callbacks of {@link AchFileReader#read(AchFileHandler)}, in file order. Each entry arrives once with
 * all its addenda, so a handler holds at most one entry at a time.
 */
public interface AchFileHandler {

  default void fileHeader(FileHeader header) {
  }

  /** A {@link BatchHeader} or an {@link IatBatchHeader}. */
  default void batchHeader(BatchHeaderRecord header) {
  }

  /** An entry of any layout with the addenda that follow it (possibly none). */
  default void entry(EntryRecord entry, List<Addenda> addenda) {
  }

  default void batchControl(BatchControlRecord control) {
  }

  default void fileControl(FileControlRecord control) {
  }

  /** Records that fit no slot above: block padding, addenda with no entry, unknown lines. */
  default void otherRecord(AchRecord record) {
  }
}
