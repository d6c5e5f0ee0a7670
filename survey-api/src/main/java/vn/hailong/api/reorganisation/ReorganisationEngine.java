package vn.hailong.api.reorganisation;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.unit.UnitStore;
import vn.hailong.api.unit.UnitTree;

/**
 * Checks a reorganisation as a whole against the tree as it would be afterwards, reporting every
 * problem with its line, then either describes it (dry run) or applies it on the caller's
 * connection, in the caller's transaction. Plain JDBC, no Micronaut: the V14 migration runs it too.
 *
 * <p>The rules (docs/units.md, "Reorganisations"): codes unique across eras; a successor begins the
 * day after its predecessor ends; no cycle in the lineage; a parent valid over its child's whole
 * life; no stored rating left on a unit on a day it is not valid: ratings dated after a unit's end
 * move to its successor when it has exactly one, and otherwise the plan is refused ({@link
 * Stranded#REFUSE}) or, for the migration of data stored before units could end, they stay ({@link
 * Stranded#KEEP}, reported).
 *
 * <p>The steps: {@link PlanReader} reads the lines into a {@link Plan}, {@link PlanChecks} checks
 * the rules across lines, {@link RatingMoves} follows the stored ratings, {@link EndedUnitBindings}
 * finds the kiosks and accounts of ended units, and {@link PlanWriter} applies.
 */
public final class ReorganisationEngine {

  /** What to do with ratings stored after an end date that no single successor can take. */
  public enum Stranded {
    REFUSE,
    KEEP
  }

  /** Who applies the plan, why, and from what (the file's name). */
  public record Audit(String by, String reason, @Nullable String origin, Instant at) {}

  private ReorganisationEngine() {}

  /**
   * Checks the plan and reports it; with {@code apply} also makes the changes and audits them.
   *
   * @throws Problem 400 reorganisation-refused listing every problem, before anything is written
   */
  public static Report run(
      Connection connection,
      List<Change> changes,
      boolean apply,
      Stranded stranded,
      @Nullable Audit audit)
      throws SQLException {
    UnitTree tree = UnitStore.load(connection);
    Plan plan = PlanReader.read(tree, changes);
    // successors after the plan, for the cycles, the ratings and the kiosks
    Map<String, List<String>> successors = plan.successors();
    PlanChecks.check(plan, successors);
    plan.addLinkLines();
    RatingMoves ratings = RatingMoves.follow(connection, plan, successors, stranded);

    if (!plan.problems.isEmpty()) {
      throw Problem.invalid(ProblemType.REORGANISATION_REFUSED, plan.problems);
    }

    EndedUnitBindings bindings = EndedUnitBindings.of(connection, plan, successors);
    Long id = null;
    if (apply) {
      Objects.requireNonNull(audit, "an applied reorganisation is audited");
      id = PlanWriter.write(connection, plan, ratings, audit);
    }
    List<Report.Line> lines = plan.lines;
    lines.sort(Comparator.comparingInt(Report.Line::line));
    return new Report(
        !apply,
        id,
        plan.ends.stream()
            .map(e -> new Report.Ended(e.line(), e.code(), plan.eras.get(e.code()).name, e.to()))
            .toList(),
        plan.created.stream()
            .map(e -> new Report.Started(e.line, e.code, e.name, e.parentCode, e.from, e.to))
            .toList(),
        plan.links.stream()
            .map(l -> new Report.Linked(l.line(), l.predecessor(), l.successor(), l.share()))
            .toList(),
        bindings.kiosks(),
        bindings.accounts(),
        ratings.report,
        lines);
  }
}
