package vn.hailong.api.unit;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit tables read and written on a plain connection, in the caller's transaction: the
 * reorganisation engine runs both inside the application and inside a Flyway Java migration (V14),
 * where no Micronaut bean exists. The unit package owns unit, unit_lineage and unit_source.
 */
public final class UnitStore {
  private UnitStore() {}

  /** Every unit, link and source as the connection sees them now. */
  public static UnitTree load(Connection connection) throws SQLException {
    List<Unit> units = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, code, official_code, name, kind, level, parent_id, path, valid_from,"
                    + " valid_to, end_reason FROM unit ORDER BY path");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        long parentId = rows.getLong(7);
        Long parent = rows.wasNull() ? null : parentId;
        units.add(
            new Unit(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                UnitLevel.valueOf(rows.getString(6)),
                parent,
                rows.getString(8),
                date(rows, 9),
                date(rows, 10),
                rows.getString(11)));
      }
    }
    List<UnitLink> links = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT predecessor_id, successor_id, share FROM unit_lineage");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        links.add(new UnitLink(rows.getLong(1), rows.getLong(2), Share.valueOf(rows.getString(3))));
      }
    }
    Map<Long, String> sources = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement("SELECT unit_id, source FROM unit_source");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        sources.put(rows.getLong(1), rows.getString(2));
      }
    }
    return new UnitTree(units, links, sources);
  }

  /** The next free id: units are few and written by admins one plan at a time. */
  public static long nextId(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT MAX(id) FROM unit");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1) + 1;
    }
  }

  /** Inserts a unit with the given id; its path is its parent's path and its id. */
  public static void insert(Connection connection, Unit unit) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO unit (id, code, official_code, name, kind, level, parent_id, path,"
                + " valid_from, valid_to, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, unit.id());
      insert.setString(2, unit.code());
      insert.setString(3, unit.officialCode());
      insert.setString(4, unit.name());
      insert.setString(5, unit.kind());
      insert.setString(6, unit.level().name());
      if (unit.parentId() == null) {
        insert.setNull(7, Types.BIGINT);
      } else {
        insert.setLong(7, unit.parentId());
      }
      insert.setString(8, unit.path());
      setDate(insert, 9, unit.validFrom());
      setDate(insert, 10, unit.validTo());
      insert.setString(11, unit.endReason());
      insert.executeUpdate();
    }
  }

  /** Ends a unit on {@code validTo} (its last day). */
  public static void end(
      Connection connection, long unitId, LocalDate validTo, @Nullable String reason)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE unit SET valid_to = ?, end_reason = ? WHERE id = ?")) {
      setDate(update, 1, validTo);
      update.setString(2, reason);
      update.setLong(3, unitId);
      update.executeUpdate();
    }
  }

  public static void link(Connection connection, long predecessorId, long successorId, Share share)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO unit_lineage (predecessor_id, successor_id, share) VALUES (?, ?, ?)")) {
      insert.setLong(1, predecessorId);
      insert.setLong(2, successorId);
      insert.setString(3, share.name());
      insert.executeUpdate();
    }
  }

  /** Records (or replaces) where a unit's facts come from. */
  public static void source(Connection connection, long unitId, String source) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM unit_source WHERE unit_id = ?")) {
      delete.setLong(1, unitId);
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO unit_source (unit_id, source) VALUES (?, ?)")) {
      insert.setLong(1, unitId);
      insert.setString(2, source);
      insert.executeUpdate();
    }
  }

  @Nullable
  private static LocalDate date(ResultSet rows, int column) throws SQLException {
    return rows.getObject(column, LocalDate.class);
  }

  private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate day)
      throws SQLException {
    if (day == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, day);
    }
  }
}
