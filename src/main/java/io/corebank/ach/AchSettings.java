package io.corebank.ach;

import io.corebank.nacha.ValidationOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * ACH configuration ({@code corebank.ach.*}): who we are on the network, the two validation tolerances
 * operators may turn on (off by default), Reg CC availability, and where files come and go.
 */
@Component
public class AchSettings {
  private final String routingNumber;
  private final String bankName;
  private final Set<String> refuseCreditsTo;
  private final int payrollAvailabilityDays;
  private final int defaultAvailabilityDays;
  private final boolean allowCustomReturnCodes;
  private final boolean bypassDestinationValidation;
  private final Path directory;
  private final int chunkEntries;
  private final int partitions;
  private final String operatorRouting;

  public AchSettings(
      @Value("${corebank.ach.routing-number:121042882}") String routingNumber,
      @Value("${corebank.ach.bank-name:COREBANK}") String bankName,
      @Value("${corebank.ach.refuse-credits-to:}") List<String> refuseCreditsTo,
      @Value("${corebank.ach.availability.payroll-business-days:1}") int payrollAvailabilityDays,
      @Value("${corebank.ach.availability.default-business-days:2}") int defaultAvailabilityDays,
      @Value("${corebank.ach.allow-custom-return-codes:false}") boolean allowCustomReturnCodes,
      @Value("${corebank.ach.bypass-destination-validation:false}") boolean bypassDestinationValidation,
      @Value("${corebank.ach.directory:${corebank.var-dir:./var}/ach}") Path directory,
      @Value("${corebank.ach.chunk-entries:5000}") int chunkEntries,
      @Value("${corebank.ach.partitions:2}") int partitions,
      @Value("${corebank.ach.operator-routing:011000015}") String operatorRouting) {
    this.operatorRouting = operatorRouting;
    if (!routingNumber.matches("\\d{9}")) {
      throw new IllegalArgumentException("corebank.ach.routing-number must be 9 digits, was '" + routingNumber + "'");
    }
    this.routingNumber = routingNumber;
    this.bankName = bankName;
    this.refuseCreditsTo = refuseCreditsTo.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    this.payrollAvailabilityDays = payrollAvailabilityDays;
    this.defaultAvailabilityDays = defaultAvailabilityDays;
    this.allowCustomReturnCodes = allowCustomReturnCodes;
    this.bypassDestinationValidation = bypassDestinationValidation;
    this.directory = directory;
    this.chunkEntries = chunkEntries;
    if (partitions < 1) throw new IllegalArgumentException("corebank.ach.partitions must be at least 1, was " + partitions);
    this.partitions = partitions;
  }

  /** Our ABA routing number (9 digits, check digit included). */
  public String routingNumber() { return routingNumber; }
  /** The first 8 digits: our DFI identification in trace numbers. */
  public String dfiIdentification() { return routingNumber.substring(0, 8); }
  public String bankName() { return bankName; }
  /** Accounts whose holders refuse ACH credits (returned R23). */
  public Set<String> refuseCreditsTo() { return refuseCreditsTo; }
  public int payrollAvailabilityDays() { return payrollAvailabilityDays; }
  public int defaultAvailabilityDays() { return defaultAvailabilityDays; }
  public Path directory() { return directory; }
  public Path outboundDirectory() { return directory.resolve("outbound"); }
  public int chunkEntries() { return chunkEntries; }
  /** How many partitions (by receiving account) post a file's entries side by side. */
  public int partitions() { return partitions; }
  /** The ACH operator our outbound files go to (the Federal Reserve; FedACH's routing number by default). */
  public String operatorRouting() { return operatorRouting; }

  public ValidationOptions validationOptions() {
    return ValidationOptions.defaults().withAllowCustomReturnCodes(allowCustomReturnCodes)
        .withBypassDestinationValidation(bypassDestinationValidation);
  }
}
