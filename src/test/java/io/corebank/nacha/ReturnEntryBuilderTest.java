package io.corebank.nacha;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static io.corebank.nacha.TestFiles.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReturnEntryBuilderTest {

  /** A PPD credit of $1,000,000.00 to account 12345678 at RDFI 231380104, originated by ODFI 12104288. */
  private static final EntryDetail ORIGINAL =
      EntryDetail.parse(TestFiles.line("test/ach-ppd-read/ppd-credit.ach", 3), 3);

  @Test
  void buildsReturnWithAddenda99QuotingTheOriginal() {
    ReturnEntryBuilder.ReturnEntry returned = ReturnEntryBuilder.returnOf(ORIGINAL).reasonCode("R03")
        .addendaInformation("NO ACCOUNT").trace("23138010", 17).build();
    EntryDetail entry = returned.entry();
    assertEquals(21, entry.transactionCode());
    assertEquals("12104288", entry.rdfiIdentification());
    assertEquals("2", entry.value(EntryDetail.CHECK_DIGIT));
    assertEquals(ORIGINAL.amountCents(), entry.amountCents());
    assertEquals(ORIGINAL.dfiAccountNumber(), entry.dfiAccountNumber());
    assertEquals('1', entry.addendaRecordIndicator());
    assertEquals("231380100000017", entry.traceNumber());
    Addenda99 addenda = returned.addenda();
    assertEquals("R03", addenda.reasonCode());
    assertEquals(ORIGINAL.traceNumber(), addenda.originalEntryTraceNumber());
    assertEquals("23138010", addenda.originalReceivingDfiIdentification());
    assertEquals(entry.traceNumber(), addenda.value(ReturnAddenda.TRACE_NUMBER));
    assertClean(entry.validate());
    assertClean(addenda.validate());
  }

  @Test
  void deathReturnsNeedTheDateOfDeath() {
    assertThrows(IllegalStateException.class,
        () -> ReturnEntryBuilder.returnOf(ORIGINAL).reasonCode("R14").trace("23138010", 1).build());
    Addenda99 addenda = ReturnEntryBuilder.returnOf(ORIGINAL).reasonCode("R15").dateOfDeath("181130")
        .trace("23138010", 1).build().addenda();
    assertEquals("181130", addenda.dateOfDeath());
  }

  @Test
  void refusesCodesThatAreNotRdfiReturns() {
    assertThrows(IllegalArgumentException.class, () -> ReturnEntryBuilder.returnOf(ORIGINAL).reasonCode("R97"));
    assertThrows(IllegalArgumentException.class, () -> ReturnEntryBuilder.returnOf(ORIGINAL).reasonCode("R69"));
  }

  @Test
  void returnFileValidatesCleanAndCanBeDishonored() throws IOException {
    ReturnEntryBuilder.ReturnEntry returned = ReturnEntryBuilder.returnOf(ORIGINAL).reasonCode("R01")
        .trace("23138010", 1).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (AchFileWriter writer = new AchFileWriter(bytes)) {
      writer.fileHeader(FileHeader.builder().immediateDestination("121042882").immediateOrigin("231380104")
              .fileCreation("181210", "1200").build())
          .beginBatch(BatchHeader.builder().serviceClassCode(220).companyName("Name on Account")
              .companyIdentification("121042882").secCode(SecCode.PPD)
              .companyEntryDescription("REG.SALARY").effectiveEntryDate("181211")
              .odfiIdentification("23138010").batchNumber(1).build())
          .entry(returned.entry(), returned.addenda())
          .endBatch();
    }
    ValidationReport report = NachaValidator.validate(new ByteArrayInputStream(bytes.toByteArray()),
        ValidationOptions.defaults());
    assertTrue(report.accepted(), report::summary);

    Addenda99Dishonored dishonor = Addenda99Dishonored.dishonor(returned.entry(), returned.addenda(), "R69",
        "345", "121042880000009", "WRONG AMOUNT");
    assertEquals(ORIGINAL.traceNumber(), dishonor.originalEntryTraceNumber());
    assertEquals(returned.entry().traceNumber(), dishonor.returnTraceNumber());
    assertClean(dishonor.validate());
  }
}
