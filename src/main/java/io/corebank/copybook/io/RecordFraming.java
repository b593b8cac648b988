package io.corebank.copybook.io;

import java.util.Arrays;

/**
 * How one record was stored in its file, so it can be written back exactly as it was.
 *
 * @param storedLengthBytes bytes of the record actually present in the file (an ASCII line may
 *                          have lost its trailing blanks); the rest was padding
 * @param terminator        the bytes that ended the record: none for fixed-length files,
 *                          LF or CR LF for line-sequential files (none on a last line without one)
 */
public record RecordFraming(int storedLengthBytes, byte[] terminator) {

  public static final byte[] NO_TERMINATOR = {};

  public RecordFraming {
    terminator = terminator.clone();
  }

  public static RecordFraming fixed(int recordLengthBytes) {
    return new RecordFraming(recordLengthBytes, NO_TERMINATOR);
  }

  @Override
  public byte[] terminator() {
    return terminator.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordFraming framing && storedLengthBytes == framing.storedLengthBytes
        && Arrays.equals(terminator, framing.terminator);
  }

  @Override
  public int hashCode() {
    return 31 * storedLengthBytes + Arrays.hashCode(terminator);
  }

  @Override
  public String toString() {
    return "RecordFraming[storedLengthBytes=" + storedLengthBytes + ", terminator=" + Arrays.toString(terminator) + "]";
  }
}
