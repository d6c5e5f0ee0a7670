package vn.hailong.api.plan;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.hailong.api.plan.PlanView.EvidenceFile;

/** The uploaded evidence files of tasks, one per task, in plan_evidence_file. */
@Singleton
class EvidenceStore {
  /** Bytes per stored piece of a file (plan_evidence_chunk). */
  static final int CHUNK = 1024 * 1024;

  private final JdbcOperations jdbc;

  EvidenceStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored file with its content. */
  record StoredFile(String name, String mediaType, byte[] content) {}

  /** Name, type and size of the files of these tasks (their content stays in the database). */
  @Transactional
  Map<Long, EvidenceFile> describe(List<Long> itemIds) {
    Map<Long, EvidenceFile> found = new HashMap<>();
    if (itemIds.isEmpty()) {
      return found;
    }
    String marks = itemIds.stream().map(id -> "?").collect(Collectors.joining(","));
    return jdbc.prepareStatement(
        "SELECT item_id, file_name, media_type, size_bytes FROM plan_evidence_file WHERE item_id IN ("
            + marks
            + ")",
        statement -> {
          for (int i = 0; i < itemIds.size(); i++) {
            statement.setLong(i + 1, itemIds.get(i));
          }
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              found.put(
                  rows.getLong(1),
                  new EvidenceFile(rows.getString(2), rows.getString(3), rows.getLong(4)));
            }
          }
          return found;
        });
  }

  @Transactional
  Optional<StoredFile> read(long itemId) {
    return jdbc.prepareStatement(
        "SELECT f.file_name, f.media_type, f.size_bytes, c.content FROM plan_evidence_file f"
            + " JOIN plan_evidence_chunk c ON c.item_id = f.item_id WHERE f.item_id = ?"
            + " ORDER BY c.seq",
        statement -> {
          statement.setLong(1, itemId);
          try (var rows = statement.executeQuery()) {
            String name = null;
            String type = null;
            java.io.ByteArrayOutputStream content = null;
            while (rows.next()) {
              if (content == null) {
                name = rows.getString(1);
                type = rows.getString(2);
                content = new java.io.ByteArrayOutputStream(rows.getInt(3));
              }
              content.writeBytes(rows.getBytes(4));
            }
            return content == null
                ? Optional.<StoredFile>empty()
                : Optional.of(new StoredFile(name, type, content.toByteArray()));
          }
        });
  }

  /** Stores the task's file, replacing the one it had. */
  @Transactional
  void store(
      long itemId, String name, EvidenceType type, byte[] content, LocalDateTime at, String by) {
    delete(itemId);
    jdbc.prepareStatement(
        "INSERT INTO plan_evidence_file (item_id, file_name, media_type, size_bytes,"
            + " uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?)",
        statement -> {
          statement.setLong(1, itemId);
          statement.setString(2, name);
          statement.setString(3, type.mediaType());
          statement.setInt(4, content.length);
          statement.setTimestamp(5, Timestamp.valueOf(at));
          statement.setString(6, by);
          return statement.executeUpdate();
        });
    // one statement per piece, not a batch: a rewritten batch would be one packet again
    jdbc.prepareStatement(
        "INSERT INTO plan_evidence_chunk (item_id, seq, content) VALUES (?, ?, ?)",
        statement -> {
          for (int seq = 0, from = 0; from < content.length; seq++, from += CHUNK) {
            statement.setLong(1, itemId);
            statement.setInt(2, seq);
            statement.setBytes(
                3,
                java.util.Arrays.copyOfRange(
                    content, from, Math.min(content.length, from + CHUNK)));
            statement.executeUpdate();
          }
          return null;
        });
  }

  @Transactional
  void delete(long itemId) {
    jdbc.prepareStatement(
        "DELETE FROM plan_evidence_chunk WHERE item_id = ?",
        statement -> {
          statement.setLong(1, itemId);
          return statement.executeUpdate();
        });
    jdbc.prepareStatement(
        "DELETE FROM plan_evidence_file WHERE item_id = ?",
        statement -> {
          statement.setLong(1, itemId);
          return statement.executeUpdate();
        });
  }
}
