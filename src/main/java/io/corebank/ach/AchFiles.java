package io.corebank.ach;

import io.corebank.nacha.AchFileReader;
import io.corebank.nacha.AchRecord;
import io.corebank.nacha.FileHeader;
import io.corebank.nacha.ValidationOptions;
import io.corebank.platform.Digests;
import io.corebank.platform.IdAllocator;
import io.corebank.platform.SqlDialect;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The register of ACH files received and sent (ACH_FILE), and how a file is opened and identified. */
@Component
public class AchFiles {
  private final JdbcTemplate jdbc;
  private final IdAllocator fileIds;
  private final Clock clock;

  public AchFiles(JdbcTemplate jdbc, SqlDialect dialect, Clock clock) {
    this.jdbc = jdbc;
    this.fileIds = new IdAllocator(jdbc, dialect, "ACH_FILE_SEQ");
    this.clock = clock;
  }

  /** A registered file. */
  public record AchFile(long fileId, String direction, String fileName, String sha256, String immediateOrigin,
      String creationDate, String fileIdModifier, String status, int entryCount, String detail, Long sourceFileId) {}

  /** Opens a file for reading; {@code .gz} files are decompressed. */
  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** SHA-256 of the file's content (decompressed for {@code .gz}): the same content is the same file. */
  static String sha256(Path file) {
    try {
      return Digests.sha256(open(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The file header, or empty when the first record is not one (the validator reports why). */
  static Optional<FileHeader> header(Path file, ValidationOptions options) {
    try (InputStream in = open(file); AchFileReader reader = new AchFileReader(in, options)) {
      AchRecord first = reader.next();
      return first instanceof FileHeader h ? Optional.of(h) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public Optional<AchFile> find(long fileId) {
    List<AchFile> found = jdbc.query(SELECT + " WHERE FILE_ID = ?", AchFiles::row, fileId);
    return found.stream().findFirst();
  }

  /** An inbound file already processed (or being processed) with this content. */
  Optional<AchFile> inboundWithContent(String sha256) {
    return jdbc.query(SELECT + " WHERE DIRECTION = 'IN' AND CONTENT_SHA256 = ? AND STATUS IN ('RECEIVED','PROCESSED') "
        + "ORDER BY FILE_ID", AchFiles::row, sha256).stream().findFirst();
  }

  /** An inbound file accepted before with the same origin, creation date and file id modifier. */
  Optional<AchFile> inboundWithFileId(String origin, String creationDate, String modifier) {
    return jdbc.query(SELECT + " WHERE DIRECTION = 'IN' AND IMMEDIATE_ORIGIN = ? AND CREATION_DATE = ? "
        + "AND FILE_ID_MODIFIER = ? AND STATUS IN ('RECEIVED','PROCESSED') ORDER BY FILE_ID", AchFiles::row,
        origin, creationDate, modifier).stream().findFirst();
  }

  long register(String direction, String fileName, String sha256, FileHeader header, String status, String detail,
      Long sourceFileId) {
    long id = fileIds.next();
    jdbc.update("INSERT INTO ACH_FILE (FILE_ID, DIRECTION, FILE_NAME, CONTENT_SHA256, IMMEDIATE_DESTINATION, "
            + "IMMEDIATE_ORIGIN, CREATION_DATE, CREATION_TIME, FILE_ID_MODIFIER, STATUS, DETAIL, SOURCE_FILE_ID, RECEIVED_AT) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, direction, truncate(fileName, 255), sha256,
        header == null ? null : header.immediateDestination(), header == null ? null : header.immediateOrigin(),
        header == null ? null : header.fileCreationDate(), header == null ? null : header.value(FileHeader.FILE_CREATION_TIME).trim(),
        header == null ? null : String.valueOf(header.fileIdModifier()), status, truncate(detail, 1000), sourceFileId,
        Timestamp.from(clock.instant()));
    return id;
  }

  /** When the file was registered (RECEIVED_AT: the moment an ingest first saw it), or empty for an unknown id. */
  public Optional<Instant> registeredAt(long fileId) {
    return jdbc.query("SELECT RECEIVED_AT FROM ACH_FILE WHERE FILE_ID = ?", (rs, i) -> rs.getTimestamp(1).toInstant(), fileId)
        .stream().findFirst();
  }

  void finish(long fileId, String status, int entryCount, String detail) {
    jdbc.update("UPDATE ACH_FILE SET STATUS = ?, ENTRY_COUNT = ?, DETAIL = ? WHERE FILE_ID = ?", status, entryCount,
        truncate(detail, 1000), fileId);
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  private static final String SELECT = "SELECT FILE_ID, DIRECTION, FILE_NAME, CONTENT_SHA256, IMMEDIATE_ORIGIN, CREATION_DATE, "
      + "FILE_ID_MODIFIER, STATUS, ENTRY_COUNT, DETAIL, SOURCE_FILE_ID FROM ACH_FILE";

  private static AchFile row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    long source = rs.getLong(11);
    Long sourceId = rs.wasNull() ? null : source;
    return new AchFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10), sourceId);
  }
}
