package io.corebank.card.settlement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The header (H): first record of the file; names the network, the file, and the settlement day and currency. */
public final class SettlementHeader extends SettlementRecord {

  /** The format version this code reads and writes. */
  public static final int CURRENT_VERSION = 1;

  /** Positions 2-3: format version, {@code 01}. */
  public static final SettlementField FORMAT_VERSION = SettlementLayout.field("SETL-H-FORMAT-VERSION");
  /** Positions 4-11: the sending network's identifier. */
  public static final SettlementField NETWORK_ID = SettlementLayout.field("SETL-H-NETWORK-ID");
  /** Positions 12-31: the network's identifier of this file, unique per network. */
  public static final SettlementField FILE_ID = SettlementLayout.field("SETL-H-FILE-ID");
  /** Positions 32-45: when the network created the file, CCYYMMDDHHMMSS UTC. */
  public static final SettlementField CREATED_TS = SettlementLayout.field("SETL-H-CREATED-TS");
  /** Positions 46-53: the settlement date every detail carries, CCYYMMDD. */
  public static final SettlementField SETTLE_DATE = SettlementLayout.field("SETL-H-SETTLE-DATE");
  /** Positions 54-56: the settlement currency every detail carries. */
  public static final SettlementField CURRENCY = SettlementLayout.field("SETL-H-CURRENCY");

  private static final List<SettlementField> FIELDS = SettlementLayout.fieldsOf(SettlementLayout.HEADER_GROUP);

  SettlementHeader(String text, long lineNumber, int originalLength) {
    super(text, lineNumber, originalLength);
  }

  /**
   * A header read from its 250 characters (other lengths are padded or cut and reported by {@link #validate()}).
   *
   * @throws IllegalArgumentException when the record type is not H
   */
  public static SettlementHeader parse(String text, long lineNumber) {
    if (text.isEmpty() || text.charAt(0) != RecordType.HEADER.code()) {
      throw new IllegalArgumentException("line " + lineNumber + " is not a header: it does not start with H");
    }
    return new SettlementHeader(text, lineNumber, text.length());
  }

  /**
   * A header of the current format version.
   *
   * @param createdAt when the file was created, UTC (seconds are kept, fractions dropped)
   * @throws IllegalArgumentException when a value does not fit its field or is not printable ASCII
   */
  public static SettlementHeader of(String networkId, String fileId, LocalDateTime createdAt, LocalDate settlementDate,
                                    String currency) {
    Map<SettlementField, Object> values = new HashMap<>();
    values.put(FORMAT_VERSION, (long) CURRENT_VERSION);
    values.put(NETWORK_ID, RecordChecks.text(NETWORK_ID, networkId));
    values.put(FILE_ID, RecordChecks.text(FILE_ID, fileId));
    values.put(CREATED_TS, RecordChecks.digits(RecordChecks.required(createdAt, CREATED_TS)));
    values.put(SETTLE_DATE, RecordChecks.digits(RecordChecks.required(settlementDate, SETTLE_DATE)));
    values.put(CURRENCY, RecordChecks.text(CURRENCY, currency));
    String text = SettlementLayout.encode(RecordType.HEADER.code(), SettlementLayout.HEADER_GROUP, values);
    return new SettlementHeader(text, 0, LENGTH);
  }

  @Override
  public String label() {
    return RecordType.HEADER.label();
  }

  @Override
  public List<SettlementField> fields() {
    return FIELDS;
  }

  public int formatVersion() {
    return (int) number(FORMAT_VERSION);
  }

  public String networkId() {
    return checked(NETWORK_ID).stripTrailing();
  }

  public String fileId() {
    return checked(FILE_ID).stripTrailing();
  }

  /** @throws SettlementDataException when the field is not a real CCYYMMDDHHMMSS */
  public LocalDateTime createdAt() {
    LocalDateTime time = RecordChecks.timestamp(checked(CREATED_TS));
    if (time == null) {
      throw invalid(CREATED_TS, Rule.DATE, "'" + value(CREATED_TS) + "' is not a real time CCYYMMDDHHMMSS");
    }
    return time;
  }

  /** @throws SettlementDataException when the field is not a real CCYYMMDD */
  public LocalDate settlementDate() {
    LocalDate date = RecordChecks.date(checked(SETTLE_DATE));
    if (date == null) {
      throw invalid(SETTLE_DATE, Rule.DATE, "'" + value(SETTLE_DATE) + "' is not a real date CCYYMMDD");
    }
    return date;
  }

  public String currency() {
    return checked(CURRENCY);
  }

  @Override
  void validateRules(RecordChecks checks) {
    if (checks.ok(FORMAT_VERSION) && checks.number(FORMAT_VERSION) != CURRENT_VERSION) {
      checks.fail(FORMAT_VERSION, Rule.VERSION, "format version " + value(FORMAT_VERSION) + " is not 01, the version"
          + " this reader knows");
    }
    checks.identifier(NETWORK_ID, true);
    checks.identifier(FILE_ID, true);
    checks.timestamp(CREATED_TS);
    checks.date(SETTLE_DATE, true);
    checks.currency(CURRENCY);
  }
}
