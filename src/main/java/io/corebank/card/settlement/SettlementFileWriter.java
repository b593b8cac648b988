package io.corebank.card.settlement;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a settlement file as a stream and computes the trailer: {@link #header}, then {@link #detail} for each
 * detail, then {@link #finish()}, which writes the trailer, and {@link #close()}.
 *
 * <p>Every record is validated before it is written, so the writer only produces files the
 * {@link SettlementFileValidator} accepts. {@code close()} without {@code finish()} writes no trailer: a file cut
 * short by an error has no trailer and is rejected, rather than ending in a trailer that matches what happened to
 * be written.
 */
public final class SettlementFileWriter implements Closeable {
  private static final int LF = '\n';

  private final OutputStream out;
  private final SettlementEncoding encoding;
  private final SettlementTotals totals = new SettlementTotals();
  private SettlementHeader header;
  private SettlementTrailer trailer;

  public SettlementFileWriter(OutputStream out, SettlementEncoding encoding) {
    this.out = new BufferedOutputStream(out, 64 * 1024);
    this.encoding = encoding;
  }

  /** @throws IllegalArgumentException when the header breaks a rule (the first violation is the message) */
  public void header(SettlementHeader newHeader) throws IOException {
    if (header != null) {
      throw new IllegalStateException("the header is already written");
    }
    requireValid(newHeader);
    header = newHeader;
    write(newHeader);
  }

  /**
   * @throws IllegalArgumentException when the detail breaks a rule, or its settlement date or currency is not the
   *                                  header's
   */
  public void detail(SettlementDetail detail) throws IOException {
    if (header == null || trailer != null) {
      throw new IllegalStateException("details come after the header and before the trailer");
    }
    requireValid(detail);
    if (!detail.value(SettlementDetail.SETTLE_DATE).equals(header.value(SettlementHeader.SETTLE_DATE))
        || !detail.value(SettlementDetail.SETTLE_CURRENCY).equals(header.value(SettlementHeader.CURRENCY))) {
      throw new IllegalArgumentException("detail " + (totals.detailCount() + 1) + " settles on "
          + detail.value(SettlementDetail.SETTLE_DATE) + " in " + detail.value(SettlementDetail.SETTLE_CURRENCY)
          + "; the header says " + header.value(SettlementHeader.SETTLE_DATE) + " in "
          + header.value(SettlementHeader.CURRENCY) + " (" + Rule.HEADER_AGREEMENT + ")");
    }
    totals.add(detail);
    write(detail);
  }

  /** Writes the trailer of the details written and flushes; returns the trailer. */
  public SettlementTrailer finish() throws IOException {
    if (header == null || trailer != null) {
      throw new IllegalStateException("the trailer comes once, after the header");
    }
    trailer = totals.trailer();
    write(trailer);
    out.flush();
    return trailer;
  }

  /** The controls of the details written so far. */
  public SettlementTotals totals() {
    return totals;
  }

  private static void requireValid(SettlementRecord record) {
    List<Violation> violations = record.validate();
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(record.label() + " breaks " + violations.size() + " rule(s): "
          + violations.get(0) + (violations.size() > 1 ? " ..." : ""));
    }
  }

  private void write(SettlementRecord record) throws IOException {
    out.write(record.encode(encoding));
    if (encoding.lineSequential()) {
      out.write(LF);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
