package vn.hailong.api.web;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.hailong.api.rollup.RollupBatch;
import vn.hailong.api.rollup.RollupWriter;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Writes rollups with chosen counts through the rollup package, as ingestion would have kept them
 * (daily and monthly): the dashboard's tests need a quarter of several units and two years of one,
 * which would take thousands of HTTP ratings.
 */
@Singleton
public class DemoLikeRollups {
  private final RollupWriter rollups;
  private final UnitDirectory units;

  DemoLikeRollups(RollupWriter rollups, UnitDirectory units) {
    this.rollups = rollups;
    this.units = units;
  }

  /**
   * {@code satisfied} of {@code answers} rated 4 or 5 (the rest 2), plus {@code na} N/A, for one
   * question (a criterion's headline question, or a detailed one such as PROCEDURES.3).
   */
  @Transactional
  public void day(
      String unitCode, LocalDate day, String question, int satisfied, int answers, int na) {
    var batch = new RollupBatch();
    int fours = satisfied / 2;
    batch.add(
        units.tree().require(unitCode).id(),
        day,
        question,
        new int[] {0, answers - satisfied, 0, fours, satisfied - fours, na});
    try {
      rollups.add(batch, new RollupBatch());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every criterion of a day at the same counts. */
  public void allCriteria(String unitCode, LocalDate day, int satisfied, int answers) {
    for (String criterion :
        new String[] {"ACCESS", "FACILITIES", "PROCEDURES", "STAFF", "RESULTS", "FEEDBACK"}) {
      day(unitCode, day, criterion, satisfied, answers, 0);
    }
  }
}
