package io.corebank.copybook;

import java.util.List;
import java.util.Optional;

/**
 * One item of a compiled layout: a group or an elementary item at one occurrence.
 *
 * @param path            dotted path from the record, with 1-based occurrence indexes,
 *                        e.g. {@code EXPORT-RECORD.EXP-CUST-ADDR-LINE(2)}; FILLER items are
 *                        named {@code FILLER#n}, n counting the fillers of the same parent
 * @param name            the data name as written (FILLER for fillers)
 * @param level           the level number (1-49 or 77)
 * @param offsetBytes     0-based offset of the first byte within the record
 * @param lengthBytes     bytes the item occupies (one occurrence)
 * @param type            how the bytes are interpreted
 * @param picture         the PICTURE, absent for groups
 * @param usage           the effective USAGE (inherited from the group when not written)
 * @param sign            where the sign lives; present only for signed zoned-decimal items
 * @param redefinesPath   the path of the item this one REDEFINES
 * @param odoOccurrence   1-based occurrence in the OCCURS DEPENDING ON table, 0 when not in it
 * @param conditions      level-88 condition names of this item
 * @param initialValue    the VALUE clause, if any
 */
public record Field(
    String path,
    String name,
    int level,
    int offsetBytes,
    int lengthBytes,
    FieldType type,
    Optional<Picture> picture,
    Usage usage,
    Optional<SignSpec> sign,
    Optional<String> redefinesPath,
    int odoOccurrence,
    List<ConditionName> conditions,
    Optional<Literal> initialValue) {

  public Field {
    conditions = List.copyOf(conditions);
  }

  public boolean isGroup() {
    return type == FieldType.GROUP;
  }

  public boolean isNumeric() {
    return picture.map(Picture::isNumeric).orElse(false);
  }

  /** Storage digits of a numeric item; 0 for alphanumeric items and groups. */
  public int digits() {
    return picture.map(Picture::digits).orElse(0);
  }

  /** Decimal scale of a numeric item (negative for trailing P); 0 otherwise. */
  public int scale() {
    return picture.map(Picture::scale).orElse(0);
  }

  public boolean signed() {
    return picture.map(Picture::signed).orElse(false);
  }

  /** 0-based offset of the byte just after this item. */
  public int endOffsetBytes() {
    return offsetBytes + lengthBytes;
  }

  public Optional<ConditionName> condition(String conditionName) {
    return conditions.stream().filter(c -> c.name().equals(conditionName)).findFirst();
  }
}
