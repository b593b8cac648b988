package io.corebank.carddemo;

import java.nio.file.Files;
import java.nio.file.Path;

/** The CardDemo input files of a nightly run: their names in either form, copybook and record length. */
public enum CardDemoFile {
  ACCOUNTS("acctdata.txt", "AWS.M2.CARDDEMO.ACCTDATA.PS", "CVACT01Y", 300),
  CARDS("carddata.txt", "AWS.M2.CARDDEMO.CARDDATA.PS", "CVACT02Y", 150),
  CUSTOMERS("custdata.txt", "AWS.M2.CARDDEMO.CUSTDATA.PS", "CVCUS01Y", 500),
  CARD_XREF("cardxref.txt", "AWS.M2.CARDDEMO.CARDXREF.PS", "CVACT03Y", 50),
  DAILY_TRANSACTIONS("dailytran.txt", "AWS.M2.CARDDEMO.DALYTRAN.PS", "CVTRA06Y", 350),
  DISCLOSURE_GROUPS("discgrp.txt", "AWS.M2.CARDDEMO.DISCGRP.PS", "CVTRA02Y", 50),
  CATEGORY_BALANCES("tcatbal.txt", "AWS.M2.CARDDEMO.TCATBALF.PS", "CVTRA01Y", 50),
  TRANSACTION_CATEGORIES("trancatg.txt", "AWS.M2.CARDDEMO.TRANCATG.PS", "CVTRA04Y", 60),
  TRANSACTION_TYPES("trantype.txt", "AWS.M2.CARDDEMO.TRANTYPE.PS", "CVTRA03Y", 60);

  private final String extractName;
  private final String dataSetName;
  private final String copybook;
  private final int recordLengthBytes;

  CardDemoFile(String extractName, String dataSetName, String copybook, int recordLengthBytes) {
    this.extractName = extractName;
    this.dataSetName = dataSetName;
    this.copybook = copybook;
    this.recordLengthBytes = recordLengthBytes;
  }

  public String copybook() { return copybook; }
  public int recordLengthBytes() { return recordLengthBytes; }

  public String fileName(CardDemoEncoding encoding) {
    return encoding.usesExtractNames() ? extractName : dataSetName;
  }

  /** The file in {@code dir}; a missing one is an error naming both the file and the directory. */
  public Path in(Path dir, CardDemoEncoding encoding) {
    Path file = dir.resolve(fileName(encoding));
    if (!Files.isRegularFile(file)) {
      throw new CardDemoDataException("input file " + fileName(encoding) + " (" + name().toLowerCase().replace('_', ' ')
          + ", " + encoding.name().toLowerCase() + ") is missing in " + dir.toAbsolutePath());
    }
    return file;
  }
}
