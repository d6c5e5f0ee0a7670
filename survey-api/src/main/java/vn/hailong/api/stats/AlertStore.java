package vn.hailong.api.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The alert table (V20), owned by this package. */
@Singleton
class AlertStore {
  private final JdbcOperations jdbc;

  AlertStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored alert. */
  record Stored(
      long id,
      long unitId,
      String criterion,
      String rule,
      LocalDate firstWeek,
      LocalDate signalWeek,
      double share,
      double centre,
      double lowerLimit,
      double respondents,
      Instant raisedAt,
      @Nullable Instant closedAt,
      @Nullable String closedBy,
      @Nullable String closeNote) {}

  /** What identifies a signal: an alert is raised once per key. */
  record Key(long unitId, String criterion, String rule, LocalDate firstWeek) {}

  @Transactional(readOnly = true)
  Set<Key> keysSince(LocalDate firstWeek) {
    return jdbc.prepareStatement(
        "SELECT unit_id, criterion, rule_code, first_week FROM alert WHERE first_week >= ?",
        statement -> {
          statement.setObject(1, firstWeek);
          Set<Key> keys = new HashSet<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              keys.add(
                  new Key(
                      rows.getLong(1),
                      rows.getString(2),
                      rows.getString(3),
                      rows.getObject(4, LocalDate.class)));
            }
          }
          return keys;
        });
  }

  /** Stores new alerts; one already raised (by another node meanwhile) is skipped. */
  @Transactional
  int insert(List<Stored> alerts) {
    int inserted = 0;
    for (Stored a : alerts) {
      inserted +=
          jdbc.prepareStatement(
              "INSERT INTO alert (unit_id, criterion, rule_code, first_week, signal_week, share,"
                  + " centre, lower_limit, respondents, raised_at)"
                  + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM (SELECT 1 AS one) x"
                  + " WHERE NOT EXISTS (SELECT 1 FROM alert WHERE unit_id = ? AND criterion = ?"
                  + " AND rule_code = ? AND first_week = ?)",
              statement -> {
                statement.setLong(1, a.unitId());
                statement.setString(2, a.criterion());
                statement.setString(3, a.rule());
                statement.setObject(4, a.firstWeek());
                statement.setObject(5, a.signalWeek());
                statement.setDouble(6, a.share());
                statement.setDouble(7, a.centre());
                statement.setDouble(8, a.lowerLimit());
                statement.setDouble(9, a.respondents());
                statement.setObject(10, utc(a.raisedAt()));
                statement.setLong(11, a.unitId());
                statement.setString(12, a.criterion());
                statement.setString(13, a.rule());
                statement.setObject(14, a.firstWeek());
                return statement.executeUpdate();
              });
    }
    return inserted;
  }

  /** The alerts of the units, newest signal first, at most {@code limit}. */
  @Transactional(readOnly = true)
  List<Stored> list(Collection<Long> unitIds, @Nullable Boolean open, int limit) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    String state =
        open == null ? "" : open ? " AND closed_at IS NULL" : " AND closed_at IS NOT NULL";
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM alert WHERE unit_id IN ("
            + String.join(", ", Collections.nCopies(unitIds.size(), "?"))
            + ")"
            + state
            + " ORDER BY signal_week DESC, id DESC LIMIT ?";
    return jdbc.prepareStatement(
        sql,
        statement -> {
          int i = 1;
          for (Long id : unitIds) {
            statement.setLong(i++, id);
          }
          statement.setInt(i, limit);
          List<Stored> alerts = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              alerts.add(read(rows));
            }
          }
          return alerts;
        });
  }

  @Transactional(readOnly = true)
  @Nullable
  Stored find(long id) {
    return jdbc.prepareStatement(
        "SELECT " + COLUMNS + " FROM alert WHERE id = ?",
        statement -> {
          statement.setLong(1, id);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? read(rows) : null;
          }
        });
  }

  /** Closes an open alert; false when it was closed already (by someone else meanwhile). */
  @Transactional
  boolean close(long id, Instant at, String by, String note) {
    return jdbc.prepareStatement(
            "UPDATE alert SET closed_at = ?, closed_by = ?, close_note = ?"
                + " WHERE id = ? AND closed_at IS NULL",
            statement -> {
              statement.setObject(1, utc(at));
              statement.setString(2, by);
              statement.setString(3, note);
              statement.setLong(4, id);
              return statement.executeUpdate();
            })
        == 1;
  }

  private static final String COLUMNS =
      "id, unit_id, criterion, rule_code, first_week, signal_week, share, centre, lower_limit,"
          + " respondents, raised_at, closed_at, closed_by, close_note";

  /** Times are stored as UTC without zone, like every other table. */
  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Stored read(ResultSet rows) throws SQLException {
    LocalDateTime closed = rows.getObject(12, LocalDateTime.class);
    return new Stored(
        rows.getLong(1),
        rows.getLong(2),
        rows.getString(3),
        rows.getString(4),
        rows.getObject(5, LocalDate.class),
        rows.getObject(6, LocalDate.class),
        rows.getDouble(7),
        rows.getDouble(8),
        rows.getDouble(9),
        rows.getDouble(10),
        rows.getObject(11, LocalDateTime.class).toInstant(ZoneOffset.UTC),
        closed == null ? null : closed.toInstant(ZoneOffset.UTC),
        rows.getString(13),
        rows.getString(14));
  }
}
