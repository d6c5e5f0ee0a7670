package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reorganisation and reorganisation_change tables: who changed the tree, when, what, why. */
final class ReorganisationAudit {
  private ReorganisationAudit() {}

  /** One applied reorganisation and its changes, as the audit list shows it. */
  @Serdeable
  record Entry(
      long id,
      Instant appliedAt,
      String appliedBy,
      String reason,
      @Nullable String origin,
      List<Report.Line> changes) {}

  static long write(
      Connection connection, ReorganisationEngine.Audit audit, List<Report.Line> lines)
      throws SQLException {
    long id;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO reorganisation (applied_at, applied_by, reason, origin) VALUES (?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      // instants as UTC text: Connector/J drops fractions otherwise (docs/decisions.md)
      insert.setString(
          1,
          audit
              .at()
              .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
              .atOffset(ZoneOffset.UTC)
              .toLocalDateTime()
              .toString()
              .replace('T', ' '));
      insert.setString(2, audit.by());
      insert.setString(3, Texts.truncate(audit.reason(), 500));
      insert.setString(4, audit.origin() == null ? null : Texts.truncate(audit.origin(), 200));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO reorganisation_change (reorganisation_id, seq, line, change_kind,"
                + " unit_code, summary) VALUES (?, ?, ?, ?, ?, ?)")) {
      int seq = 0;
      for (Report.Line line : lines) {
        insert.setLong(1, id);
        insert.setInt(2, ++seq);
        insert.setInt(3, line.line());
        insert.setString(4, line.change());
        insert.setString(5, line.unitCode());
        insert.setString(6, Texts.truncate(line.summary(), 1000));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return id;
  }

  /** The latest reorganisations first, each with its changes in order. */
  static List<Entry> list(Connection connection, int limit) throws SQLException {
    Map<Long, Entry> entries = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, applied_at, applied_by, reason, origin FROM reorganisation ORDER BY id DESC"
                + " LIMIT ?")) {
      select.setInt(1, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.put(
              rows.getLong(1),
              new Entry(
                  rows.getLong(1),
                  rows.getObject(2, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  new ArrayList<>()));
        }
      }
    }
    if (entries.isEmpty()) {
      return List.of();
    }
    long oldest = entries.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT reorganisation_id, line, change_kind, unit_code, summary FROM"
                + " reorganisation_change WHERE reorganisation_id >= ? ORDER BY reorganisation_id,"
                + " seq")) {
      select.setLong(1, oldest);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Entry entry = entries.get(rows.getLong(1));
          if (entry != null) {
            entry
                .changes()
                .add(
                    new Report.Line(
                        rows.getInt(2), rows.getString(3), rows.getString(4), rows.getString(5)));
          }
        }
      }
    }
    return List.copyOf(entries.values());
  }
}
