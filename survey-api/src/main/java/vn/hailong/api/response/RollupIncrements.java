package vn.hailong.api.response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rollup increments of a group of ratings, summed per (unit, local day, question) so that each
 * rollup row is upserted once per group. Rows are written in that sorted order: every writer, on
 * every node, locks rollup rows in one fixed order, so two writers never deadlock.
 */
final class RollupIncrements {
  // VALUES() reads the would-be-inserted counts (MySQL, MariaDB, H2 in MySQL mode).
  private static final String UPSERT =
      "INSERT INTO %s (unit_id, %s, question_code, n1, n2, n3, n4, n5, n_na)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
          + " n1 = n1 + VALUES(n1), n2 = n2 + VALUES(n2), n3 = n3 + VALUES(n3),"
          + " n4 = n4 + VALUES(n4), n5 = n5 + VALUES(n5), n_na = n_na + VALUES(n_na)";

  private record Key(long unitId, LocalDate day, String question) {}

  private static final Comparator<Key> LOCK_ORDER =
      Comparator.comparingLong(Key::unitId).thenComparing(Key::day).thenComparing(Key::question);

  /** Counts n1..n5 at index 0..4, not applicable at index 5. */
  private final Map<Key, int[]> counts = new TreeMap<>(LOCK_ORDER);

  void add(Submission submission) {
    submission
        .answers()
        .forEach(
            (question, rating) -> {
              var key = new Key(submission.unit().id(), submission.localDate(), question);
              counts.computeIfAbsent(key, k -> new int[6])[rating == null ? 5 : rating - 1]++;
            });
  }

  /** Adds the increments to {@code table} (daily_rollup or daily_rollup_burst) in lock order. */
  void writeTo(Connection connection, String table) throws SQLException {
    upsert(connection, UPSERT.formatted(table, "local_date"), counts, false);
  }

  /**
   * Adds the increments to monthly_rollup (month_key = year * 100 + month), summed per month; the
   * sorted days make the months come out in lock order as well.
   */
  void writeMonthlyTo(Connection connection) throws SQLException {
    Map<Key, int[]> months = new TreeMap<>(LOCK_ORDER);
    counts.forEach(
        (key, increments) -> {
          var month = new Key(key.unitId(), key.day().withDayOfMonth(1), key.question());
          int[] sum = months.computeIfAbsent(month, k -> new int[6]);
          for (int i = 0; i < 6; i++) {
            sum[i] += increments[i];
          }
        });
    upsert(connection, UPSERT.formatted("monthly_rollup", "month_key"), months, true);
  }

  private static void upsert(
      Connection connection, String sql, Map<Key, int[]> rows, boolean monthKey)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(sql)) {
      for (Map.Entry<Key, int[]> row : rows.entrySet()) {
        Key key = row.getKey();
        upsert.setLong(1, key.unitId());
        if (monthKey) {
          upsert.setInt(2, key.day().getYear() * 100 + key.day().getMonthValue());
        } else {
          upsert.setObject(2, key.day());
        }
        upsert.setString(3, key.question());
        for (int i = 0; i < 6; i++) {
          upsert.setInt(4 + i, row.getValue()[i]);
        }
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }
}
