package io.corebank.nacha;

import java.util.List;

/** File header record (type 1): who sends the file to whom, and when. */
public final class FileHeader extends AchRecord {

  /** Position 1: always {@code 1}. */
  public static final Field RECORD_TYPE_CODE = Field.numeric("RecordTypeCode", 1, 1);
  /** Positions 2-3: always {@code 01}. */
  public static final Field PRIORITY_CODE = Field.numeric("PriorityCode", 2, 2);
  /** Positions 4-13: blank + 9-digit routing number of the receiving point; check digit verified. */
  public static final Field IMMEDIATE_DESTINATION = Field.requiredText("ImmediateDestination", 4, 10);
  /** Positions 14-23: routing number or 10-digit company identification of the sending point; digits only. */
  public static final Field IMMEDIATE_ORIGIN = Field.requiredText("ImmediateOrigin", 14, 10);
  /** Positions 24-29: YYMMDD, a real date. */
  public static final Field FILE_CREATION_DATE = Field.numeric("FileCreationDate", 24, 6);
  /** Positions 30-33: HHMM when present. */
  public static final Field FILE_CREATION_TIME = Field.optionalNumeric("FileCreationTime", 30, 4);
  /** Position 34: A-Z or 0-9, distinguishes files sent the same day. */
  public static final Field FILE_ID_MODIFIER =
      new Field("FileIDModifier", 34, 1, FieldFormat.UPPER_ALPHANUMERIC, false);
  /** Positions 35-37: always {@code 094}. */
  public static final Field RECORD_SIZE = Field.numeric("RecordSize", 35, 3);
  /** Positions 38-39: always {@code 10}. */
  public static final Field BLOCKING_FACTOR = Field.numeric("BlockingFactor", 38, 2);
  /** Position 40: always {@code 1}. */
  public static final Field FORMAT_CODE = Field.numeric("FormatCode", 40, 1);
  /** Positions 41-63: optional name of the receiving point. */
  public static final Field IMMEDIATE_DESTINATION_NAME = Field.text("ImmediateDestinationName", 41, 23);
  /** Positions 64-86: optional name of the sending point. */
  public static final Field IMMEDIATE_ORIGIN_NAME = Field.text("ImmediateOriginName", 64, 23);
  /** Positions 87-94: optional, for the originator's use. */
  public static final Field REFERENCE_CODE = Field.text("ReferenceCode", 87, 8);

  private static final List<Field> FIELDS = List.of(RECORD_TYPE_CODE, PRIORITY_CODE, IMMEDIATE_DESTINATION,
      IMMEDIATE_ORIGIN, FILE_CREATION_DATE, FILE_CREATION_TIME, FILE_ID_MODIFIER, RECORD_SIZE, BLOCKING_FACTOR,
      FORMAT_CODE, IMMEDIATE_DESTINATION_NAME, IMMEDIATE_ORIGIN_NAME, REFERENCE_CODE);

  private FileHeader(String line, int lineNumber) {
    super(line, lineNumber);
  }

  public static FileHeader parse(String line, int lineNumber) {
    return new FileHeader(line, lineNumber);
  }

  @Override
  public RecordKind kind() {
    return RecordKind.FILE_HEADER;
  }

  @Override
  public List<Field> fields() {
    return FIELDS;
  }

  public String immediateDestination() {
    return IMMEDIATE_DESTINATION.trimmed(line());
  }

  public String immediateOrigin() {
    return IMMEDIATE_ORIGIN.trimmed(line());
  }

  public String fileCreationDate() {
    return FILE_CREATION_DATE.raw(line());
  }

  public char fileIdModifier() {
    return FILE_ID_MODIFIER.charAt(line(), 0);
  }

  @Override
  protected void validateRules(List<Violation> out, ValidationOptions options) {
    FieldChecks.fixed(this, PRIORITY_CODE, "01", out);
    if (!options.bypassDestinationValidation()) {
      FieldChecks.routingNumber(this, IMMEDIATE_DESTINATION, out);
    }
    if (!IMMEDIATE_ORIGIN.trimmed(line()).chars().allMatch(Character::isDigit)) {
      out.add(violation(IMMEDIATE_ORIGIN, Rule.NUMERIC, "immediate origin must be a routing number or company id"));
    }
    FieldChecks.yymmdd(this, FILE_CREATION_DATE, out);
    FieldChecks.hhmm(this, FILE_CREATION_TIME, out);
    char modifier = fileIdModifier();
    boolean lowerCase = modifier >= 'a' && modifier <= 'z'; // already reported as UPPER_CASE
    if (!(modifier >= 'A' && modifier <= 'Z' || modifier >= '0' && modifier <= '9' || lowerCase)) {
      out.add(violation(FILE_ID_MODIFIER, Rule.INVALID_CODE, "file ID modifier must be A-Z or 0-9"));
    }
    FieldChecks.fixed(this, RECORD_SIZE, "094", out);
    FieldChecks.fixed(this, BLOCKING_FACTOR, "10", out);
    FieldChecks.fixed(this, FORMAT_CODE, "1", out);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a header with the fixed fields (priority 01, record size 094, blocking factor 10, format 1) set. */
  public static final class Builder {
    private final LineBuilder line = new LineBuilder('1')
        .set(PRIORITY_CODE, "01").set(RECORD_SIZE, "094").set(BLOCKING_FACTOR, "10").set(FORMAT_CODE, "1")
        .set(FILE_ID_MODIFIER, "A");

    /** The 9-digit routing number of the receiving point (written as blank + 9 digits). */
    public Builder immediateDestination(String routingNumber) {
      line.set(IMMEDIATE_DESTINATION, " " + routingNumber);
      return this;
    }

    /** A 9-digit routing number (written as blank + 9 digits) or a 10-digit company identification. */
    public Builder immediateOrigin(String origin) {
      line.set(IMMEDIATE_ORIGIN, origin.length() == 9 ? " " + origin : origin);
      return this;
    }

    public Builder fileCreation(String yymmdd, String hhmm) {
      line.set(FILE_CREATION_DATE, yymmdd).set(FILE_CREATION_TIME, hhmm);
      return this;
    }

    public Builder fileIdModifier(char modifier) {
      line.set(FILE_ID_MODIFIER, String.valueOf(modifier));
      return this;
    }

    public Builder immediateDestinationName(String name) {
      line.set(IMMEDIATE_DESTINATION_NAME, name);
      return this;
    }

    public Builder immediateOriginName(String name) {
      line.set(IMMEDIATE_ORIGIN_NAME, name);
      return this;
    }

    public Builder referenceCode(String code) {
      line.set(REFERENCE_CODE, code);
      return this;
    }

    public FileHeader build() {
      return new FileHeader(line.build(), 0);
    }
  }
}
