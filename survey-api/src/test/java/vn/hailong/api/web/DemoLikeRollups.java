package vn.hailong.api.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Writes daily rollups with chosen counts, as ingestion would have kept them, and their monthly
 * sums: the dashboard's tests need a quarter of several units and two years of one, which would
 * take thousands of HTTP ratings.
 */
@Singleton
public class DemoLikeRollups {
  private final JdbcOperations jdbc;

  DemoLikeRollups(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code satisfied} of {@code answers} rated 4 or 5 (the rest 2), plus {@code na} N/A. */
  @Transactional
  public void day(
      String unitCode, LocalDate day, String criterion, int satisfied, int answers, int na) {
    jdbc.prepareStatement(
        "INSERT INTO daily_rollup (unit_id, local_date, question_code, n1, n2, n3, n4, n5, n_na)"
            + " SELECT id, ?, ?, 0, ?, 0, ?, ?, ? FROM unit WHERE code = ?",
        statement -> {
          statement.setObject(1, day);
          statement.setString(2, criterion);
          statement.setInt(3, answers - satisfied);
          statement.setInt(4, satisfied / 2);
          statement.setInt(5, satisfied - satisfied / 2);
          statement.setInt(6, na);
          statement.setString(7, unitCode);
          if (statement.executeUpdate() != 1) {
            throw new IllegalArgumentException("no unit " + unitCode);
          }
          return null;
        });
  }

  /** Every criterion of a day at the same counts. */
  public void allCriteria(String unitCode, LocalDate day, int satisfied, int answers) {
    for (String criterion :
        new String[] {"ACCESS", "FACILITIES", "PROCEDURES", "STAFF", "RESULTS", "FEEDBACK"}) {
      day(unitCode, day, criterion, satisfied, answers, 0);
    }
  }

  /** The monthly rollups of the days written, as ingestion keeps them beside the daily ones. */
  @Transactional
  public void summariseMonths() {
    jdbc.execute(
        connection -> {
          try (var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM monthly_rollup");
            statement.executeUpdate(
                "INSERT INTO monthly_rollup (unit_id, month_key, question_code, n1, n2, n3, n4, n5, n_na)"
                    + " SELECT unit_id, YEAR(local_date) * 100 + MONTH(local_date), question_code,"
                    + " SUM(n1), SUM(n2), SUM(n3), SUM(n4), SUM(n5), SUM(n_na) FROM daily_rollup"
                    + " GROUP BY unit_id, YEAR(local_date) * 100 + MONTH(local_date), question_code");
          }
          return null;
        });
  }
}
