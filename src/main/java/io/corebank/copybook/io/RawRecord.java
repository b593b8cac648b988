package io.corebank.copybook.io;

/**
 * One record as read from a file.
 *
 * @param number  1-based record (or line) number in the file, for messages
 * @param bytes   the record, always the full record length (short lines padded with spaces)
 * @param framing how the record was stored, for writing it back unchanged
 */
public record RawRecord(long number, byte[] bytes, RecordFraming framing) {
}
