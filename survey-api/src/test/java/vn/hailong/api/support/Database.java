package vn.hailong.api.support;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.api.rollup.RollupTables;
import vn.hailong.api.unit.UnitDirectory;

/** Direct reads of the tables, so that tests check what was stored, not what the API says. */
@Singleton
public class Database {
  private final JdbcOperations jdbc;
  private final UnitDirectory units;

  Database(JdbcOperations jdbc, UnitDirectory units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  @Transactional
  public long count(String sql, Object... parameters) {
    return query(sql, parameters, rows -> rows.next() ? rows.getLong(1) : 0L);
  }

  @Transactional
  public String text(String sql, Object... parameters) {
    return query(sql, parameters, rows -> rows.next() ? rows.getString(1) : null);
  }

  /** Runs an INSERT, UPDATE or DELETE, for fixtures no API creates (yet); returns the row count. */
  @Transactional
  public int update(String sql, Object... parameters) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
          }
          return statement.executeUpdate();
        });
  }

  private interface RowsReader<T> {
    T read(java.sql.ResultSet rows) throws java.sql.SQLException;
  }

  private <T> T query(String sql, Object[] parameters, RowsReader<T> reader) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
          }
          try (var rows = statement.executeQuery()) {
            return reader.read(rows);
          }
        });
  }

  public long responses() {
    return count("SELECT COUNT(*) FROM response");
  }

  public long answers() {
    return count("SELECT COUNT(*) FROM response_answer");
  }

  /**
   * Sum of all rollup counts: equals the number of stored answers when nothing is counted twice.
   */
  public long rollupTotal() {
    return count(
        "SELECT COALESCE(SUM(n1 + n2 + n3 + n4 + n5 + n_na), 0) FROM " + RollupTables.DAILY);
  }

  /** Count of rating {@code value} (0 = N/A) in one unit's rollup for a question and day. */
  public long rollup(String unitCode, String question, LocalDate day, int value) {
    String column = value == 0 ? "n_na" : "n" + value;
    return count(
        "SELECT COALESCE(SUM("
            + column
            + "), 0) FROM "
            + RollupTables.DAILY
            + " WHERE unit_id = ? AND question_code = ? AND local_date = ?",
        units.tree().require(unitCode).id(),
        question,
        day);
  }

  @Transactional
  public void clearResponses() {
    jdbc.execute(
        connection -> {
          try (var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM response_answer");
            statement.executeUpdate("DELETE FROM response");
            for (String table :
                List.of(
                    RollupTables.DAILY,
                    RollupTables.MONTHLY,
                    RollupTables.BURST,
                    RollupTables.RESPONDENT_DAILY,
                    RollupTables.RESPONDENT_MONTHLY)) {
              statement.executeUpdate("DELETE FROM " + table);
            }
          }
          return null;
        });
  }
}
