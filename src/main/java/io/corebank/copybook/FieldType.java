package io.corebank.copybook;

/** How the bytes of a field are interpreted; decided by its PICTURE category and USAGE. */
public enum FieldType {
  /** PIC X / PIC A text, decoded with the record's character set. */
  ALPHANUMERIC,
  /** USAGE DISPLAY numeric: one digit per byte, sign overpunched or separate. */
  ZONED_DECIMAL,
  /** USAGE COMP-3 / PACKED-DECIMAL: two digits per byte, sign in the last half-byte. */
  PACKED_DECIMAL,
  /** USAGE COMP / COMP-4 / BINARY: big-endian binary whose range is limited by the PIC digits. */
  BINARY,
  /** USAGE COMP-5: big-endian binary whose range is the full range of its 2, 4 or 8 bytes. */
  NATIVE_BINARY,
  /** A group item: the concatenation of its subordinate items, never decoded as a value. */
  GROUP
}
