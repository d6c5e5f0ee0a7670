package vn.hailong.api.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.api.support.Database;

/** Reads and clears daily_rollup_burst, the rollup of burst ratings (docs/decisions.md). */
@Singleton
public class BurstRollups {
  private final JdbcOperations jdbc;
  private final Database db;

  BurstRollups(JdbcOperations jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  /** Sum of all counts in daily_rollup_burst. */
  public long total() {
    return db.count(
        "SELECT COALESCE(SUM(n1 + n2 + n3 + n4 + n5 + n_na), 0) FROM daily_rollup_burst");
  }

  /** Removes every response and every rollup, the burst one included. */
  @Transactional
  public void clearAll() {
    db.clearResponses();
    jdbc.execute(
        connection -> {
          try (var statement = connection.createStatement()) {
            return statement.executeUpdate("DELETE FROM daily_rollup_burst");
          }
        });
  }
}
