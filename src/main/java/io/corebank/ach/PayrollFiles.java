package io.corebank.ach;

import io.corebank.nacha.AchFileWriter;
import io.corebank.nacha.BatchHeader;
import io.corebank.nacha.EntryDetail;
import io.corebank.nacha.FileHeader;
import io.corebank.nacha.RoutingNumbers;
import io.corebank.nacha.SecCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;

/**
 * Writes a PPD payroll file as an employer's bank (the ODFI) would send it to us: one batch of credits
 * (transaction code 22) per 10,000 employees, streamed, so any size fits in memory. For the demo, tests
 * and the ACH bench.
 */
public final class PayrollFiles {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  static final int ENTRIES_PER_BATCH = 10_000;

  private PayrollFiles() {}

  /** One employee's pay: the receiving account at our bank and the net pay in cents. */
  public record Payment(String accountNumber, String name, long amountCents) {}

  /**
   * @param odfiRouting the employer's bank (9 digits); trace numbers start with its first 8 digits
   * @param ourRouting  the receiving bank's routing number (every entry's RDFI, the file's destination)
   * @param modifier    file id modifier: A..Z, 0..9 (a second file the same day needs another one)
   */
  public static long write(Path file, String odfiRouting, String ourRouting, String company, LocalDate effectiveDate,
      char modifier, Iterator<Payment> payments) {
    String date = effectiveDate.format(YYMMDD);
    long entries = 0;
    try (OutputStream out = Files.newOutputStream(file); AchFileWriter writer = new AchFileWriter(out)) {
      writer.fileHeader(FileHeader.builder().immediateDestination(ourRouting).immediateOrigin(odfiRouting)
          .fileCreation(date, "0100").fileIdModifier(modifier).immediateDestinationName("COREBANK")
          .immediateOriginName(company).build());
      long batch = 0;
      while (payments.hasNext()) {
        writer.beginBatch(BatchHeader.builder().serviceClassCode(220).companyName(company)
            .companyIdentification("1" + odfiRouting.substring(0, 9)).secCode(SecCode.PPD).companyEntryDescription("PAYROLL")
            .effectiveEntryDate(date).odfiIdentification(odfiRouting.substring(0, 8)).batchNumber(++batch).build());
        for (int i = 0; i < ENTRIES_PER_BATCH && payments.hasNext(); i++) {
          Payment p = payments.next();
          entries++;
          writer.entry(EntryDetail.builder().transactionCode(22).rdfiRoutingNumber(ourRouting)
              .dfiAccountNumber(p.accountNumber()).amountCents(p.amountCents()).individualName(p.name())
              .individualIdentificationNumber("EMP" + entries).traceNumber(odfiRouting.substring(0, 8), entries).build());
        }
        writer.endBatch();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    if (!RoutingNumbers.isValid(ourRouting)) throw new IllegalArgumentException("invalid routing number " + ourRouting);
    return entries;
  }
}
