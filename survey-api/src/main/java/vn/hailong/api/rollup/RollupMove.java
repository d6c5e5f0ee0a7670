package vn.hailong.api.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Moves a unit's rollups dated after a day to another unit, in the caller's transaction on a plain
 * connection: a reorganisation that ends a unit carries the ratings already stored after its end to
 * its successor (docs/units.md), and runs inside the application and inside a Flyway migration. The
 * rollups stay equal to the ratings they count, per unit, day and month.
 */
public final class RollupMove {
  private RollupMove() {}

  public static void after(Connection connection, long fromUnit, long toUnit, LocalDate day)
      throws SQLException {
    RollupBatch counted = read(connection, RollupTables.DAILY, fromUnit, toUnit, day, 1);
    RollupBatch taken = read(connection, RollupTables.DAILY, fromUnit, fromUnit, day, -1);
    RollupBatch bursts = read(connection, RollupTables.BURST, fromUnit, toUnit, day, 1);
    // lock order of every writer: daily, monthly, burst; units in id order within a table
    delete(connection, RollupTables.DAILY, fromUnit, day);
    RollupWriter.upsert(connection, RollupTables.DAILY, "local_date", counted.byDay(), false);
    RollupWriter.upsert(connection, RollupTables.MONTHLY, "month_key", taken.byMonth(), true);
    RollupWriter.upsert(connection, RollupTables.MONTHLY, "month_key", counted.byMonth(), true);
    try (PreparedStatement empty =
        connection.prepareStatement(
            "DELETE FROM "
                + RollupTables.MONTHLY
                + " WHERE unit_id = ? AND n1 = 0 AND n2 = 0 AND n3 = 0 AND n4 = 0 AND n5 = 0"
                + " AND n_na = 0")) {
      empty.setLong(1, fromUnit);
      empty.executeUpdate();
    }
    delete(connection, RollupTables.BURST, fromUnit, day);
    RollupWriter.upsert(connection, RollupTables.BURST, "local_date", bursts.byDay(), false);
    if (exists(connection, RollupTables.RESPONDENT_DAILY)) {
      moveExcess(connection, fromUnit, toUnit, day);
    }
  }

  /**
   * The long-form sums go with the ratings they came from. Migration V14 runs this on a schema from
   * before V19, which has no such tables yet; V19 then builds them from the stored answers, which
   * by then are on the successor.
   */
  private static void moveExcess(Connection connection, long fromUnit, long toUnit, LocalDate day)
      throws SQLException {
    RollupBatch counted = new RollupBatch();
    RollupBatch taken = new RollupBatch();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT local_date, criterion, "
                + RollupTables.EXCESS
                + " FROM "
                + RollupTables.RESPONDENT_DAILY
                + " WHERE unit_id = ? AND local_date > ?")) {
      select.setLong(1, fromUnit);
      select.setObject(2, day);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long[] sums = new long[4];
          for (int i = 0; i < 4; i++) {
            sums[i] = rows.getLong(3 + i);
          }
          LocalDate date = rows.getObject(1, LocalDate.class);
          counted.addExcess(toUnit, date, rows.getString(2), sums);
          taken.addExcess(fromUnit, date, rows.getString(2), negated(sums));
        }
      }
    }
    delete(connection, RollupTables.RESPONDENT_DAILY, fromUnit, day);
    RollupWriter.upsertExcess(
        connection, RollupTables.RESPONDENT_DAILY, "local_date", counted.excessByDay(), false);
    RollupWriter.upsertExcess(
        connection, RollupTables.RESPONDENT_MONTHLY, "month_key", taken.excessByMonth(), true);
    RollupWriter.upsertExcess(
        connection, RollupTables.RESPONDENT_MONTHLY, "month_key", counted.excessByMonth(), true);
    try (PreparedStatement empty =
        connection.prepareStatement(
            "DELETE FROM "
                + RollupTables.RESPONDENT_MONTHLY
                + " WHERE unit_id = ? AND extra_answers = 0 AND answers_sq = 0"
                + " AND satisfied_sq = 0 AND product = 0")) {
      empty.setLong(1, fromUnit);
      empty.executeUpdate();
    }
  }

  private static long[] negated(long[] sums) {
    long[] negated = new long[sums.length];
    for (int i = 0; i < sums.length; i++) {
      negated[i] = -sums[i];
    }
    return negated;
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (ResultSet tables =
        connection.getMetaData().getTables(connection.getCatalog(), null, "%", null)) {
      while (tables.next()) {
        if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The unit's rows after {@code day}, as increments of {@code asUnit} times {@code sign}. */
  private static RollupBatch read(
      Connection connection, String table, long unit, long asUnit, LocalDate day, int sign)
      throws SQLException {
    RollupBatch batch = new RollupBatch();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT local_date, question_code, "
                + RollupTables.COUNTS
                + " FROM "
                + table
                + " WHERE unit_id = ? AND local_date > ?")) {
      select.setLong(1, unit);
      select.setObject(2, day);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          int[] n = new int[6];
          for (int i = 0; i < 6; i++) {
            n[i] = sign * rows.getInt(3 + i);
          }
          batch.add(asUnit, rows.getObject(1, LocalDate.class), rows.getString(2), n);
        }
      }
    }
    return batch;
  }

  private static void delete(Connection connection, String table, long unit, LocalDate day)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM " + table + " WHERE unit_id = ? AND local_date > ?")) {
      delete.setLong(1, unit);
      delete.setObject(2, day);
      delete.executeUpdate();
    }
  }
}
