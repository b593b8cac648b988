package io.corebank.nacha;

/** How a field's characters are constrained, as the NACHA record layouts mark them. */
public enum FieldFormat {
  /** Digits, right-justified and zero-filled. */
  NUMERIC,
  /** Any printable ASCII, left-justified and space-filled. */
  ALPHANUMERIC,
  /** Codes: upper-case letters, digits and spaces only. */
  UPPER_ALPHANUMERIC
}
