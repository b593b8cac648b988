package io.corebank.card.settlement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Writes whole settlement files, and generates plausible details for tests and demonstrations.
 */
public final class SettlementFiles {

  private static final String[] MERCHANTS = {
      "CORNER GROCERY", "CITY FUEL 24", "BLUE DOOR CAFE", "RAIL TICKETS ONLINE", "HARBOR PHARMACY",
      "NORTHSIDE HARDWARE", "LUMEN BOOKS", "PARKVIEW HOTEL", "QUICK LAUNDRY", "SUMMIT AIRWAYS"};
  private static final String[] MCCS = {"5411", "5541", "5814", "4112", "5912", "5251", "5942", "7011", "7211", "4511"};
  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private SettlementFiles() {
  }

  /** Writes an ASCII (line-sequential) file; see {@link #write(Path, SettlementEncoding, SettlementHeader, Iterator)}. */
  public static SettlementTrailer write(Path file, SettlementHeader header, Iterator<SettlementDetail> details)
      throws IOException {
    return write(file, SettlementEncoding.ASCII, header, details);
  }

  /**
   * Writes the header, every detail and the trailer the writer computes. The file is written beside its final
   * name and moved there only when complete, so a failure leaves no half-written file under the name.
   *
   * @throws IllegalArgumentException when a record breaks a rule (nothing is left at {@code file})
   */
  public static SettlementTrailer write(Path file, SettlementEncoding encoding, SettlementHeader header,
                                       Iterator<SettlementDetail> details) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    SettlementTrailer trailer;
    try (OutputStream out = Files.newOutputStream(partial);
         SettlementFileWriter writer = new SettlementFileWriter(out, encoding)) {
      writer.header(header);
      while (details.hasNext()) {
        writer.detail(details.next());
      }
      trailer = writer.finish();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    try {
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return trailer;
  }

  /**
   * {@code count} valid details settling on {@code settlementDate} in {@code currency}, the same for the same
   * seed: mostly presentments, with refunds, reversals, chargebacks and fees; one in ten in a foreign transaction
   * currency. Generated one at a time as the iterator is read, so any count costs no memory.
   */
  public static Iterator<SettlementDetail> generate(long count, long seed, LocalDate settlementDate, String currency) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    // Julian processing date of the ARN: last digit of the year and the day of the year
    String julian = (settlementDate.getYear() % 10) + digits(settlementDate.getDayOfYear(), 3);
    String foreign = currency.equals("EUR") ? "USD" : "EUR";
    return new Iterator<>() {
      private long made;

      @Override
      public boolean hasNext() {
        return made < count;
      }

      @Override
      public SettlementDetail next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        made++;
        return detail(random, made, julian, settlementDate, currency, foreign);
      }
    };
  }

  private static SettlementDetail detail(SplittableRandom random, long sequence, String julian, LocalDate settlementDate,
                                         String currency, String foreignCurrency) {
    int roll = random.nextInt(100);
    MessageType type = roll < 85 ? MessageType.PRESENTMENT : roll < 91 ? MessageType.REFUND
        : roll < 94 ? MessageType.REVERSAL : roll < 96 ? MessageType.CHARGEBACK : MessageType.FEE;
    long magnitude = type == MessageType.FEE ? 25 + random.nextInt(2_000) : 100 + random.nextLong(200_000);
    long settlement = type.sign() < 0 || type == MessageType.FEE && random.nextInt(4) == 0 ? -magnitude : magnitude;
    boolean foreign = type != MessageType.FEE && random.nextInt(10) == 0;
    long transaction = foreign ? Math.round(settlement * 0.92) : settlement;
    if (transaction == 0) {
      transaction = Long.signum(settlement);
    }
    long interchange = type == MessageType.FEE ? 0 : Math.round(Long.signum(settlement) * magnitude * 0.015);
    String first22 = "7" + "4" + digits(random.nextInt(100_000), 5) + julian
        + digits(sequence % 100_000_000_000L, 11);
    int merchant = random.nextInt(MERCHANTS.length);
    SettlementDetail.Builder builder = SettlementDetail.builder()
        .messageType(type)
        .cardToken(hex(random))
        .lastFour(digits(random.nextInt(10_000), 4))
        .arn(AcquirerReferenceNumbers.withCheckDigit(first22))
        .transactionAmount(transaction, foreign ? foreignCurrency : currency)
        .settlementAmount(settlement, currency)
        .interchangeFeeCents(interchange)
        .settlementDate(settlementDate);
    if (type != MessageType.FEE) {
      builder.merchant("M" + digits(random.nextLong(100_000_000_000_000L), 14), MERCHANTS[merchant],
          MCCS[merchant]);
    }
    if (type.authorizationRequired() || type == MessageType.CHARGEBACK) {
      builder.authorizationCode(authorizationCode(random))
          .originalDate(settlementDate.minusDays(1 + random.nextInt(3)));
    }
    return builder.build();
  }

  /** {@code value} (not negative) in {@code width} digits, zero-padded. */
  private static String digits(long value, int width) {
    String text = Long.toString(value);
    return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
  }

  private static String hex(SplittableRandom random) {
    char[] token = new char[64];
    for (int i = 0; i < 64; i += 16) {
      long bits = random.nextLong();
      for (int j = 0; j < 16; j++) {
        token[i + j] = HEX[(int) (bits >>> (60 - 4 * j)) & 0xF];
      }
    }
    return new String(token);
  }

  private static String authorizationCode(SplittableRandom random) {
    char[] code = new char[6];
    for (int i = 0; i < 6; i++) {
      code[i] = ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length()));
    }
    return new String(code);
  }
}
