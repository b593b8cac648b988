package io.corebank.card.settlement;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Streams the records of a settlement file one at a time; memory use does not grow with the file (one 64 KiB
 * buffer and the record being returned).
 *
 * <p>ASCII files are line-sequential: a record per line, LF or CR LF, a line shorter than 250 characters padded
 * with spaces (transfers and editors cut trailing blanks). EBCDIC files are fixed-length: 250-byte records back to
 * back. Framing problems do not stop the reader: a longer line (its first 250 characters are kept, the rest
 * skipped) or a partial last EBCDIC record comes back as a record whose {@link SettlementRecord#validate()} reports
 * {@link Rule#RECORD_LENGTH}, so the validator names it and goes on. (This is why the reader frames records itself
 * rather than through the copybook package's {@code FixedRecordReader}, which stops at either with an exception.)
 */
public final class SettlementFileReader implements Closeable {
  private static final int LF = '\n';
  private static final int CR = '\r';
  private static final int LENGTH = SettlementRecord.LENGTH;

  private final InputStream in;
  private final SettlementEncoding encoding;
  private final byte[] buffer = new byte[64 * 1024];
  private final byte[] record = new byte[LENGTH];
  private int position;
  private int limit;
  private long lineNumber;

  public SettlementFileReader(InputStream in, SettlementEncoding encoding) {
    this.in = in;
    this.encoding = encoding;
  }

  public static SettlementFileReader open(Path file, SettlementEncoding encoding) throws IOException {
    return new SettlementFileReader(Files.newInputStream(file), encoding);
  }

  public SettlementEncoding encoding() {
    return encoding;
  }

  /** Line (ASCII) or record number (EBCDIC) of the last record returned, 1-based; 0 before the first. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The next record, or empty at the end of the file. */
  public Optional<SettlementRecord> next() throws IOException {
    return encoding.lineSequential() ? nextLine() : nextFixed();
  }

  private Optional<SettlementRecord> nextFixed() throws IOException {
    int length = 0;
    while (length < LENGTH) {
      if (position == limit && !fill()) {
        break;
      }
      int n = Math.min(LENGTH - length, limit - position);
      System.arraycopy(buffer, position, record, length, n);
      position += n;
      length += n;
    }
    if (length == 0) {
      return Optional.empty();
    }
    lineNumber++;
    return Optional.of(SettlementRecord.parse(encoding.decode(record, length), lineNumber, length));
  }

  private Optional<SettlementRecord> nextLine() throws IOException {
    int b = read();
    if (b < 0) {
      return Optional.empty();
    }
    lineNumber++;
    int length = 0;
    while (b >= 0 && b != LF) {
      if (b == CR && peekIsLineFeed()) {
        read();
        break;
      }
      if (length < LENGTH) {
        record[length] = (byte) b;
      }
      if (length < Integer.MAX_VALUE) {
        length++;
      }
      b = read();
    }
    if (length < LENGTH) {
      Arrays.fill(record, length, LENGTH, encoding.spaceByte());
    }
    int originalLength = Math.max(length, LENGTH);
    return Optional.of(SettlementRecord.parse(encoding.decode(record, LENGTH), lineNumber, originalLength));
  }

  private boolean peekIsLineFeed() throws IOException {
    if (position == limit && !fill()) {
      return false;
    }
    return buffer[position] == LF;
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  /** Refills the buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
