package io.corebank.copybook.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes records with the framing they were read with, so a file read by
 * {@link FixedRecordReader}, decoded, re-encoded and written is identical to the original.
 */
public final class RecordWriter implements Closeable {
  private final OutputStream out;
  private final byte padByte;

  /** @param padByte the byte a stored-short record may drop (the code page's space) */
  public RecordWriter(OutputStream out, byte padByte) {
    this.out = new BufferedOutputStream(out, 64 * 1024);
    this.padByte = padByte;
  }

  /**
   * @throws RecordFileException when the framing would drop bytes that are not padding
   */
  public void write(byte[] record, RecordFraming framing) throws IOException {
    int stored = framing.storedLengthBytes();
    for (int i = stored; i < record.length; i++) {
      if (record[i] != padByte) {
        throw new RecordFileException("record would lose byte " + i + " (" + (record[i] & 0xFF)
            + ") beyond its stored length of " + stored + " bytes");
      }
    }
    out.write(record, 0, Math.min(stored, record.length));
    out.write(framing.terminator());
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
