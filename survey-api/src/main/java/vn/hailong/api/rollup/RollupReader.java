package vn.hailong.api.rollup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.RespondentSums;
import vn.hailong.analysis.Tally;

/**
 * Reads pooled tallies from the rollups, never from raw responses: whole months from
 * monthly_rollup, the ragged edges of a range from daily_rollup, in one query per request. The
 * caller says which units to pool (the unit tree is in memory); a unit filter is a list of ids, so
 * the query never joins the unit table.
 */
@Singleton
public class RollupReader {
  private static final String SUMS = "SUM(n1), SUM(n2), SUM(n3), SUM(n4), SUM(n5), SUM(n_na)";

  /** What a range query sums: the tallies, or the long-form respondents' excess (V19). */
  private record Source(String monthly, String daily, String columns, String sums) {}

  private static final Source TALLIES =
      new Source(RollupTables.MONTHLY, RollupTables.DAILY, RollupTables.COUNTS, SUMS);

  private static final Source EXCESS =
      new Source(
          RollupTables.RESPONDENT_MONTHLY,
          RollupTables.RESPONDENT_DAILY,
          RollupTables.EXCESS,
          "SUM(extra_answers), SUM(answers_sq), SUM(satisfied_sq), SUM(product)");

  private final JdbcOperations jdbc;

  RollupReader(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Tallies per question code, pooled over the units and the inclusive date range. */
  @Transactional(readOnly = true)
  public Map<String, Tally> byQuestion(Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<String, Tally> tallies = new HashMap<>();
    sum(
        new Key("question_code", "question_code"),
        unitIds,
        from,
        to,
        rows -> tallies.put(rows.getString(1), tally(rows, 2)));
    return tallies;
  }

  /** Tallies per calendar month and question code, pooled over the units. */
  @Transactional(readOnly = true)
  public Map<YearMonth, Map<String, Tally>> byMonth(
      Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<YearMonth, Map<String, Tally>> months = new HashMap<>();
    sum(
        new Key("month_key, question_code", MonthKey.sql("local_date") + ", question_code"),
        unitIds,
        from,
        to,
        rows ->
            months
                .computeIfAbsent(MonthKey.month(rows.getInt(1)), m -> new HashMap<>())
                .put(rows.getString(2), tally(rows, 3)));
    return months;
  }

  /** Each unit's own tallies per question code. */
  @Transactional(readOnly = true)
  public Map<Long, Map<String, Tally>> byUnit(
      Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<Long, Map<String, Tally>> units = new HashMap<>();
    sum(
        new Key("unit_id, question_code", "unit_id, question_code"),
        unitIds,
        from,
        to,
        rows ->
            units
                .computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
                .put(rows.getString(2), tally(rows, 3)));
    return units;
  }

  /**
   * Each unit's own tallies per calendar month and question code: for the few units a trend shows
   * apart (PARTIAL predecessors), not for a whole territory.
   */
  @Transactional(readOnly = true)
  public Map<Long, Map<YearMonth, Map<String, Tally>>> byUnitAndMonth(
      Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<Long, Map<YearMonth, Map<String, Tally>>> units = new HashMap<>();
    sum(
        new Key(
            "unit_id, month_key, question_code",
            "unit_id, " + MonthKey.sql("local_date") + ", question_code"),
        unitIds,
        from,
        to,
        rows ->
            units
                .computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
                .computeIfAbsent(MonthKey.month(rows.getInt(2)), m -> new HashMap<>())
                .put(rows.getString(3), tally(rows, 4)));
    return units;
  }

  /**
   * What long-form respondents add per criterion beyond one answer each, pooled over the units and
   * the range ({@link RespondentSums#of(Tally, RespondentSums.Excess)} with the criterion's tally);
   * criteria without long-form answers are absent.
   */
  @Transactional(readOnly = true)
  public Map<Criterion, RespondentSums.Excess> excessByCriterion(
      Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<Criterion, RespondentSums.Excess> excess = new EnumMap<>(Criterion.class);
    sum(
        new Key("criterion", "criterion"),
        EXCESS,
        unitIds,
        from,
        to,
        rows -> excess.put(Criterion.valueOf(rows.getString(1)), excess(rows, 2)));
    return excess;
  }

  /** Long-form excess per calendar month and criterion, pooled over the units: for trends. */
  @Transactional(readOnly = true)
  public Map<YearMonth, Map<Criterion, RespondentSums.Excess>> excessByMonth(
      Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<YearMonth, Map<Criterion, RespondentSums.Excess>> months = new HashMap<>();
    sum(
        new Key("month_key, criterion", MonthKey.sql("local_date") + ", criterion"),
        EXCESS,
        unitIds,
        from,
        to,
        rows ->
            months
                .computeIfAbsent(
                    MonthKey.month(rows.getInt(1)), m -> new EnumMap<>(Criterion.class))
                .put(Criterion.valueOf(rows.getString(2)), excess(rows, 3)));
    return months;
  }

  /** Each unit's own long-form excess per criterion. */
  @Transactional(readOnly = true)
  public Map<Long, Map<Criterion, RespondentSums.Excess>> excessByUnit(
      Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<Long, Map<Criterion, RespondentSums.Excess>> units = new HashMap<>();
    sum(
        new Key("unit_id, criterion", "unit_id, criterion"),
        EXCESS,
        unitIds,
        from,
        to,
        rows ->
            units
                .computeIfAbsent(rows.getLong(1), id -> new EnumMap<>(Criterion.class))
                .put(Criterion.valueOf(rows.getString(2)), excess(rows, 3)));
    return units;
  }

  /**
   * Each unit's own tallies per local day and question code, and its long-form excess per day and
   * criterion, from the daily tables only: for weekly charts, whose weeks do not fall on months.
   */
  @Transactional(readOnly = true)
  public Daily daily(Collection<Long> unitIds, LocalDate from, LocalDate to) {
    Map<Long, Map<LocalDate, Map<String, Tally>>> tallies = new HashMap<>();
    Map<Long, Map<LocalDate, Map<Criterion, RespondentSums.Excess>>> excess = new HashMap<>();
    if (unitIds.isEmpty()) {
      return new Daily(tallies, excess);
    }
    String units =
        "unit_id IN (" + String.join(", ", Collections.nCopies(unitIds.size(), "?")) + ")";
    List<Object> parameters = new ArrayList<>();
    parameters.add(from);
    parameters.add(to);
    parameters.addAll(unitIds);
    query(
        "SELECT unit_id, local_date, question_code, "
            + RollupTables.COUNTS
            + " FROM "
            + RollupTables.DAILY
            + " WHERE local_date BETWEEN ? AND ? AND "
            + units,
        parameters,
        rows ->
            tallies
                .computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
                .computeIfAbsent(rows.getObject(2, LocalDate.class), d -> new HashMap<>())
                .put(rows.getString(3), tally(rows, 4)));
    query(
        "SELECT unit_id, local_date, criterion, "
            + RollupTables.EXCESS
            + " FROM "
            + RollupTables.RESPONDENT_DAILY
            + " WHERE local_date BETWEEN ? AND ? AND "
            + units,
        parameters,
        rows ->
            excess
                .computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
                .computeIfAbsent(
                    rows.getObject(2, LocalDate.class), d -> new EnumMap<>(Criterion.class))
                .put(Criterion.valueOf(rows.getString(3)), excess(rows, 4)));
    return new Daily(tallies, excess);
  }

  /**
   * Daily tallies (unit → day → question → tally) and long-form excess (unit → day → criterion).
   */
  public record Daily(
      Map<Long, Map<LocalDate, Map<String, Tally>>> tallies,
      Map<Long, Map<LocalDate, Map<Criterion, RespondentSums.Excess>>> excess) {}

  private void query(String sql, List<Object> parameters, RowConsumer consumer) {
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

  private static RespondentSums.Excess excess(ResultSet rows, int first) throws SQLException {
    return new RespondentSums.Excess(
        rows.getLong(first),
        rows.getLong(first + 1),
        rows.getLong(first + 2),
        rows.getLong(first + 3));
  }

  /** The grouping columns as read from the monthly and from the daily table. */
  private record Key(String monthly, String daily) {
    int columns() {
      return monthly.split(",").length;
    }
  }

  private interface RowConsumer {
    void accept(ResultSet rows) throws SQLException;
  }

  private void sum(
      Key key, Collection<Long> unitIds, LocalDate from, LocalDate to, RowConsumer consumer) {
    sum(key, TALLIES, unitIds, from, to, consumer);
  }

  private void sum(
      Key key,
      Source source,
      Collection<Long> unitIds,
      LocalDate from,
      LocalDate to,
      RowConsumer consumer) {
    if (unitIds.isEmpty()) {
      return;
    }
    DateRangeSplit split = DateRangeSplit.of(from, to);
    String units =
        "unit_id IN (" + String.join(", ", Collections.nCopies(unitIds.size(), "?")) + ")";
    List<String> parts = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    String[] aliases = new String[key.columns()];
    for (int i = 0; i < aliases.length; i++) {
      aliases[i] = "k" + i;
    }
    if (split.firstMonth() != null) {
      parts.add(
          select(
              key.monthly(),
              aliases,
              source.monthly(),
              source.columns(),
              "month_key BETWEEN ? AND ?",
              units));
      parameters.add(MonthKey.of(split.firstMonth()));
      parameters.add(MonthKey.of(split.lastMonth()));
      parameters.addAll(unitIds);
    }
    for (LocalDate[] days : split.dayRanges()) {
      parts.add(
          select(
              key.daily(),
              aliases,
              source.daily(),
              source.columns(),
              "local_date BETWEEN ? AND ?",
              units));
      parameters.add(days[0]);
      parameters.add(days[1]);
      parameters.addAll(unitIds);
    }
    String keys = String.join(", ", aliases);
    String sql =
        "SELECT "
            + keys
            + ", "
            + source.sums()
            + " FROM ("
            + String.join(" UNION ALL ", parts)
            + ") x GROUP BY "
            + keys;
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
      String keyColumns,
      String[] aliases,
      String table,
      String counts,
      String range,
      String units) {
    String[] columns = keyColumns.split(",(?![^(]*\\))");
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < columns.length; i++) {
      keys.append(columns[i].strip()).append(" AS ").append(aliases[i]).append(", ");
    }
    return "SELECT " + keys + counts + " FROM " + table + " WHERE " + range + " AND " + units;
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private static Tally tally(ResultSet rows, int first) throws SQLException {
    return new Tally(
        rows.getLong(first),
        rows.getLong(first + 1),
        rows.getLong(first + 2),
        rows.getLong(first + 3),
        rows.getLong(first + 4),
        rows.getLong(first + 5));
  }
}
