package io.corebank.copybook.codec;

import io.corebank.copybook.Field;

/** Converts one elementary field between its bytes in a record and its Java value. */
interface FieldCodec {

  /** Reads the field from {@code record} at the field's offset. */
  Object decode(byte[] record, Field field);

  /** Writes {@code value} into {@code record} at the field's offset, filling the field exactly. */
  void encode(Object value, byte[] record, Field field);
}
