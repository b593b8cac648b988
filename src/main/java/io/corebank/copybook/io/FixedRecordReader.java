package io.corebank.copybook.io;

import java.io.BufferedInputStream;
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

  private FixedRecordReader(InputStream in, int recordLengthBytes, boolean lineSequential, byte padByte) {
    if (recordLengthBytes < 1) {
      throw new IllegalArgumentException("record length must be positive, was " + recordLengthBytes);
    }
    this.in = new BufferedInputStream(in, 64 * 1024);
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
    byte[] record = in.readNBytes(recordLengthBytes);
    if (record.length == 0) {
      return Optional.empty();
    }
    recordNumber++;
    if (record.length < recordLengthBytes) {
      throw new RecordFileException("record " + recordNumber + " is a partial record of " + record.length
          + " bytes; the record length is " + recordLengthBytes);
    }
    return Optional.of(new RawRecord(recordNumber, record, RecordFraming.fixed(recordLengthBytes)));
  }

  private Optional<RawRecord> nextLine() throws IOException {
    byte[] record = new byte[recordLengthBytes];
    int length = 0;
    int b = in.read();
    if (b < 0) {
      return Optional.empty();
    }
    recordNumber++;
    while (b >= 0 && b != LF) {
      if (b == CR && peekIsLineFeed()) {
        in.read();
        return Optional.of(line(record, length, new byte[] {CR, LF}));
      }
      if (length == recordLengthBytes) {
        throw new RecordFileException("line " + recordNumber + " is longer than the record length of "
            + recordLengthBytes + " bytes");
      }
      record[length++] = (byte) b;
      b = in.read();
    }
    return Optional.of(line(record, length, b == LF ? new byte[] {LF} : RecordFraming.NO_TERMINATOR));
  }

  private boolean peekIsLineFeed() throws IOException {
    in.mark(1);
    boolean lineFeed = in.read() == LF;
    in.reset();
    return lineFeed;
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
