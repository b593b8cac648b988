package io.corebank.nacha;

/**
 * Builds the return of a received entry, as an RDFI sends it back to the ODFI: the return transaction
 * code, the original ODFI as receiver, and an addenda 99 quoting the original trace number and RDFI.
 * The result carries everything the ODFI needs to dishonor it with {@link Addenda99Dishonored#dishonor}.
 */
public final class ReturnEntryBuilder {

  /** A return entry with its addenda 99. */
  public record ReturnEntry(EntryDetail entry, Addenda99 addenda) {
  }

  private final EntryDetail original;
  private String reasonCode;
  private String dateOfDeath = "";
  private String addendaInformation = "";
  private String returningDfiIdentification;
  private long sequenceNumber;

  private ReturnEntryBuilder(EntryDetail original) {
    this.original = original;
  }

  /** Starts the return of {@code original}, a forward entry this bank received. */
  public static ReturnEntryBuilder returnOf(EntryDetail original) {
    return new ReturnEntryBuilder(original);
  }

  /** A NACHA return reason code; dishonor and contest codes have their own layouts and are refused here. */
  public ReturnEntryBuilder reasonCode(String code) {
    if (!ReturnReasonCodes.isAssigned(code) || ReturnReasonCodes.isDishonored(code)
        || ReturnReasonCodes.isContested(code)) {
      throw new IllegalArgumentException(code + " is not a return reason code an RDFI returns with");
    }
    this.reasonCode = code;
    return this;
  }

  /** YYMMDD the receiver died; required for R14 and R15. */
  public ReturnEntryBuilder dateOfDeath(String yymmdd) {
    this.dateOfDeath = yymmdd;
    return this;
  }

  public ReturnEntryBuilder addendaInformation(String text) {
    this.addendaInformation = text;
    return this;
  }

  /** Trace number of the return: the returning bank's 8-digit DFI identification and its sequence. */
  public ReturnEntryBuilder trace(String returningDfiIdentification, long sequenceNumber) {
    this.returningDfiIdentification = returningDfiIdentification;
    this.sequenceNumber = sequenceNumber;
    return this;
  }

  public ReturnEntry build() {
    if (reasonCode == null || returningDfiIdentification == null) {
      throw new IllegalStateException("reason code and trace are required");
    }
    if (ReturnReasonCodes.needsDateOfDeath(reasonCode) && dateOfDeath.isBlank()) {
      throw new IllegalStateException(reasonCode + " returns carry the receiver's date of death");
    }
    String originalTrace = original.traceNumber();
    String originalOdfi = originalTrace.substring(0, 8);
    EntryDetail entry = EntryDetail.builder()
        .transactionCode(TransactionCodes.returnCodeFor(original.transactionCode()))
        .rdfiRoutingNumber(RoutingNumbers.withCheckDigit(originalOdfi))
        .dfiAccountNumber(original.dfiAccountNumber())
        .amountCents(original.amountCents())
        .individualIdentificationNumber(original.individualIdentificationNumber())
        .individualName(original.individualName())
        .discretionaryData(original.value(EntryDetail.DISCRETIONARY_DATA).trim())
        .addendaRecordIndicator(true)
        .traceNumber(returningDfiIdentification, sequenceNumber)
        .build();
    Addenda99 addenda = Addenda99.builder()
        .returnReasonCode(reasonCode)
        .originalEntryTraceNumber(originalTrace)
        .dateOfDeath(dateOfDeath)
        .originalReceivingDfiIdentification(original.rdfiIdentification())
        .addendaInformation(addendaInformation)
        .traceNumber(entry.traceNumber())
        .build();
    return new ReturnEntry(entry, addenda);
  }
}
