package io.corebank.ach;

import io.corebank.nacha.Addenda;
import io.corebank.nacha.EntryRecord;
import java.util.List;

/**
 * One entry of an inbound file with what processing it needs from its batch.
 *
 * @param lineNumber      the entry detail record's line in the file (its identity within the file)
 * @param batchHeaderText the batch header record as received (a return batch repeats it)
 */
record AchItem(int lineNumber, int batchLineNumber, String batchHeaderText, String secCode, String companyName,
    String companyEntryDescription, String entryText, EntryRecord entry, List<Addenda> addenda) {}
