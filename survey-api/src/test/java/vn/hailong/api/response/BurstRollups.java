package vn.hailong.api.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.api.rollup.RollupTables;
import vn.hailong.api.support.Database;

/** Reads and clears the burst rollup, the rollup of burst ratings (docs/decisions.md). */
@Singleton
public class BurstRollups {
  private final JdbcOperations jdbc;
  private final Database db;

  BurstRollups(JdbcOperations jdbc, Database db) {
    this.jdbc = jdbc;
    this.db = db;
  }

  /** Sum of all counts in the burst rollup. */
  public long total() {
    return db.count(
        "SELECT COALESCE(SUM(n1 + n2 + n3 + n4 + n5 + n_na), 0) FROM " + RollupTables.BURST);
  }

  /** Removes every response and every rollup, the burst one included. */
  @Transactional
  public void clearAll() {
    db.clearResponses();
    jdbc.execute(
        connection -> {
          try (var statement = connection.createStatement()) {
            return statement.executeUpdate("DELETE FROM " + RollupTables.BURST);
          }
        });
  }
}
