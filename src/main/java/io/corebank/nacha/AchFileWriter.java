package io.corebank.nacha;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a NACHA file as a stream and computes every control for the caller: batch controls (counts,
 * entry hash, debit and credit totals), the file control (batch count, block count, totals) and the
 * lines of nines that pad the last block to the blocking factor of 10.
 *
 * <p>Usage: {@code fileHeader}, then per batch {@code beginBatch}, {@code entry}..., {@code endBatch},
 * then {@code close}. Domestic batches only: IAT and ADV batches are read and validated but not written.
 *
 * <p>Line ending: {@link LineEnding#CRLF} by default, because bank origination specifications and
 * FTP/mainframe transfer paths commonly expect CR LF record terminators, while every reader we know of
 * (including the reference library and {@link AchFileReader}) accepts either.
 */
public final class AchFileWriter implements Closeable {

  private static final int BLOCKING_FACTOR = 10;

  /** Record terminator. */
  public enum LineEnding {
    CRLF("\r\n"), LF("\n");

    private final String characters;

    LineEnding(String characters) {
      this.characters = characters;
    }
  }

  private final Writer out;
  private final LineEnding lineEnding;
  private final BatchTotals fileTotals = new BatchTotals();
  private BatchHeader batchHeader;
  private BatchTotals batchTotals;
  private boolean headerWritten;
  private long batchCount;
  private long recordCount;

  public AchFileWriter(OutputStream out) {
    this(out, LineEnding.CRLF);
  }

  public AchFileWriter(OutputStream out, LineEnding lineEnding) {
    this(new OutputStreamWriter(out, StandardCharsets.US_ASCII), lineEnding);
  }

  public AchFileWriter(Writer out, LineEnding lineEnding) {
    this.out = out;
    this.lineEnding = lineEnding;
  }

  public AchFileWriter fileHeader(FileHeader header) throws IOException {
    if (headerWritten) {
      throw new IllegalStateException("the file header is already written");
    }
    headerWritten = true;
    write(header);
    return this;
  }

  public AchFileWriter beginBatch(BatchHeader header) throws IOException {
    if (!headerWritten || batchHeader != null) {
      throw new IllegalStateException("a batch starts after the file header and after the previous batch ended");
    }
    batchHeader = header;
    batchTotals = new BatchTotals();
    batchCount++;
    write(header);
    return this;
  }

  /** Writes an entry and its addenda; the addenda record indicator is set to match the addenda given. */
  public AchFileWriter entry(EntryDetail entry, List<? extends Addenda> addenda) throws IOException {
    if (batchHeader == null) {
      throw new IllegalStateException("an entry belongs inside a batch");
    }
    EntryDetail written = entry.withAddendaRecordIndicator(!addenda.isEmpty());
    batchTotals.addEntry(written);
    write(written);
    for (Addenda a : addenda) {
      batchTotals.addAddenda();
      write(a);
    }
    return this;
  }

  public AchFileWriter entry(EntryDetail entry, Addenda... addenda) throws IOException {
    return entry(entry, List.of(addenda));
  }

  /** Writes the batch control computed from the entries written since {@link #beginBatch}. */
  public AchFileWriter endBatch() throws IOException {
    if (batchHeader == null) {
      throw new IllegalStateException("no batch is open");
    }
    write(BatchControl.of(batchHeader, batchTotals));
    fileTotals.add(batchTotals);
    batchHeader = null;
    batchTotals = null;
    return this;
  }

  /** Writes the file control and the block padding, then flushes and closes the underlying writer. */
  @Override
  public void close() throws IOException {
    if (batchHeader != null) {
      throw new IllegalStateException("batch " + batchHeader.batchNumber() + " is still open");
    }
    if (!headerWritten) {
      throw new IllegalStateException("no file header written");
    }
    long records = recordCount + 1;
    long blockCount = (records + BLOCKING_FACTOR - 1) / BLOCKING_FACTOR;
    write(FileControl.of(batchCount, blockCount, fileTotals));
    while (recordCount % BLOCKING_FACTOR != 0) {
      writeLine(BlockPadding.LINE);
    }
    out.close();
  }

  private void write(AchRecord record) throws IOException {
    writeLine(record.format());
  }

  private void writeLine(String line) throws IOException {
    out.write(line);
    out.write(lineEnding.characters);
    recordCount++;
  }
}
