package io.corebank.carddemo;

import io.corebank.copybook.CompileOptions;
import io.corebank.copybook.CopybookCompiler;
import io.corebank.copybook.codec.CodecOptions;
import io.corebank.copybook.codec.DecodedRecord;
import io.corebank.copybook.codec.RecordCodec;
import io.corebank.copybook.codec.TextEncoding;
import io.corebank.copybook.io.FixedRecordReader;
import io.corebank.copybook.io.RawRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CardDemo sample data and expected outputs (src/test/resources/carddemo), decoded with the
 * project's copybooks: the inputs of the statement and report steps as the original nightly had them.
 */
final class CardDemoSample {
  private static final CodecOptions ASCII = CodecOptions.defaults().withEncoding(TextEncoding.ascii());

  /** A card cross-reference record. */
  record Xref(String cardNumber, long customerId, long accountId) {
  }

  /** A posted transaction, with the fields the statement and the report use. */
  record Transaction(String id, String typeCode, int categoryCode, String source, String description,
      long amountCents, String cardNumber, String processedTimestamp) {
  }

  private CardDemoSample() {
  }

  /** cardxref.txt in card number order. */
  static List<Xref> crossReference() {
    List<Xref> xrefs = new ArrayList<>();
    for (DecodedRecord r : decode("CVACT03Y.cpy", "ascii/cardxref.txt", true)) {
      xrefs.add(new Xref(r.text("CARD-XREF-RECORD.XREF-CARD-NUM"),
          r.number("CARD-XREF-RECORD.XREF-CUST-ID").longValueExact(),
          r.number("CARD-XREF-RECORD.XREF-ACCT-ID").longValueExact()));
    }
    xrefs.sort(Comparator.comparing(Xref::cardNumber));
    return xrefs;
  }

  /** custdata.txt by customer id, as the statement takes them. */
  static Map<Long, StatementCustomer> customers() {
    Map<Long, StatementCustomer> customers = new HashMap<>();
    String p = "CUSTOMER-RECORD.";
    for (DecodedRecord r : decode("CVCUS01Y.cpy", "ascii/custdata.txt", true)) {
      customers.put(r.number(p + "CUST-ID").longValueExact(), new StatementCustomer(
          r.text(p + "CUST-FIRST-NAME"), r.text(p + "CUST-MIDDLE-NAME"), r.text(p + "CUST-LAST-NAME"),
          r.text(p + "CUST-ADDR-LINE-1"), r.text(p + "CUST-ADDR-LINE-2"), r.text(p + "CUST-ADDR-LINE-3"),
          r.text(p + "CUST-ADDR-STATE-CD"), r.text(p + "CUST-ADDR-COUNTRY-CD"), r.text(p + "CUST-ADDR-ZIP"),
          r.number(p + "CUST-FICO-CREDIT-SCORE").intValueExact()));
    }
    return customers;
  }

  /** Current balance in cents by account id, from the expected ACCT.after-intcalc.seq. */
  static Map<Long, Long> balancesAfterInterest() {
    Map<Long, Long> balances = new HashMap<>();
    for (DecodedRecord r : decode("CVACT01Y.cpy", "expected/ACCT.after-intcalc.seq", false)) {
      balances.put(r.number("ACCOUNT-RECORD.ACCT-ID").longValueExact(),
          r.number("ACCOUNT-RECORD.ACCT-CURR-BAL").movePointRight(2).longValueExact());
    }
    return balances;
  }

  /** TRANSACT.after-post.seq then SYSTRAN.seq, in file order (which is transaction id order). */
  static List<Transaction> postedTransactions() {
    List<Transaction> transactions = new ArrayList<>();
    for (String file : List.of("expected/TRANSACT.after-post.seq", "expected/SYSTRAN.seq")) {
      String p = "TRAN-RECORD.";
      for (DecodedRecord r : decode("CVTRA05Y.cpy", file, false)) {
        transactions.add(new Transaction(r.text(p + "TRAN-ID"), r.text(p + "TRAN-TYPE-CD"),
            r.number(p + "TRAN-CAT-CD").intValueExact(), r.text(p + "TRAN-SOURCE"), r.text(p + "TRAN-DESC"),
            r.number(p + "TRAN-AMT").movePointRight(2).longValueExact(), r.text(p + "TRAN-CARD-NUM"),
            r.text(p + "TRAN-PROC-TS")));
      }
    }
    return transactions;
  }

  /** Type description by type code (trantype.txt). */
  static Map<String, String> typeDescriptions() {
    Map<String, String> types = new HashMap<>();
    for (DecodedRecord r : decode("CVTRA03Y.cpy", "ascii/trantype.txt", true)) {
      types.put(r.text("TRAN-TYPE-RECORD.TRAN-TYPE"), r.text("TRAN-TYPE-RECORD.TRAN-TYPE-DESC"));
    }
    return types;
  }

  /** Category description by type code followed by the 4-digit category code (trancatg.txt). */
  static Map<String, String> categoryDescriptions() {
    Map<String, String> categories = new HashMap<>();
    String p = "TRAN-CAT-RECORD.";
    for (DecodedRecord r : decode("CVTRA04Y.cpy", "ascii/trancatg.txt", true)) {
      categories.put(r.text(p + "TRAN-CAT-KEY.TRAN-TYPE-CD")
          + String.format("%04d", r.number(p + "TRAN-CAT-KEY.TRAN-CAT-CD").intValueExact()),
          r.text(p + "TRAN-CAT-TYPE-DESC"));
    }
    return categories;
  }

  /** An expected output file of fixed-length records without separators, as Strings. */
  static List<String> expectedRecords(String file, int recordLength) {
    String all = new String(bytes("expected/" + file), StandardCharsets.US_ASCII);
    if (all.length() % recordLength != 0) {
      throw new IllegalStateException(file + " is not made of " + recordLength + "-byte records");
    }
    List<String> records = new ArrayList<>();
    for (int i = 0; i < all.length(); i += recordLength) {
      records.add(all.substring(i, i + recordLength));
    }
    return records;
  }

  static byte[] bytes(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sink that writes each line in ASCII with no separator, as the original's fixed-length data sets. */
  static final class AsciiRecords implements LineSink {
    private final int recordLength;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();

    AsciiRecords(int recordLength) {
      this.recordLength = recordLength;
    }

    @Override
    public void line(String text) {
      if (text.length() != recordLength) {
        throw new AssertionError("line of " + text.length() + " characters, not " + recordLength + ": " + text);
      }
      lines.add(text);
      out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    byte[] bytes() {
      return out.toByteArray();
    }

    List<String> lines() {
      return lines;
    }
  }

  private static List<DecodedRecord> decode(String copybook, String resource, boolean lineSequential) {
    RecordCodec codec = new RecordCodec(
        CopybookCompiler.compile(Path.of("copybooks", copybook), CompileOptions.defaults()), ASCII);
    int length = codec.layout().maxRecordLengthBytes();
    List<DecodedRecord> records = new ArrayList<>();
    try (InputStream in = open(resource);
        FixedRecordReader reader = lineSequential
            ? FixedRecordReader.lineSequential(in, length, ASCII.encoding().spaceByte())
            : FixedRecordReader.fixedLength(in, length)) {
      Optional<RawRecord> raw;
      while ((raw = reader.next()).isPresent()) {
        records.add(codec.decode(raw.get().bytes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static InputStream open(String resource) {
    InputStream in = CardDemoSample.class.getResourceAsStream("/carddemo/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource carddemo/" + resource);
    }
    return in;
  }
}
