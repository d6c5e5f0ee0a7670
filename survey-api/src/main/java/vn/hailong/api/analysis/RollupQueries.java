package vn.hailong.api.analysis;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hailong.analysis.Tally;
import vn.hailong.api.unit.Unit;

/**
 * Reads pooled tallies from the daily rollups, never from raw responses: one query per request,
 * a subtree being a prefix match on the materialised path.
 */
@Singleton
class RollupQueries {
  private static final String COUNTS =
      "SUM(r.n1), SUM(r.n2), SUM(r.n3), SUM(r.n4), SUM(r.n5), SUM(r.n_na)";

  private final JdbcOperations jdbc;

  RollupQueries(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Tallies per question code over the territory and the inclusive date range. */
  @Transactional(readOnly = true)
  Map<String, Tally> byQuestion(Territory territory, LocalDate from, LocalDate to) {
    String sql =
        "SELECT r.question_code, " + COUNTS + " FROM daily_rollup r" + join(territory)
            + " WHERE r.local_date BETWEEN ? AND ? AND " + where(territory)
            + " GROUP BY r.question_code";
    return jdbc.prepareStatement(
        sql,
        statement -> {
          int next = bind(statement, 1, from, to);
          bindTerritory(statement, next, territory);
          Map<String, Tally> tallies = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              tallies.put(rows.getString(1), tally(rows, 2));
            }
          }
          return tallies;
        });
  }

  /** Tallies per calendar month and question code. */
  @Transactional(readOnly = true)
  Map<YearMonth, Map<String, Tally>> byMonth(Territory territory, LocalDate from, LocalDate to) {
    String sql =
        "SELECT YEAR(r.local_date), MONTH(r.local_date), r.question_code, " + COUNTS
            + " FROM daily_rollup r" + join(territory)
            + " WHERE r.local_date BETWEEN ? AND ? AND " + where(territory)
            + " GROUP BY YEAR(r.local_date), MONTH(r.local_date), r.question_code";
    return jdbc.prepareStatement(
        sql,
        statement -> {
          int next = bind(statement, 1, from, to);
          bindTerritory(statement, next, territory);
          Map<YearMonth, Map<String, Tally>> months = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              months
                  .computeIfAbsent(YearMonth.of(rows.getInt(1), rows.getInt(2)), m -> new HashMap<>())
                  .put(rows.getString(3), tally(rows, 4));
            }
          }
          return months;
        });
  }

  /** Each unit's own tallies per question code, for every unit under the path prefix. */
  @Transactional(readOnly = true)
  Map<Long, Map<String, Tally>> byUnit(Unit top, LocalDate from, LocalDate to) {
    String sql =
        "SELECT r.unit_id, r.question_code, " + COUNTS
            + " FROM daily_rollup r JOIN unit u ON u.id = r.unit_id"
            + " WHERE r.local_date BETWEEN ? AND ? AND u.path LIKE ?"
            + " GROUP BY r.unit_id, r.question_code";
    return jdbc.prepareStatement(
        sql,
        statement -> {
          int next = bind(statement, 1, from, to);
          statement.setString(next, top.path() + "%");
          Map<Long, Map<String, Tally>> units = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              units.computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
                  .put(rows.getString(2), tally(rows, 3));
            }
          }
          return units;
        });
  }

  private static String join(Territory territory) {
    return territory.scope() == Territory.Scope.SUBTREE ? " JOIN unit u ON u.id = r.unit_id" : "";
  }

  private static String where(Territory territory) {
    List<Unit> roots = territory.roots();
    if (territory.scope() == Territory.Scope.OWN) {
      return "r.unit_id IN (" + roots.stream().map(u -> "?").collect(Collectors.joining(", ")) + ")";
    }
    return "(" + roots.stream().map(u -> "u.path LIKE ?").collect(Collectors.joining(" OR ")) + ")";
  }

  private static void bindTerritory(PreparedStatement statement, int first, Territory territory)
      throws SQLException {
    int index = first;
    for (Unit root : territory.roots()) {
      if (territory.scope() == Territory.Scope.OWN) {
        statement.setLong(index++, root.id());
      } else {
        statement.setString(index++, root.path() + "%");
      }
    }
  }

  private static int bind(PreparedStatement statement, int first, LocalDate from, LocalDate to)
      throws SQLException {
    statement.setObject(first, from);
    statement.setObject(first + 1, to);
    return first + 2;
  }

  private static Tally tally(ResultSet rows, int first) throws SQLException {
    return new Tally(
        rows.getLong(first), rows.getLong(first + 1), rows.getLong(first + 2),
        rows.getLong(first + 3), rows.getLong(first + 4), rows.getLong(first + 5));
  }
}
