package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import vn.hailong.analysis.Granularity;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.Enums;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.support.DateRange;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitTree;

/**
 * Checks the caller's scope over the unit of an {@link AnalysisQuery} (403, whether or not the unit
 * exists), then the query, reporting all problems in one 400, and fills the defaults: the caller's
 * own unit, the subtree, today's territory for a unit valid today.
 */
@Singleton
public class AnalysisRequests {
  private final UnitDirectory units;
  private final Clock clock;

  AnalysisRequests(UnitDirectory units, Clock clock) {
    this.units = units;
    this.clock = clock;
  }

  /** The range an endpoint reads when the query gives no {@code from}. */
  public enum DefaultRange {
    /** Satisfaction, gaps, rankings: this quarter so far. */
    THIS_QUARTER,
    /** Trends: the last 24 months, this one included. */
    LAST_24_MONTHS
  }

  /** A checked request: the unit, the inclusive local date range and how to pool. */
  public record AnalysisRequest(
      Unit unit,
      LocalDate from,
      LocalDate to,
      Territory territory,
      Territory.Basis basis,
      Granularity granularity,
      @Nullable UnitLevel level) {}

  public AnalysisRequest resolve(AnalysisQuery query, Scope caller, DefaultRange range) {
    FieldProblems problems = new FieldProblems();
    UnitTree tree = units.tree();
    LocalDate today = VietnamTime.localDate(clock.instant());
    // scope first: for non-admins an unknown unit is the same 403 as one outside the subtree
    Unit unit =
        caller.find(
            tree, "unit", query.unit() != null ? query.unit() : caller.unitCode(), problems);
    Granularity granularity =
        Enums.parse(Granularity.class, "period", query.period(), Granularity.MONTH, problems);
    LocalDate defaultFrom =
        switch (range) {
          case THIS_QUARTER -> Period.containing(Granularity.QUARTER, today).start();
          case LAST_24_MONTHS ->
              Period.containing(Granularity.MONTH, today.minusMonths(23)).start();
        };
    DateRange dates = DateRange.parse(query.from(), query.to(), defaultFrom, today, problems);
    Territory.Scope pooling =
        Enums.parse(
            Territory.Scope.class, "scope", query.scope(), Territory.Scope.SUBTREE, problems);
    Territory.Basis defaultBasis =
        unit != null && unit.validOn(today) ? Territory.Basis.NOW : Territory.Basis.THEN;
    Territory.Basis basis =
        Enums.parse(Territory.Basis.class, "basis", query.basis(), defaultBasis, problems);
    String partial = query.partial();
    if (partial != null && !partial.equals("include") && !partial.equals("exclude")) {
      problems.add(
          FieldProblem.notOneOf("partial", partial, java.util.List.of("include", "exclude")));
    }
    UnitLevel level = Enums.parse(UnitLevel.class, "level", query.level(), null, problems);
    problems.throwIfAny();
    Territory territory = Territory.of(unit, pooling, basis, "include".equals(partial), tree);
    return new AnalysisRequest(
        unit, dates.from(), dates.to(), territory, basis, granularity, level);
  }
}
