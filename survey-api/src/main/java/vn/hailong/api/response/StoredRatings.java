package vn.hailong.api.response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored ratings of a unit as a reorganisation sees them, on a plain connection in the caller's
 * transaction (the engine also runs inside a Flyway migration). The response package owns the
 * response table.
 */
public final class StoredRatings {
  private StoredRatings() {}

  /** How many ratings the unit holds per local day after {@code day}. */
  public static TreeMap<LocalDate, Integer> perDayAfter(
      Connection connection, long unitId, LocalDate day) throws SQLException {
    TreeMap<LocalDate, Integer> days = new TreeMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT local_date, COUNT(*) FROM response WHERE unit_id = ? AND local_date > ?"
                + " GROUP BY local_date")) {
      select.setLong(1, unitId);
      select.setObject(2, day);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          days.put(rows.getObject(1, LocalDate.class), rows.getInt(2));
        }
      }
    }
    return days;
  }

  /**
   * Moves the unit's ratings dated after {@code day} to another unit.
   *
   * @return how many moved
   */
  public static int moveAfter(Connection connection, long fromUnit, long toUnit, LocalDate day)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE response SET unit_id = ? WHERE unit_id = ? AND local_date > ?")) {
      update.setLong(1, toUnit);
      update.setLong(2, fromUnit);
      update.setObject(3, day);
      return update.executeUpdate();
    }
  }

  /** Adds {@code more} into {@code days}, day by day. */
  public static void addInto(Map<LocalDate, Integer> days, Map<LocalDate, Integer> more) {
    more.forEach((d, n) -> days.merge(d, n, Integer::sum));
  }
}
