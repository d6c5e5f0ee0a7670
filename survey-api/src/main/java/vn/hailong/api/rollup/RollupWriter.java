package vn.hailong.api.rollup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Adds rollup increments in the caller's transaction, so that a rating and its rollups are stored
 * together or not at all. Rows are written in one fixed order, tables too (daily, monthly, burst):
 * two writers, on any node, lock rollup rows in the same order and never deadlock.
 */
@Singleton
public class RollupWriter {
  // VALUES() reads the would-be-inserted counts (MySQL, MariaDB, H2 in MySQL mode).
  private static final String UPSERT =
      "INSERT INTO %s (unit_id, %s, question_code, "
          + RollupTables.COUNTS
          + ")"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
          + " n1 = n1 + VALUES(n1), n2 = n2 + VALUES(n2), n3 = n3 + VALUES(n3),"
          + " n4 = n4 + VALUES(n4), n5 = n5 + VALUES(n5), n_na = n_na + VALUES(n_na)";

  private static final String UPSERT_EXCESS =
      "INSERT INTO %s (unit_id, %s, criterion, "
          + RollupTables.EXCESS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
          + " extra_answers = extra_answers + VALUES(extra_answers),"
          + " answers_sq = answers_sq + VALUES(answers_sq),"
          + " satisfied_sq = satisfied_sq + VALUES(satisfied_sq),"
          + " product = product + VALUES(product)";

  private final JdbcOperations jdbc;

  RollupWriter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds counted ratings to the daily and monthly rollups and burst ratings to the burst rollup.
   *
   * @throws SQLException as the driver reports it, for the caller to classify
   */
  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  public void add(RollupBatch counted, RollupBatch bursts) throws SQLException {
    Connection connection = jdbc.getConnection();
    upsert(connection, RollupTables.DAILY, "local_date", counted.byDay(), false);
    upsert(connection, RollupTables.MONTHLY, "month_key", counted.byMonth(), true);
    upsert(connection, RollupTables.BURST, "local_date", bursts.byDay(), false);
    // Long-form respondents only: a batch of kiosk ratings writes nothing more here.
    upsertExcess(
        connection, RollupTables.RESPONDENT_DAILY, "local_date", counted.excessByDay(), false);
    upsertExcess(
        connection, RollupTables.RESPONDENT_MONTHLY, "month_key", counted.excessByMonth(), true);
  }

  static void upsertExcess(
      Connection connection,
      String table,
      String periodColumn,
      Map<RollupBatch.Key, long[]> rows,
      boolean monthly)
      throws SQLException {
    upsertRows(
        connection,
        UPSERT_EXCESS.formatted(table, periodColumn),
        rows,
        monthly,
        (statement, sums) -> {
          for (int i = 0; i < 4; i++) {
            statement.setLong(4 + i, sums[i]);
          }
        });
  }

  /** Whether nothing was ever rolled up (a fresh database, for the demo data). */
  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return jdbc.prepareStatement(
        "SELECT 1 FROM " + RollupTables.DAILY + " LIMIT 1",
        statement -> {
          try (var rows = statement.executeQuery()) {
            return !rows.next();
          }
        });
  }

  static void upsert(
      Connection connection,
      String table,
      String periodColumn,
      Map<RollupBatch.Key, int[]> rows,
      boolean monthly)
      throws SQLException {
    upsertRows(
        connection,
        UPSERT.formatted(table, periodColumn),
        rows,
        monthly,
        (statement, counts) -> {
          for (int i = 0; i < 6; i++) {
            statement.setInt(4 + i, counts[i]);
          }
        });
  }

  /** Binds a row's increments from the fourth parameter on. */
  private interface Increments<V> {
    void bind(PreparedStatement statement, V values) throws SQLException;
  }

  /** One batched upsert of rows keyed by unit, day (or its month) and question or criterion. */
  private static <V> void upsertRows(
      Connection connection,
      String sql,
      Map<RollupBatch.Key, V> rows,
      boolean monthly,
      Increments<V> increments)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(sql)) {
      for (Map.Entry<RollupBatch.Key, V> row : rows.entrySet()) {
        RollupBatch.Key key = row.getKey();
        upsert.setLong(1, key.unitId());
        if (monthly) {
          upsert.setInt(2, MonthKey.of(key.day()));
        } else {
          upsert.setObject(2, key.day());
        }
        upsert.setString(3, key.question());
        increments.bind(upsert, row.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }
}
