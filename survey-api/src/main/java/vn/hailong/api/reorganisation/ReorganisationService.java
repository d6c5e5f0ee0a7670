package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.unit.UnitDirectory;

/**
 * Dry runs and applies reorganisations in one transaction each; the tree in memory is reloaded
 * after an apply has committed (by the controller).
 */
@Singleton
public class ReorganisationService {
  private static final Logger SECURITY = LoggerFactory.getLogger("hailong.security");
  private final JdbcOperations jdbc;
  private final UnitDirectory directory;
  private final Clock clock;

  ReorganisationService(JdbcOperations jdbc, UnitDirectory directory, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Checks the read lines (their own problems first, with the plan's) and reports or applies them.
   *
   * @throws Problem 400 reorganisation-refused with every problem; nothing is written
   */
  @Transactional
  public Report run(
      ChangeRows.Read read,
      boolean dryRun,
      @Nullable String reason,
      @Nullable String origin,
      String who) {
    if (!read.problems().isEmpty()) {
      throw Problem.invalid(ProblemType.REORGANISATION_REFUSED, read.problems());
    }
    if (!dryRun && (reason == null || reason.isBlank())) {
      throw Problem.invalid(
          ProblemType.REORGANISATION_REFUSED,
          List.of(
              new FieldProblem(
                  "reason",
                  "required",
                  "cần ghi lý do (căn cứ) của việc sắp xếp",
                  "say why (on what basis) the units change")));
    }
    try {
      Report report =
          ReorganisationEngine.run(
              jdbc.getConnection(),
              read.changes(),
              !dryRun,
              ReorganisationEngine.Stranded.REFUSE,
              dryRun
                  ? null
                  : new ReorganisationEngine.Audit(who, reason.strip(), origin, clock.instant()));
      if (!dryRun) {
        SECURITY.warn(
            "Reorganisation {} applied by {}: {} ended, {} started",
            report.id(),
            who,
            report.ended().size(),
            report.started().size());
      }
      return report;
    } catch (SQLException e) {
      throw new IllegalStateException("reorganisation failed, rolled back", e);
    }
  }

  @Transactional(readOnly = true)
  public List<ReorganisationAudit.Entry> audit() {
    try {
      return ReorganisationAudit.list(jdbc.getConnection(), 200);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** After a committed apply: every reader sees the new tree at once on this node. */
  void reload() {
    directory.reload();
  }
}
