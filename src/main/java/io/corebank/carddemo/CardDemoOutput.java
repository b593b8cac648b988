package io.corebank.carddemo;

import java.util.List;

/** The files a nightly run writes into its output directory, named as the original's outputs. */
public enum CardDemoOutput {
  DALYREJS("DALYREJS.seq", 430),
  TRANSACT_AFTER_POST("TRANSACT.after-post.seq", 350),
  TCAT_AFTER_POST("TCAT.after-post.seq", 50),
  ACCT_AFTER_POST("ACCT.after-post.seq", 300),
  SYSTRAN("SYSTRAN.seq", 350),
  ACCT_AFTER_INTCALC("ACCT.after-intcalc.seq", 300),
  STATEMNT_PS("STATEMNT.PS", 80),
  STATEMNT_HTML("STATEMNT.HTML", 100),
  TRANREPT("TRANREPT.seq", 133);

  private final String fileName;
  private final int recordLengthBytes;

  CardDemoOutput(String fileName, int recordLengthBytes) {
    this.fileName = fileName;
    this.recordLengthBytes = recordLengthBytes;
  }

  public String fileName() { return fileName; }
  public int recordLengthBytes() { return recordLengthBytes; }

  public static List<CardDemoOutput> all() {
    return List.of(values());
  }
}
