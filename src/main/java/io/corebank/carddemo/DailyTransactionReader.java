package io.corebank.carddemo;

import io.corebank.copybook.io.FixedRecordReader;
import io.corebank.copybook.io.RawRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the daily transaction file (DALYTRAN) record by record: never more than one record in memory.
 * The position in the file is saved at every commit, so a restarted POSTTRAN skips exactly the records
 * whose postings committed.
 *
 * <p>A partition's reader hands out only the records of its accounts (see {@link PostTranPartition}); it
 * reads the card number of every record straight from the bytes and decodes the rest of its own records
 * only. Each item carries the account its card belongs to, from the card cross-reference loaded at open
 * (one map entry per card, about 100 bytes each: bounded by the bank's cards, not by the file).
 */
final class DailyTransactionReader implements ItemStreamReader<DailyTransactionReader.Item> {
  static final String READ_COUNT = "dalytran.records.read";

  /** A daily transaction, its 1-based record number in the file, and its card's account (null: card unknown). */
  record Item(long recordNumber, CardTransaction transaction, Long acctId) {}

  static final String CARD_FIELD = "DALYTRAN-CARD-NUM";

  private final Path file;
  private final CardDemoEncoding encoding;
  private final CardDemoRecords.Codec codec;
  private final String fileName;
  private InputStream in;
  private FixedRecordReader reader;
  private long read;
  private final PostTranPartition partition;
  private final Supplier<Map<String, Long>> crossReference;
  private Map<String, Long> accountByCard;

  DailyTransactionReader(Path inputDir, CardDemoEncoding encoding, PostTranPartition partition,
      Supplier<Map<String, Long>> crossReference) {
    this.partition = partition;
    this.crossReference = crossReference;
    this.file = CardDemoFile.DAILY_TRANSACTIONS.in(inputDir, encoding);
    this.encoding = encoding;
    this.codec = new CardDemoRecords(encoding).codec(CardDemoFile.DAILY_TRANSACTIONS.copybook());
    this.fileName = CardDemoFile.DAILY_TRANSACTIONS.fileName(encoding);
  }

  @Override
  public void open(ExecutionContext context) {
    accountByCard = crossReference.get();
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
    reader = encoding.reader(in, CardDemoFile.DAILY_TRANSACTIONS.recordLengthBytes());
    long skip = context.getLong(READ_COUNT, 0L);
    // records before the restart point were posted (or rejected) by a committed chunk
    for (read = 0; read < skip; read++) {
      if (CardDemoImporter.next(reader, fileName).isEmpty()) {
        throw new CardDemoDataException(fileName + " has " + read + " records but a previous run of this job read "
            + skip + ": the file changed since then");
      }
    }
  }

  @Override
  public Item read() {
    while (true) {
      Optional<RawRecord> raw = CardDemoImporter.next(reader, fileName);
      if (raw.isEmpty()) return null;
      read++;
      RawRecord r = raw.get();
      String card = codec.peekText(r.bytes(), CARD_FIELD);
      Long acctId = accountByCard.get(card);
      if (!partition.owns(acctId, card)) continue;
      return new Item(r.number(), CardTransaction.fromDaily(codec.decode(r.bytes(), fileName, r.number())), acctId);
    }
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
      throw new UncheckedIOException("cannot close " + file, e);
    } finally {
      reader = null;
      in = null;
      accountByCard = null;
    }
  }
}
