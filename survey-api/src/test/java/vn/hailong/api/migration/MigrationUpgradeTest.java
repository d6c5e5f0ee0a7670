package vn.hailong.api.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migrations are history: a deployment that ran them up to a version, with ratings stored, moves to
 * the latest without losing or changing any. Runs on H2, and on MariaDB in the MariaDB pass.
 */
class MigrationUpgradeTest {
  private static final String H2 =
      "jdbc:h2:mem:upgrade;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

  /** A rating's columns from V9 (time_corrected) on. */
  private static final String RATING_COLUMNS =
      "id, unit_id, channel, submitted_at, local_date, received_at, content_hash, burst,"
          + " time_corrected";

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
      insertForUnit(
          c,
          "response",
          "id, unit_id, channel, submitted_at, local_date, received_at, content_hash, burst",
          "'7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a01', id, 'WEB', '2025-08-01 02:00:00', '2025-08-01',"
              + " '2025-08-01 02:00:01', 'h', FALSE",
          "khanh-hoa.p-bac-nha-trang");
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
      insertForUnit(
          c,
          "response",
          RATING_COLUMNS,
          "'7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a02', id, 'PAPER', '2025-08-01 02:00:00',"
              + " '2025-08-01', '2025-08-04 03:00:00', 'h', FALSE, FALSE",
          "khanh-hoa.x-dien-khanh");
      insertForUnit(
          c,
          "response",
          "id, unit_id, channel, submitted_at, local_date, received_at, kiosk_id, content_hash,"
              + " burst, time_corrected",
          "'7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a04', id, 'KIOSK', '2025-08-01 02:10:00',"
              + " '2025-08-01', '2025-08-01 02:10:01', 42, 'h', FALSE, FALSE",
          "khanh-hoa.x-dien-khanh");
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
      insertForUnit(
          c,
          "response",
          "id, unit_id, channel, submitted_at, local_date, received_at, content_hash, entered_by",
          "'7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a03', id, 'PAPER', '2025-08-02 02:00:00',"
              + " '2025-08-02', '2025-08-04 03:05:00', 'h', 'van-thu-dien-khanh'",
          "khanh-hoa.x-dien-khanh");
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
      insertForUnit(
          c,
          "account",
          "username, password_hash, role, unit_id, created_at",
          "'can-bo.bac-nha-trang', '{sha256+bcrypt}x', 'OFFICER', id, '2026-01-05 01:00:00'",
          "khanh-hoa.p-bac-nha-trang");
      insertForUnit(
          c,
          "kiosk",
          "code, unit_id, token_hash, created_at, created_by",
          "'bnt-quay-1', id, '" + "a".repeat(64) + "', '2026-01-05 01:00:00', 'admin'",
          "khanh-hoa.p-bac-nha-trang");
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
   * V19 (respondents, not answers) rebuilds the long-form excess of the ratings stored before it:
   * one long form (PROCEDURES 5, PROCEDURES.1 4, PROCEDURES.2 2, PROCEDURES.3 N/A: m = 3, y = 2)
   * and one headline-only rating, which adds nothing.
   */
  @Test
  void longFormRatingsStoredBeforeV19GetTheirRespondentSums() throws SQLException {
    flyway("12").clean();
    flyway("12").migrate();
    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      for (String id :
          new String[] {
            "7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a19", "7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a20"
          }) {
        insertForUnit(
            c,
            "response",
            RATING_COLUMNS,
            "'"
                + id
                + "', id, 'WEB', '2025-08-01 02:00:00', '2025-08-01', '2025-08-01 02:00:01',"
                + " 'h', FALSE, FALSE",
            "khanh-hoa.p-bac-nha-trang");
      }
      c.createStatement()
          .executeUpdate(
              "INSERT INTO response_answer (response_id, question_code, rating) VALUES"
                  + " ('7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a19', 'PROCEDURES', 5),"
                  + " ('7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a19', 'PROCEDURES.1', 4),"
                  + " ('7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a19', 'PROCEDURES.2', 2),"
                  + " ('7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a19', 'PROCEDURES.3', NULL),"
                  + " ('7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a19', 'ACCESS', 4),"
                  + " ('7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a20', 'PROCEDURES', 3)");
    }

    flyway("latest").migrate();

    try (Connection c = DriverManager.getConnection(url(), user(), password());
        ResultSet daily =
            c.createStatement()
                .executeQuery(
                    "SELECT criterion, local_date, extra_answers, answers_sq, satisfied_sq, product"
                        + " FROM daily_respondent_rollup");
        ResultSet monthly =
            c.createStatement()
                .executeQuery(
                    "SELECT month_key, extra_answers, answers_sq, satisfied_sq, product"
                        + " FROM monthly_respondent_rollup")) {
      daily.next();
      assertEquals("PROCEDURES", daily.getString(1));
      assertEquals("2025-08-01", daily.getString(2));
      assertEquals(2, daily.getLong(3)); // m - 1
      assertEquals(6, daily.getLong(4)); // m(m - 1)
      assertEquals(2, daily.getLong(5)); // y(y - 1)
      assertEquals(4, daily.getLong(6)); // y(m - 1)
      assertEquals(false, daily.next(), "ACCESS (m = 1) and the headline-only rating add nothing");
      monthly.next();
      assertEquals(202508, monthly.getInt(1));
      assertEquals(2, monthly.getLong(2));
      assertEquals(6, monthly.getLong(3));
      assertEquals(2, monthly.getLong(4));
      assertEquals(4, monthly.getLong(5));
    }
  }

  /**
   * V14 loads today's departments through the reorganisation import: the ratings and targets of a
   * 2017-era department stay with it; one dated after its end moves to its single successor (with
   * its rollups), one with several successors stays where it was (the audit says so).
   */
  @Test
  void ratingsAndTargetsOfOldDepartmentsStayWithThemAcrossV14() throws SQLException {
    flyway("12").clean();
    flyway("12").migrate();
    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      String[][] ratings = {
        {
          "7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2b01", "khanh-hoa.so-tai-nguyen-moi-truong", "2024-05-06"
        },
        {"7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2b02", "khanh-hoa.so-ke-hoach-dau-tu", "2025-05-06"},
        {"7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2b03", "khanh-hoa.so-lao-dong-tbxh", "2025-05-07"}
      };
      for (String[] rating : ratings) {
        String day = rating[2];
        insertForUnit(
            c,
            "response",
            RATING_COLUMNS,
            "'"
                + rating[0]
                + "', id, 'WEB', '"
                + day
                + " 02:00:00', '"
                + day
                + "', '"
                + day
                + " 02:00:01', 'h', FALSE, FALSE",
            rating[1]);
        insertForUnit(
            c,
            "daily_rollup",
            "unit_id, local_date, question_code, n1, n2, n3, n4, n5, n_na",
            "id, '" + day + "', 'ACCESS', 0, 0, 0, 0, 1, 0",
            rating[1]);
        insertForUnit(
            c,
            "monthly_rollup",
            "unit_id, month_key, question_code, n1, n2, n3, n4, n5, n_na",
            "id, " + day.substring(0, 4) + day.substring(5, 7) + ", 'ACCESS', 0, 0, 0, 0, 1, 0",
            rating[1]);
      }
      insertForUnit(
          c,
          "target",
          "target_key, unit_id, target_year, criterion, percent, updated_at, updated_by",
          "CONCAT(id, ':2024:*'), id, 2024, NULL, 90.0, '2024-01-01 00:00:00', 'planner'",
          "khanh-hoa.so-tai-nguyen-moi-truong");
    }

    flyway("latest").migrate();

    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      assertEquals(
          "khanh-hoa.so-tai-nguyen-moi-truong|2025-02-28",
          text(
              c,
              "SELECT CONCAT(u.code, '|', u.valid_to) FROM response r JOIN unit u ON u.id ="
                  + " r.unit_id WHERE r.id = '7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2b01'"));
      assertEquals(
          "khanh-hoa.so-tai-chinh.2025-03",
          text(
              c,
              "SELECT u.code FROM response r JOIN unit u ON u.id = r.unit_id"
                  + " WHERE r.id = '7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2b02'"));
      assertEquals(
          "khanh-hoa.so-tai-chinh.2025-03|202505",
          text(
              c,
              "SELECT CONCAT(u.code, '|', m.month_key) FROM monthly_rollup m JOIN unit u ON u.id ="
                  + " m.unit_id WHERE u.code LIKE 'khanh-hoa.so-%' AND m.month_key = 202505"
                  + " AND m.n5 = 1 AND u.code <> 'khanh-hoa.so-lao-dong-tbxh'"));
      assertEquals(
          "khanh-hoa.so-lao-dong-tbxh",
          text(
              c,
              "SELECT u.code FROM response r JOIN unit u ON u.id = r.unit_id"
                  + " WHERE r.id = '7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2b03'"));
      assertEquals(
          "khanh-hoa.so-tai-nguyen-moi-truong",
          text(c, "SELECT u.code FROM target t JOIN unit u ON u.id = t.unit_id"));
      assertEquals("migration", text(c, "SELECT applied_by FROM reorganisation"));
      assertEquals(
          "1",
          text(
              c,
              "SELECT COUNT(*) FROM daily_rollup d JOIN unit u ON u.id = d.unit_id"
                  + " WHERE u.code = 'khanh-hoa.so-tai-chinh.2025-03'"));
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (ResultSet rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  /**
   * Inserts one row into {@code table} for the unit of {@code unitCode}, as the schema of the
   * version under test has it: {@code id} in {@code values} is the unit's id.
   */
  private static void insertForUnit(
      Connection c, String table, String columns, String values, String unitCode)
      throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO "
              + table
              + " ("
              + columns
              + ") SELECT "
              + values
              + " FROM unit WHERE code = '"
              + unitCode
              + "'");
    }
  }

  /**
   * V17 (plans) and V18 (dossiers) only add tables: a database with ratings and targets moves on
   * with them untouched, and the new tables take a task of an existing unit and its figures.
   */
  @Test
  void ratingsAndTargetsStoredBeforeV17AreKeptAndPlansAndDossiersCanBeAdded() throws SQLException {
    flyway("12").clean();
    flyway("12").migrate();
    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      insertForUnit(
          c,
          "response",
          RATING_COLUMNS,
          "'7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a17', id, 'WEB', '2026-03-02 02:00:00',"
              + " '2026-03-02', '2026-03-02 02:00:01', 'h', FALSE, FALSE",
          "khanh-hoa.x-cam-lam");
    }

    flyway("latest").migrate();

    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      try (ResultSet rows =
          c.createStatement()
              .executeQuery(
                  "SELECT (SELECT COUNT(*) FROM response), (SELECT COUNT(*) FROM target),"
                      + " (SELECT COUNT(*) FROM plan_item), (SELECT COUNT(*) FROM dossier_stat)")) {
        rows.next();
        assertEquals(1, rows.getLong(1));
        assertEquals(2, rows.getLong(2), "the 2023 and 2025 targets of V7");
        assertEquals(0, rows.getLong(3));
        assertEquals(0, rows.getLong(4));
      }
      insertForUnit(
          c,
          "plan_item",
          "unit_id, plan_year, criterion, task, lead_agency, status, created_at, created_by,"
              + " updated_at, updated_by",
          "id, 2026, 'PROCEDURES', 'Niêm yết thủ tục hành chính', 'Bộ phận một cửa', 'PLANNED',"
              + " '2026-03-02 02:00:00', 'admin', '2026-03-02 02:00:00', 'admin'",
          "khanh-hoa.x-cam-lam");
      insertForUnit(
          c,
          "dossier_stat",
          "unit_id, period_label, period_from, period_to, received, resolved, early, on_time,"
              + " late, pending, imported_at, imported_by",
          "id, '2017-Q3', '2017-07-01', '2017-09-30', 3608, 3178, 3014, 149, 15, 430,"
              + " '2026-03-02 02:00:00', 'admin'",
          "khanh-hoa.h-cam-lam");
      try (ResultSet rows =
          c.createStatement()
              .executeQuery("SELECT p.task, d.received FROM plan_item p, dossier_stat d")) {
        rows.next();
        assertEquals("Niêm yết thủ tục hành chính", rows.getString(1));
        assertEquals(3608, rows.getInt(2));
      }
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
      insertForUnit(
          c,
          "response",
          "id, unit_id, channel, submitted_at, local_date, received_at, content_hash, burst",
          "'7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a15', id, 'WEB', '2025-09-01 02:00:00', '2025-09-01',"
              + " '2025-09-01 02:00:01', 'h', FALSE",
          "khanh-hoa.p-bac-nha-trang");
    }

    flyway("latest").migrate();

    try (Connection c = DriverManager.getConnection(url(), user(), password())) {
      insertForUnit(
          c,
          "feedback",
          "id, unit_id, channel, question, received_at, local_date, due_date",
          "'7b0d0f5e-3c1a-4f7e-9a55-0d6f8f1e2a16', id, 'WEB', 'Phản ánh thử sau khi nâng cấp.',"
              + " '2025-09-03 02:00:00.123', '2025-09-03', '2025-09-17'",
          "khanh-hoa.p-bac-nha-trang");
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
