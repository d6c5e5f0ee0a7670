package vn.hailong.api.dossier;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hailong.analysis.Period;

/** dossier_stat: one row per unit and period; an import replaces the figures it names. */
@Singleton
class DossierStore {
  private final JdbcOperations jdbc;

  DossierStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores every row in one transaction, {@code batch} rows to a statement batch, telling {@code
   * stored} after each: new rows are added, a unit and period stored before replaced.
   */
  @Transactional
  void upsertAll(
      List<DossierFigures> rows,
      int batch,
      LocalDateTime at,
      String by,
      java.util.function.IntConsumer stored) {
    for (int from = 0; from < rows.size(); from += batch) {
      List<DossierFigures> part = rows.subList(from, Math.min(rows.size(), from + batch));
      upsert(part, at, by);
      stored.accept(part.size());
    }
  }

  private void upsert(List<DossierFigures> batch, LocalDateTime at, String by) {
    jdbc.prepareStatement(
        "INSERT INTO dossier_stat (unit_id, period_label, period_from, period_to, received,"
            + " carried_over, received_online, received_direct, resolved, early, on_time, late,"
            + " pending, pending_in_time, pending_overdue, imported_at, imported_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE received = VALUES(received),"
            + " carried_over = VALUES(carried_over), received_online = VALUES(received_online),"
            + " received_direct = VALUES(received_direct), resolved = VALUES(resolved),"
            + " early = VALUES(early), on_time = VALUES(on_time), late = VALUES(late),"
            + " pending = VALUES(pending), pending_in_time = VALUES(pending_in_time),"
            + " pending_overdue = VALUES(pending_overdue), imported_at = VALUES(imported_at),"
            + " imported_by = VALUES(imported_by)",
        statement -> {
          Timestamp when = Timestamp.valueOf(at);
          for (DossierFigures f : batch) {
            int i = 1;
            statement.setLong(i++, f.unitId());
            statement.setString(i++, f.period().label());
            statement.setObject(i++, f.period().start());
            statement.setObject(i++, f.period().end());
            statement.setInt(i++, f.received());
            nullable(statement, i++, f.carriedOver());
            nullable(statement, i++, f.online());
            nullable(statement, i++, f.direct());
            statement.setInt(i++, f.resolved());
            statement.setInt(i++, f.early());
            statement.setInt(i++, f.onTime());
            statement.setInt(i++, f.late());
            statement.setInt(i++, f.pending());
            nullable(statement, i++, f.pendingInTime());
            nullable(statement, i++, f.pendingOverdue());
            statement.setTimestamp(i++, when);
            statement.setString(i, by);
            statement.addBatch();
          }
          return statement.executeBatch();
        });
  }

  /** The figures of these units for one period, by unit id. */
  @Transactional
  Map<Long, DossierFigures> read(List<Long> unitIds, Period period) {
    Map<Long, DossierFigures> found = new HashMap<>();
    if (unitIds.isEmpty()) {
      return found;
    }
    String marks = unitIds.stream().map(id -> "?").collect(Collectors.joining(","));
    return jdbc.prepareStatement(
        "SELECT unit_id, received, carried_over, received_online, received_direct, resolved,"
            + " early, on_time, late, pending, pending_in_time, pending_overdue FROM dossier_stat"
            + " WHERE period_label = ? AND unit_id IN ("
            + marks
            + ")",
        statement -> {
          statement.setString(1, period.label());
          for (int i = 0; i < unitIds.size(); i++) {
            statement.setLong(i + 2, unitIds.get(i));
          }
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              found.put(
                  rows.getLong(1),
                  new DossierFigures(
                      rows.getLong(1),
                      period,
                      rows.getInt(2),
                      rows.getObject(3, Integer.class),
                      rows.getObject(4, Integer.class),
                      rows.getObject(5, Integer.class),
                      rows.getInt(6),
                      rows.getInt(7),
                      rows.getInt(8),
                      rows.getInt(9),
                      rows.getInt(10),
                      rows.getObject(11, Integer.class),
                      rows.getObject(12, Integer.class)));
            }
          }
          return found;
        });
  }

  private static void nullable(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }
}
