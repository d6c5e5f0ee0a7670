package vn.hailong.api.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migrations are history: a deployment that ran them up to a version, with ratings stored, moves to
 * the latest without losing or changing any. Runs on H2, and on MariaDB in the MariaDB pass.
 */
class MigrationUpgradeTest {
  private static final String H2 =
      "jdbc:h2:mem:upgrade;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

  /** Its own database next to the tests' one, so that other test classes are not disturbed. */
  private static String url() {
    String mariadb = System.getProperty("hailong.test.jdbc-url");
    // whatever the tests' database is called (hailong_test, or a developer's own): never clean it
    return mariadb == null ? H2 : mariadb.replaceFirst("/(\\w+)\\?", "/$1_upgrade?");
  }

  private static String user() {
    return System.getProperty("hailong.test.jdbc-user", "sa");
  }

  private static String password() {
    return System.getProperty("hailong.test.jdbc-password", "");
  }

  private static Flyway flyway(String target) {
    return Flyway.configure()
        .dataSource(url(), user(), password())
        .locations("classpath:db/migration")
        .cleanDisabled(false)
        .target(target)
        .load();
  }

  @Test
  void aRatingStoredBeforeV9IsKeptAndNotFlagged() throws SQLException {
    flyway("8").clean();
    flyway("8").migrate();
    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at,"
                  + " content_hash, burst) SELECT '7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a01', id, 'WEB',"
                  + " '2025-08-01 02:00:00', '2025-08-01', '2025-08-01 02:00:01', 'h', FALSE"
                  + " FROM unit WHERE code = 'khanh-hoa.p-bac-nha-trang'");
    }

    flyway("latest").migrate();

    try (Connection c = DriverManager.getConnection(url(), user(), password());
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*), SUM(CASE WHEN time_corrected THEN 1 ELSE 0 END),"
                        + " MIN(local_date) FROM response")) {
      rows.next();
      assertEquals(1, rows.getLong(1));
      assertEquals(0, rows.getLong(2));
      assertEquals("2025-08-01", rows.getString(3));
    }
  }

  @Test
  void ratingsStoredBeforeV10AndV11AreKeptWithTheirTypistAndRunStartUnknown() throws SQLException {
    flyway("9").clean();
    flyway("9").migrate();
    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at,"
                  + " content_hash, burst, time_corrected) SELECT"
                  + " '7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a02', id, 'PAPER', '2025-08-01 02:00:00',"
                  + " '2025-08-01', '2025-08-04 03:00:00', 'h', FALSE, FALSE"
                  + " FROM unit WHERE code = 'khanh-hoa.x-dien-khanh'");
      c.createStatement()
          .executeUpdate(
              "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at,"
                  + " kiosk_id, content_hash, burst, time_corrected) SELECT"
                  + " '7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a04', id, 'KIOSK', '2025-08-01 02:10:00',"
                  + " '2025-08-01', '2025-08-01 02:10:01', 42, 'h', FALSE, FALSE"
                  + " FROM unit WHERE code = 'khanh-hoa.x-dien-khanh'");
    }

    flyway("latest").migrate();

    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      try (ResultSet rows =
          c.createStatement()
              .executeQuery(
                  "SELECT COUNT(*), MAX(channel), MAX(received_at), COUNT(entered_by) FROM response"
                      + " WHERE channel = 'PAPER'")) {
        rows.next();
        assertEquals(1, rows.getLong(1));
        assertEquals("PAPER", rows.getString(2));
        assertEquals(
            "2025-08-04T03:00", rows.getObject(3, java.time.LocalDateTime.class).toString());
        assertEquals(0, rows.getLong(4)); // unknown, not invented
      }
      // V11: the kiosk rating is kept, unflagged, its run start unknown (the guard reads it as
      // the start of its own run)
      try (ResultSet rows =
          c.createStatement()
              .executeQuery(
                  "SELECT COUNT(*), COUNT(run_start), SUM(CASE WHEN burst THEN 1 ELSE 0 END)"
                      + " FROM response WHERE channel = 'KIOSK'")) {
        rows.next();
        assertEquals(1, rows.getLong(1));
        assertEquals(0, rows.getLong(2));
        assertEquals(0, rows.getLong(3));
      }
      // a form typed in after the upgrade carries its typist
      c.createStatement()
          .executeUpdate(
              "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at,"
                  + " content_hash, entered_by) SELECT '7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a03', id,"
                  + " 'PAPER', '2025-08-02 02:00:00', '2025-08-02', '2025-08-04 03:05:00', 'h',"
                  + " 'van-thu-dien-khanh' FROM unit WHERE code = 'khanh-hoa.x-dien-khanh'");
      try (ResultSet rows =
          c.createStatement()
              .executeQuery("SELECT entered_by FROM response WHERE entered_by IS NOT NULL")) {
        rows.next();
        assertEquals("van-thu-dien-khanh", rows.getString(1));
      }
    }
  }

  @Test
  void accountsAndKiosksStoredBeforeV12StayActiveAndTheirTokensHold() throws SQLException {
    flyway("11").clean();
    flyway("11").migrate();
    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO account (username, password_hash, role, unit_id, created_at)"
                  + " SELECT 'can-bo.bac-nha-trang', '{sha256+bcrypt}x', 'OFFICER', id,"
                  + " '2026-01-05 01:00:00' FROM unit WHERE code = 'khanh-hoa.p-bac-nha-trang'");
      c.createStatement()
          .executeUpdate(
              "INSERT INTO kiosk (code, unit_id, token_hash, created_at, created_by)"
                  + " SELECT 'bnt-quay-1', id, '"
                  + "a".repeat(64)
                  + "', '2026-01-05 01:00:00', 'admin'"
                  + " FROM unit WHERE code = 'khanh-hoa.p-bac-nha-trang'");
    }

    flyway("latest").migrate();

    try (Connection c = DriverManager.getConnection(url(), user(), password());
        ResultSet account =
            c.createStatement()
                .executeQuery(
                    "SELECT username, disabled_at, token_version, created_at FROM account");
        ResultSet kiosk =
            c.createStatement().executeQuery("SELECT code, revoked_at, token_hash FROM kiosk")) {
      account.next();
      assertEquals("can-bo.bac-nha-trang", account.getString(1));
      assertEquals(null, account.getObject(2), "not disabled");
      // tokens issued before V12 carry no version and count as 0: they keep working
      assertEquals(0, account.getInt(3));
      assertEquals("2026-01-05", account.getString(4).substring(0, 10));
      kiosk.next();
      assertEquals("bnt-quay-1", kiosk.getString(1));
      assertEquals(null, kiosk.getObject(2), "not revoked");
      assertEquals("a".repeat(64), kiosk.getString(3));
    }
  }

  /**
   * V15 adds the complaints' table to a database with ratings in it (the previous schema is V12 on
   * this branch): the ratings stay, and a complaint of a unit stored by then can be written.
   */
  @Test
  void ratingsStoredBeforeV15StayAndComplaintsCanBeStored() throws SQLException {
    flyway("12").clean();
    flyway("12").migrate();
    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO response (id, unit_id, channel, submitted_at, local_date, received_at,"
                  + " content_hash, burst) SELECT '7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a15', id, 'WEB',"
                  + " '2025-09-01 02:00:00', '2025-09-01', '2025-09-01 02:00:01', 'h', FALSE"
                  + " FROM unit WHERE code = 'khanh-hoa.p-bac-nha-trang'");
    }

    flyway("latest").migrate();

    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO feedback (id, unit_id, channel, question, received_at, local_date,"
                  + " due_date) SELECT '7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a16', id, 'WEB',"
                  + " 'Phản ánh thử sau khi nâng cấp.', '2025-09-03 02:00:00.123', '2025-09-03',"
                  + " '2025-09-17' FROM unit WHERE code = 'khanh-hoa.p-bac-nha-trang'");
      try (ResultSet rows =
          c.createStatement()
              .executeQuery(
                  "SELECT (SELECT COUNT(*) FROM response), f.question, f.received_at"
                      + " FROM feedback f")) {
        rows.next();
        assertEquals(1, rows.getInt(1), "the rating is kept");
        assertEquals("Phản ánh thử sau khi nâng cấp.", rows.getString(2), "utf8mb4 text");
        assertEquals(
            "2025-09-03T02:00:00.123",
            rows.getObject(3, java.time.LocalDateTime.class).toString(),
            "milliseconds kept");
      }
    }
  }
}
