package io.corebank.ach;

import io.corebank.nacha.AchFileWriter;
import io.corebank.nacha.BatchHeader;
import io.corebank.nacha.EntryDetail;
import io.corebank.nacha.FileHeader;
import io.corebank.nacha.NachaValidator;
import io.corebank.nacha.ReturnEntryBuilder;
import io.corebank.nacha.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the return file of a received file: every RETURNED entry, as the RDFI sends it back to the ODFI
 * (return transaction code, addenda 99 with the original trace and the reason, batches as received),
 * checked by our own validator before it is moved into the outbound directory and registered.
 */
final class AchReturnFiles {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private AchReturnFiles() {}

  /** A header's immediate origin as a 9-digit routing number (some senders write it as 10 digits with a leading 0). */
  static String routingOf(String immediateOrigin) {
    String s = immediateOrigin.strip();
    return s.length() == 10 && s.startsWith("0") ? s.substring(1) : s;
  }

  /** The return file of {@code source}, written once; empty when nothing was returned. */
  static Optional<Path> write(JdbcTemplate jdbc, AchFiles files, AchSettings settings, AchFiles.AchFile source,
      LocalDate businessDate) {
    List<Long> existing = jdbc.queryForList("SELECT FILE_ID FROM ACH_FILE WHERE DIRECTION = 'OUT' AND SOURCE_FILE_ID = ?",
        Long.class, source.fileId());
    String name = "RETURN-" + source.fileId() + ".ach";
    Path target = settings.outboundDirectory().resolve(name);
    if (!existing.isEmpty()) return Optional.of(target);
    List<Map<String, Object>> returned = jdbc.queryForList("SELECT LINE_NO, BATCH_LINE_NO, RETURN_REASON, ENTRY_RECORD, "
        + "BATCH_HEADER FROM ACH_ENTRY WHERE FILE_ID = ? AND STATUS = 'RETURNED' ORDER BY LINE_NO", source.fileId());
    if (returned.isEmpty()) return Optional.empty();
    Map<Integer, List<Map<String, Object>>> byBatch = new LinkedHashMap<>();
    for (Map<String, Object> row : returned) {
      byBatch.computeIfAbsent(((Number) row.get("BATCH_LINE_NO")).intValue(), k -> new java.util.ArrayList<>()).add(row);
    }
    try {
      Files.createDirectories(settings.outboundDirectory());
      Path part = settings.outboundDirectory().resolve(name + ".part");
      String date = businessDate.format(YYMMDD);
      try (OutputStream out = Files.newOutputStream(part); AchFileWriter writer = new AchFileWriter(out)) {
        writer.fileHeader(FileHeader.builder()
            .immediateDestination(routingOf(source.immediateOrigin()))
            .immediateOrigin(settings.routingNumber())
            .fileCreation(date, "0000")
            .fileIdModifier('A')
            .immediateOriginName(settings.bankName())
            .build());
        long batchNumber = 0;
        long sequence = 0;
        for (List<Map<String, Object>> batch : byBatch.values()) {
          BatchHeader original = BatchHeader.parse((String) batch.get(0).get("BATCH_HEADER"), 0);
          writer.beginBatch(BatchHeader.builder()
              .serviceClassCode(200)
              .companyName(original.companyName())
              .companyIdentification(original.companyIdentification())
              .secCode(original.secCode())
              .companyEntryDescription(original.companyEntryDescription())
              .effectiveEntryDate(date)
              .odfiIdentification(settings.dfiIdentification())
              .batchNumber(++batchNumber)
              .build());
          for (Map<String, Object> row : batch) {
            EntryDetail entry = EntryDetail.parse((String) row.get("ENTRY_RECORD"), ((Number) row.get("LINE_NO")).intValue());
            ReturnEntryBuilder.ReturnEntry r = ReturnEntryBuilder.returnOf(entry)
                .reasonCode((String) row.get("RETURN_REASON"))
                .trace(settings.dfiIdentification(), ++sequence)
                .build();
            writer.entry(r.entry(), r.addenda());
          }
          writer.endBatch();
        }
      }
      // our own validator must accept what we send: anything else is a defect to fix, not a file to send
      ValidationReport report = NachaValidator.validate(part, settings.validationOptions());
      if (report.rejected()) {
        throw new IllegalStateException("the return file of ACH file " + source.fileId() + " fails our own validation: "
            + report.firstViolation().map(v -> v.message()).orElse("?"));
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      FileHeader header = FileHeader.parse(Files.readAllLines(target).get(0), 1);
      long id = files.register("OUT", name, AchFiles.sha256(target), header, "WRITTEN",
          returned.size() + " returns of file " + source.fileId() + " (" + source.fileName() + ")", source.fileId());
      files.finish(id, "WRITTEN", returned.size(), returned.size() + " returns of file " + source.fileId());
      return Optional.of(target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the return file of ACH file " + source.fileId(), e);
    }
  }
}
