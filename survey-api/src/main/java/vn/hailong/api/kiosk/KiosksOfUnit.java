package vn.hailong.api.kiosk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The kiosks registered to a unit, on a plain connection: what a reorganisation's dry run lists as
 * affected when it ends the unit. The kiosk package owns the kiosk table.
 */
public final class KiosksOfUnit {
  private KiosksOfUnit() {}

  /** A kiosk's code and whether it is revoked. */
  public record Entry(String code, boolean revoked) {}

  public static List<Entry> list(Connection connection, long unitId) throws SQLException {
    List<Entry> kiosks = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT code, revoked_at FROM kiosk WHERE unit_id = ? ORDER BY code")) {
      select.setLong(1, unitId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          kiosks.add(new Entry(rows.getString(1), rows.getObject(2) != null));
        }
      }
    }
    return kiosks;
  }
}
