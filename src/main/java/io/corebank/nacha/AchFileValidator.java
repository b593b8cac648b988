package io.corebank.nacha;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates a file as its records stream past: each record on its own, the record order
 * {@code 1 (5 (6 (7)*)* 8)* 9} followed only by padding, the batches (see {@link BatchValidator}) and the
 * file control. Holds one batch's running totals and one entry at a time.
 */
public final class AchFileValidator {

  private enum State { BEFORE_FILE_HEADER, BETWEEN_BATCHES, IN_BATCH, AFTER_FILE_CONTROL }

  private final ValidationOptions options;
  private final List<Violation> violations = new ArrayList<>();
  private final BatchTotals fileTotals = new BatchTotals();
  private State state = State.BEFORE_FILE_HEADER;
  private BatchValidator batch;
  private FileControlRecord fileControl;
  private long batchCount;
  private long recordCount;
  private long entryCount;
  private int lastLineNumber;

  public AchFileValidator(ValidationOptions options) {
    this.options = options;
  }

  public void accept(AchRecord record) {
    recordCount++;
    lastLineNumber = record.lineNumber();
    record.validateInto(violations, options);
    if (state == State.AFTER_FILE_CONTROL && record.kind() != RecordKind.BLOCK_PADDING) {
      order(record, "record after the file control");
      return;
    }
    switch (record.kind()) {
      case FILE_HEADER -> fileHeader(record);
      case BATCH_HEADER -> batchHeader(record);
      case ENTRY_DETAIL -> entry(record);
      case ADDENDA -> addenda(record);
      case BATCH_CONTROL -> batchControl(record);
      case FILE_CONTROL -> fileControl(record);
      case BLOCK_PADDING -> {
        if (state != State.AFTER_FILE_CONTROL) {
          order(record, "block padding (nines) before the file control");
        }
      }
      case UNKNOWN -> {
        // reported by the record itself; it belongs to no structure
      }
    }
  }

  /** Ends the file: reports missing controls and checks the block count, then returns the report. */
  public ValidationReport finish() {
    if (recordCount == 0) {
      violations.add(new Violation(1, 1, RecordKind.FILE_HEADER.label(), "RecordTypeCode", Rule.RECORD_ORDER, "",
          "file is empty"));
    } else if (state != State.AFTER_FILE_CONTROL) {
      if (batch != null) {
        missing(RecordKind.BATCH_CONTROL, "batch " + batch.batchNumber() + " has no batch control");
        batch.closeWithoutControl();
      }
      missing(RecordKind.FILE_CONTROL, "file control record is missing");
    }
    if (fileControl != null) {
      checkBlockCount();
    }
    violations.sort(Comparator.comparingInt(Violation::lineNumber).thenComparingInt(Violation::position));
    return new ValidationReport(violations, entryCount);
  }

  private void fileHeader(AchRecord record) {
    if (state != State.BEFORE_FILE_HEADER) {
      order(record, "file header must be the first record of the file");
      return;
    }
    state = State.BETWEEN_BATCHES;
  }

  private void batchHeader(AchRecord record) {
    if (state == State.BEFORE_FILE_HEADER) {
      order(record, "batch header before the file header");
    } else if (state == State.IN_BATCH) {
      order(record, "batch header while batch " + batch.batchNumber() + " has no batch control");
      closeBatch();
    }
    batchCount++;
    batch = new BatchValidator((BatchHeaderRecord) record, options, violations);
    state = State.IN_BATCH;
  }

  private void entry(AchRecord record) {
    entryCount++;
    if (batch == null) {
      order(record, "entry detail outside a batch (no batch header before it)");
      return;
    }
    batch.entry((EntryRecord) record);
  }

  private void addenda(AchRecord record) {
    if (batch == null) {
      order(record, "addenda outside a batch (no batch header before it)");
      return;
    }
    batch.addenda((Addenda) record);
  }

  private void batchControl(AchRecord record) {
    if (batch == null) {
      order(record, state == State.BEFORE_FILE_HEADER
          ? "batch control before the file header" : "batch control without a batch header");
      return;
    }
    batch.control((BatchControlRecord) record);
    fileTotals.add(batch.totals());
    batch = null;
    state = State.BETWEEN_BATCHES;
  }

  private void fileControl(AchRecord record) {
    if (state == State.BEFORE_FILE_HEADER) {
      order(record, "file control before the file header");
    } else if (state == State.IN_BATCH) {
      order(record, "file control while batch " + batch.batchNumber() + " has no batch control");
      closeBatch();
    }
    FileControlRecord control = (FileControlRecord) record;
    compare(control, control.batchCountField(), batchCount, "batch count");
    compare(control, control.entryAddendaCountField(), fileTotals.entryAddendaCount(), "entry/addenda count");
    compare(control, control.entryHashField(), fileTotals.entryHash(), "entry hash");
    compare(control, control.totalDebitField(), fileTotals.totalDebitCents(), "total debit amount");
    compare(control, control.totalCreditField(), fileTotals.totalCreditCents(), "total credit amount");
    fileControl = control;
    state = State.AFTER_FILE_CONTROL;
  }

  private void closeBatch() {
    batch.closeWithoutControl();
    fileTotals.add(batch.totals());
    batch = null;
  }

  private void compare(FileControlRecord control, Field field, long computed, String what) {
    long stated = control.number(field);
    if (stated != computed) {
      violations.add(control.record().violation(field, Rule.CONTROL_TOTAL,
          what + " " + control.record().value(field).trim() + " does not match computed " + computed));
    }
  }

  /** Blocks are 10 records; the last may be short only when that tolerance is on. */
  private void checkBlockCount() {
    long expected = (recordCount + 9) / 10;
    Field field = fileControl.blockCountField();
    long stated = fileControl.number(field);
    if (stated != expected) {
      violations.add(fileControl.record().violation(field, Rule.BLOCK_COUNT,
          "block count " + fileControl.record().value(field) + " does not match computed " + expected
              + " (" + recordCount + " records)"));
    } else if (recordCount % 10 != 0 && !options.allowShortLastBlock()) {
      violations.add(fileControl.record().violation(field, Rule.BLOCK_COUNT,
          "file holds " + recordCount + " records, not a multiple of the blocking factor 10"));
    }
  }

  private void order(AchRecord record, String detail) {
    violations.add(new Violation(record.lineNumber(), 1, record.label(), "RecordTypeCode", Rule.RECORD_ORDER,
        record.format().substring(0, 1), detail));
  }

  private void missing(RecordKind kind, String detail) {
    violations.add(new Violation(lastLineNumber + 1, 1, kind.label(), "RecordTypeCode", Rule.RECORD_ORDER, "", detail));
  }
}
