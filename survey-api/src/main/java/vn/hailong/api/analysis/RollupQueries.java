package vn.hailong.api.analysis;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hailong.analysis.Tally;
import vn.hailong.api.unit.Unit;

/**
 * Reads pooled tallies from the rollups, never from raw responses: whole months from
 * monthly_rollup, the ragged edges of a range from daily_rollup, in one query per request; a
 * subtree is a prefix match on the materialised path.
 */
@Singleton
class RollupQueries {
  private static final String COUNTS = "r.n1, r.n2, r.n3, r.n4, r.n5, r.n_na";
  private static final String SUMS = "SUM(n1), SUM(n2), SUM(n3), SUM(n4), SUM(n5), SUM(n_na)";

  private final JdbcOperations jdbc;

  RollupQueries(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Tallies per question code over the territory and the inclusive date range. */
  @Transactional(readOnly = true)
  Map<String, Tally> byQuestion(Territory territory, LocalDate from, LocalDate to) {
    Map<String, Tally> tallies = new HashMap<>();
    sum(new Key("r.question_code", "r.question_code"), Where.of(territory), from, to,
        rows -> tallies.put(rows.getString(1), tally(rows, 2)));
    return tallies;
  }

  /** Tallies per calendar month and question code. */
  @Transactional(readOnly = true)
  Map<YearMonth, Map<String, Tally>> byMonth(Territory territory, LocalDate from, LocalDate to) {
    Map<YearMonth, Map<String, Tally>> months = new HashMap<>();
    sum(new Key("r.month_key, r.question_code",
            "YEAR(r.local_date) * 100 + MONTH(r.local_date), r.question_code"),
        Where.of(territory), from, to,
        rows -> {
          int key = rows.getInt(1);
          months.computeIfAbsent(YearMonth.of(key / 100, key % 100), m -> new HashMap<>())
              .put(rows.getString(2), tally(rows, 3));
        });
    return months;
  }

  /** Each unit's own tallies per question code, for every unit in the subtree of {@code top}. */
  @Transactional(readOnly = true)
  Map<Long, Map<String, Tally>> byUnit(Unit top, LocalDate from, LocalDate to) {
    Map<Long, Map<String, Tally>> units = new HashMap<>();
    sum(new Key("r.unit_id, r.question_code", "r.unit_id, r.question_code"),
        new Where(" JOIN unit u ON u.id = r.unit_id", "u.path LIKE ?", List.of(top.path() + "%")),
        from, to,
        rows -> units.computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
            .put(rows.getString(2), tally(rows, 3)));
    return units;
  }

  /** The grouping columns as read from the monthly and from the daily table. */
  private record Key(String monthly, String daily) {
    int columns() {
      return monthly.split(",").length;
    }
  }

  /** Which rollup rows belong to the territory: a join, a condition and its parameters. */
  private record Where(String join, String condition, List<Object> parameters) {
    static Where of(Territory territory) {
      List<Unit> roots = territory.roots();
      if (territory.scope() == Territory.Scope.OWN) {
        return new Where("",
            "r.unit_id IN (" + roots.stream().map(u -> "?").collect(Collectors.joining(", ")) + ")",
            roots.stream().<Object>map(Unit::id).toList());
      }
      return new Where(" JOIN unit u ON u.id = r.unit_id",
          "(" + roots.stream().map(u -> "u.path LIKE ?").collect(Collectors.joining(" OR ")) + ")",
          roots.stream().<Object>map(u -> u.path() + "%").toList());
    }
  }

  private interface RowConsumer {
    void accept(ResultSet rows) throws SQLException;
  }

  private void sum(Key key, Where where, LocalDate from, LocalDate to, RowConsumer consumer) {
    DateRangeSplit split = DateRangeSplit.of(from, to);
    List<String> parts = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    String[] aliases = new String[key.columns()];
    for (int i = 0; i < aliases.length; i++) {
      aliases[i] = "k" + i;
    }
    if (split.firstMonth() != null) {
      parts.add(select(key.monthly(), aliases, "monthly_rollup", where,
          "r.month_key BETWEEN ? AND ?"));
      parameters.add(DateRangeSplit.key(split.firstMonth()));
      parameters.add(DateRangeSplit.key(split.lastMonth()));
      parameters.addAll(where.parameters());
    }
    for (LocalDate[] days : split.dayRanges()) {
      parts.add(select(key.daily(), aliases, "daily_rollup", where,
          "r.local_date BETWEEN ? AND ?"));
      parameters.add(days[0]);
      parameters.add(days[1]);
      parameters.addAll(where.parameters());
    }
    String keys = String.join(", ", aliases);
    String sql = "SELECT " + keys + ", " + SUMS + " FROM (" + String.join(" UNION ALL ", parts)
        + ") x GROUP BY " + keys;
    jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, parameters);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              consumer.accept(rows);
            }
          }
          return null;
        });
  }

  private static String select(
      String keyColumns, String[] aliases, String table, Where where, String range) {
    String[] columns = keyColumns.split(",(?![^(]*\\))");
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < columns.length; i++) {
      keys.append(columns[i].strip()).append(" AS ").append(aliases[i]).append(", ");
    }
    return "SELECT " + keys + COUNTS + " FROM " + table + " r" + where.join() + " WHERE " + range
        + " AND " + where.condition();
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private static Tally tally(ResultSet rows, int first) throws SQLException {
    return new Tally(
        rows.getLong(first), rows.getLong(first + 1), rows.getLong(first + 2),
        rows.getLong(first + 3), rows.getLong(first + 4), rows.getLong(first + 5));
  }
}
