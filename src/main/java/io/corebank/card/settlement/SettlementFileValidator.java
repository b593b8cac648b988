package io.corebank.card.settlement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a settlement file in one streaming pass. The file is accepted only when nothing is wrong, otherwise
 * rejected whole: no detail of a rejected file may be posted.
 *
 * <p>Checked: every record on its own ({@link SettlementRecord#validate()}); the order (one header first, details,
 * one trailer last, nothing after it); that details carry the header's settlement date and currency; and that the
 * trailer reconciles with the details before it (count, total debit, total credit, total interchange, hash; see
 * {@link SettlementTotals}). The trailer is reconciled only when every detail's amounts, interchange fee and ARN
 * could be read: otherwise the file is already rejected for those records and a mismatch would say nothing new.
 *
 * <p>Memory does not grow with the file: the report keeps the first {@code maxViolations} violations and counts
 * the rest.
 */
public final class SettlementFileValidator {

  public static final int DEFAULT_MAX_VIOLATIONS = 1_000;

  private static final String END_OF_FILE = "end of file";

  private final int maxViolations;

  public SettlementFileValidator() {
    this(DEFAULT_MAX_VIOLATIONS);
  }

  public SettlementFileValidator(int maxViolations) {
    if (maxViolations < 1) {
      throw new IllegalArgumentException("maxViolations must be positive, was " + maxViolations);
    }
    this.maxViolations = maxViolations;
  }

  public ValidationReport validate(Path file, SettlementEncoding encoding) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in, encoding);
    }
  }

  /** Reads {@code in} to its end; does not close it. */
  public ValidationReport validate(InputStream in, SettlementEncoding encoding) throws IOException {
    Run run = new Run();
    SettlementFileReader reader = new SettlementFileReader(in, encoding);
    Optional<SettlementRecord> next;
    while ((next = reader.next()).isPresent()) {
      run.record(next.get());
    }
    run.end();
    return new ValidationReport(run.kept, run.violationCount, run.recordCount, run.detailCount);
  }

  /** The state of one pass. */
  private final class Run {
    private final List<Violation> kept = new ArrayList<>();
    private long violationCount;
    private long recordCount;
    private long detailCount;
    private SettlementHeader header;
    private SettlementTrailer trailer;
    private final SettlementTotals totals = new SettlementTotals();
    private boolean controlsReadable = true;

    void record(SettlementRecord record) {
      recordCount++;
      record.validate().forEach(this::add);
      if (trailer != null) {
        add(order(record, "record after the trailer on line " + trailer.lineNumber() + "; the trailer is the last record"));
      } else if (recordCount == 1 && !(record instanceof SettlementHeader)) {
        add(order(record, "the file starts with a " + record.label() + "; its first record is the header"));
      }
      if (record instanceof SettlementHeader h) {
        header(h);
      } else if (record instanceof SettlementDetail d) {
        detail(d);
      } else if (record instanceof SettlementTrailer t) {
        trailer(t);
      } else if (trailer == null) {
        // a record of unknown type, perhaps a detail with a damaged record type: the totals cannot be trusted
        controlsReadable = false;
      }
    }

    private void header(SettlementHeader h) {
      if (header != null) {
        add(order(h, "second header; the header is on line " + header.lineNumber()));
      } else if (recordCount > 1 && trailer == null) {
        add(order(h, "the header is on line " + h.lineNumber() + "; it must be the first record"));
      }
      if (header == null) {
        header = h;
      }
    }

    private void detail(SettlementDetail d) {
      if (trailer != null) {
        return;
      }
      detailCount++;
      if (header != null) {
        agree(d, SettlementDetail.SETTLE_DATE, SettlementHeader.SETTLE_DATE, "settlement date");
        agree(d, SettlementDetail.SETTLE_CURRENCY, SettlementHeader.CURRENCY, "settlement currency");
      }
      try {
        totals.add(d);
      } catch (SettlementDataException e) {
        controlsReadable = false;
      }
    }

    private void agree(SettlementDetail d, SettlementField field, SettlementField headerField, String what) {
      String value = d.value(field);
      String expected = header.value(headerField);
      if (!value.equals(expected)) {
        add(d.violation(field, Rule.HEADER_AGREEMENT, what + " " + value + " is not the header's " + expected
            + " (line " + header.lineNumber() + ")"));
      }
    }

    private void trailer(SettlementTrailer t) {
      if (trailer != null) {
        return; // already reported as a record after the trailer
      }
      trailer = t;
      if (!controlsReadable) {
        return;
      }
      reconcile(t, SettlementTrailer.DETAIL_COUNT, totals.detailCount(), Rule.CONTROL_TOTAL, "detail count");
      reconcile(t, SettlementTrailer.TOTAL_DEBIT, totals.totalDebitCents(), Rule.CONTROL_TOTAL, "total debit");
      reconcile(t, SettlementTrailer.TOTAL_CREDIT, totals.totalCreditCents(), Rule.CONTROL_TOTAL, "total credit");
      reconcile(t, SettlementTrailer.TOTAL_INTERCHANGE, totals.totalInterchangeCents(), Rule.CONTROL_TOTAL,
          "total interchange");
      reconcile(t, SettlementTrailer.HASH, totals.hash(), Rule.CONTROL_HASH, "hash");
    }

    private void reconcile(SettlementTrailer t, SettlementField field, long computed, Rule rule, String what) {
      String raw = t.value(field);
      if (field.numericProblem(raw) != null) {
        return; // reported as NUMERIC
      }
      long stated = field.storedValue(raw);
      if (stated != computed) {
        boolean money = field.scale() == 2;
        add(t.violation(field, rule, what + " " + (money ? RecordChecks.amount(stated) : Long.toString(stated))
            + " does not equal the details' " + (money ? RecordChecks.amount(computed) : Long.toString(computed))));
      }
    }

    void end() {
      if (recordCount == 0) {
        add(new Violation(1, 1, END_OF_FILE, SettlementRecord.RECORD_TYPE.name(), Rule.RECORD_ORDER, "",
            "the file is empty; it holds a header, the details and a trailer"));
      } else if (trailer == null) {
        add(new Violation(recordCount + 1, 1, END_OF_FILE, SettlementRecord.RECORD_TYPE.name(), Rule.RECORD_ORDER, "",
            "the file ends without a trailer"));
      }
    }

    private Violation order(SettlementRecord record, String detail) {
      return record.violation(SettlementRecord.RECORD_TYPE, Rule.RECORD_ORDER, detail);
    }

    private void add(Violation violation) {
      violationCount++;
      if (kept.size() < maxViolations) {
        kept.add(violation);
      }
    }
  }
}
