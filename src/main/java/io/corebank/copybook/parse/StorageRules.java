package io.corebank.copybook.parse;

import io.corebank.copybook.CopybookException;
import io.corebank.copybook.FieldType;
import io.corebank.copybook.Picture;
import io.corebank.copybook.SourcePosition;
import io.corebank.copybook.Usage;

/** How many bytes an elementary item takes and which {@link FieldType} it has, per IBM COBOL rules. */
final class StorageRules {
  /** Binary items: 1-4 digits take a halfword, 5-9 a fullword, 10-18 a doubleword. */
  private static final int MAX_BINARY_DIGITS = 18;

  private StorageRules() {
  }

  static FieldType type(Picture picture, Usage usage) {
    if (!picture.isNumeric()) {
      return FieldType.ALPHANUMERIC;
    }
    return switch (usage) {
      case DISPLAY -> FieldType.ZONED_DECIMAL;
      case PACKED_DECIMAL -> FieldType.PACKED_DECIMAL;
      case BINARY -> FieldType.BINARY;
      case NATIVE_BINARY -> FieldType.NATIVE_BINARY;
    };
  }

  /** Validates the picture, usage and sign of an elementary item and returns its length in bytes. */
  static int lengthBytes(DataEntry entry, Usage usage) {
    Picture picture = entry.picture;
    if (picture == null) {
      throw new CopybookException(entry.position, "elementary item " + entry.name + " has no PICTURE clause");
    }
    if (!picture.isNumeric()) {
      if (usage != Usage.DISPLAY) {
        throw new CopybookException(usagePosition(entry), "USAGE " + usage.cobolName()
            + " requires a numeric picture but " + entry.name + " is PIC " + picture.text());
      }
      rejectSign(entry, "SIGN clause requires a numeric picture");
      return picture.displayLength();
    }
    if (usage != Usage.DISPLAY) {
      rejectSign(entry, "SIGN clause applies only to USAGE DISPLAY items");
    } else if (!picture.signed()) {
      rejectSign(entry, "SIGN clause requires a signed picture (S)");
    }
    return switch (usage) {
      case DISPLAY -> picture.digits() + (entry.sign != null && entry.sign.separate() ? 1 : 0);
      case PACKED_DECIMAL -> picture.digits() / 2 + 1;
      case BINARY, NATIVE_BINARY -> binaryLength(entry, picture);
    };
  }

  private static int binaryLength(DataEntry entry, Picture picture) {
    int digits = picture.digits();
    if (digits > MAX_BINARY_DIGITS) {
      throw new CopybookException(entry.picturePosition, "binary item " + entry.name + " has " + digits
          + " digits; at most " + MAX_BINARY_DIGITS + " are supported");
    }
    return digits <= 4 ? 2 : digits <= 9 ? 4 : 8;
  }

  private static void rejectSign(DataEntry entry, String problem) {
    if (entry.sign != null) {
      throw new CopybookException(entry.signPosition, problem + " (" + entry.name + ")");
    }
  }

  private static SourcePosition usagePosition(DataEntry entry) {
    return entry.usagePosition != null ? entry.usagePosition : entry.position;
  }
}
