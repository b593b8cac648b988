package io.corebank.copybook.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Streams fixed-length records from a file without loading it: either a mainframe data set
 * (records back to back, no separators) or a line-sequential text file (one record per line,
 * LF or CR LF, trailing blanks possibly stripped, as in the CardDemo ASCII files). Only one
 * record is held in memory at a time.
 */
public final class FixedRecordReader implements Closeable {
  private static final int LF = '\n';
  private static final int CR = '\r';

  private final InputStream in;
  private final int recordLengthBytes;
  private final boolean lineSequential;
  private final byte padByte;
  private long recordNumber;
  /** Our own buffer: a byte at a time through BufferedInputStream's synchronized read() was the reader's cost. */
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;

  private FixedRecordReader(InputStream in, int recordLengthBytes, boolean lineSequential, byte padByte) {
    if (recordLengthBytes < 1) {
      throw new IllegalArgumentException("record length must be positive, was " + recordLengthBytes);
    }
    this.in = in;
    this.recordLengthBytes = recordLengthBytes;
    this.lineSequential = lineSequential;
    this.padByte = padByte;
  }

  /** Records back to back; a trailing partial record is an error. */
  public static FixedRecordReader fixedLength(InputStream in, int recordLengthBytes) {
    return new FixedRecordReader(in, recordLengthBytes, false, (byte) 0);
  }

  /** One record per line; short lines are padded with {@code padByte} (the code page's space). */
  public static FixedRecordReader lineSequential(InputStream in, int recordLengthBytes, byte padByte) {
    return new FixedRecordReader(in, recordLengthBytes, true, padByte);
  }

  /** The next record, or empty at end of file. */
  public Optional<RawRecord> next() {
    try {
      return lineSequential ? nextLine() : nextFixed();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read record " + (recordNumber + 1), e);
    }
  }

  private Optional<RawRecord> nextFixed() throws IOException {
    byte[] record = new byte[recordLengthBytes];
    int length = 0;
    while (length < recordLengthBytes) {
      if (position == limit && !fill()) break;
      int n = Math.min(recordLengthBytes - length, limit - position);
      System.arraycopy(buffer, position, record, length, n);
      position += n;
      length += n;
    }
    if (length == 0) {
      return Optional.empty();
    }
    recordNumber++;
    if (length < recordLengthBytes) {
      throw new RecordFileException("record " + recordNumber + " is a partial record of " + length
          + " bytes; the record length is " + recordLengthBytes);
    }
    return Optional.of(new RawRecord(recordNumber, record, RecordFraming.fixed(recordLengthBytes)));
  }

  /**
   * The next line: the buffer is scanned for the line feed and copied a run at a time (a byte at a time was
   * the POSTTRAN readers' cost). CR LF ends a line too; a CR not followed by LF is data.
   */
  private Optional<RawRecord> nextLine() throws IOException {
    if (position == limit && !fill()) {
      return Optional.empty();
    }
    recordNumber++;
    byte[] record = new byte[recordLengthBytes];
    int length = 0;
    // a CR that ended the buffer: the line's terminator if an LF comes next, else data
    boolean pendingCr = false;
    while (true) {
      if (position == limit && !fill()) {
        if (pendingCr) length = append(record, length, new byte[] {CR}, 0, 1);
        return Optional.of(line(record, length, RecordFraming.NO_TERMINATOR));
      }
      int start = position;
      int i = start;
      while (i < limit && buffer[i] != LF) i++;
      if (pendingCr) {
        pendingCr = false;
        if (i == start) {
          position = i + 1;
          return Optional.of(line(record, length, new byte[] {CR, LF}));
        }
        length = append(record, length, new byte[] {CR}, 0, 1);
      }
      if (i < limit) {
        int end = i;
        byte[] terminator = {LF};
        if (end > start && buffer[end - 1] == CR) {
          end--;
          terminator = new byte[] {CR, LF};
        }
        length = append(record, length, buffer, start, end - start);
        position = i + 1;
        return Optional.of(line(record, length, terminator));
      }
      int end = limit;
      if (end > start && buffer[end - 1] == CR) {
        end--;
        pendingCr = true;
      }
      length = append(record, length, buffer, start, end - start);
      position = limit;
    }
  }

  /** Appends {@code n} bytes of line content; a line longer than the record is an error. */
  private int append(byte[] record, int length, byte[] from, int offset, int n) {
    if (length + n > recordLengthBytes) {
      throw new RecordFileException("line " + recordNumber + " is longer than the record length of "
          + recordLengthBytes + " bytes");
    }
    System.arraycopy(from, offset, record, length, n);
    return length + n;
  }

  /** Refills the buffer; false at end of input. */
  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) n = in.read(buffer, 0, buffer.length);
    if (n < 0) return false;
    position = 0;
    limit = n;
    return true;
  }

  private RawRecord line(byte[] record, int length, byte[] terminator) {
    Arrays.fill(record, length, recordLengthBytes, padByte);
    return new RawRecord(recordNumber, record, new RecordFraming(length, terminator));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
