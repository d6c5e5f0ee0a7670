package vn.hailong.api.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The accounts bound to a unit, on a plain connection: what a reorganisation's dry run lists as
 * affected when it ends the unit. The account package owns the account table.
 */
public final class AccountsOfUnit {
  private AccountsOfUnit() {}

  /** An account's username and role. */
  public record Entry(String username, String role) {}

  public static List<Entry> list(Connection connection, long unitId) throws SQLException {
    List<Entry> accounts = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT username, role FROM account WHERE unit_id = ? AND disabled_at IS NULL"
                + " ORDER BY username")) {
      select.setLong(1, unitId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          accounts.add(new Entry(rows.getString(1), rows.getString(2)));
        }
      }
    }
    return accounts;
  }
}
