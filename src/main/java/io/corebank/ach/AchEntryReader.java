package io.corebank.ach;

import io.corebank.nacha.AchFileReader;
import io.corebank.platform.BatchPartitions;
import io.corebank.nacha.AchRecord;
import io.corebank.nacha.Addenda;
import io.corebank.nacha.BatchHeader;
import io.corebank.nacha.BatchHeaderRecord;
import io.corebank.nacha.EntryRecord;
import io.corebank.nacha.IatBatchHeader;
import io.corebank.nacha.ValidationOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the entries of a validated NACHA file, each with its addenda and its batch's header: one entry
 * in memory at a time. The position in the file (entries passed) is saved at every commit, so a restarted
 * step skips exactly the entries whose chunk committed.
 *
 * <p>A partition's reader hands out only the entries whose partition key (the receiving account's number;
 * for a return of our own entry, our customer's) falls in its partition: every account is posted by one
 * partition, in file order.
 */
final class AchEntryReader implements ItemStreamReader<AchItem> {
  static final String READ_COUNT = "ach.entries.read";

  private final Path file;
  private final ValidationOptions options;
  private InputStream in;
  private AchFileReader reader;
  private AchRecord pending;
  private BatchHeaderRecord batch;
  private String batchText;
  private long read;
  private final int partition;
  private final int partitions;
  private final Function<AchItem, String> partitionKey;

  /** The whole file, one partition. */
  AchEntryReader(Path file, ValidationOptions options) {
    this(file, options, 0, 1, item -> "");
  }

  AchEntryReader(Path file, ValidationOptions options, int partition, int partitions, Function<AchItem, String> partitionKey) {
    this.file = file;
    this.options = options;
    this.partition = partition;
    this.partitions = partitions;
    this.partitionKey = partitionKey;
  }

  @Override
  public void open(ExecutionContext context) {
    try {
      in = AchFiles.open(file);
      reader = new AchFileReader(in, options);
      long skip = context.getLong(READ_COUNT, 0L);
      for (read = 0; read < skip; read++) {
        if (nextItem() == null) throw new IllegalStateException(file + " has fewer entries than a previous run read");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public AchItem read() {
    try {
      while (true) {
        AchItem item = nextItem();
        if (item == null) return null;
        read++;
        if (partitions == 1 || BatchPartitions.of(partitionKey.apply(item), partitions) == partition) return item;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private AchItem nextItem() throws IOException {
    AchRecord record = pending != null ? pending : reader.next();
    pending = null;
    while (record != null && !(record instanceof EntryRecord)) {
      if (record instanceof BatchHeaderRecord header) {
        batch = header;
        batchText = record.format();
      }
      record = reader.next();
    }
    if (record == null) return null;
    EntryRecord entry = (EntryRecord) record;
    List<Addenda> addenda = new ArrayList<>();
    AchRecord next;
    while ((next = reader.next()) instanceof Addenda a) addenda.add(a);
    pending = next;
    String companyName = batch instanceof BatchHeader b ? b.companyName()
        : batch instanceof IatBatchHeader ? "" : "";
    return new AchItem(record.lineNumber(), batch.lineNumber(), batchText, batch.standardEntryClassCode(), companyName,
        batch.companyEntryDescription(), record.format(), entry, List.copyOf(addenda));
  }

  @Override
  public void update(ExecutionContext context) {
    context.putLong(READ_COUNT, read);
  }

  @Override
  public void close() {
    try {
      if (reader != null) reader.close();
      if (in != null) in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      reader = null;
      in = null;
      pending = null;
    }
  }
}
