package vn.hailong.api.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.RankCorrelation;
import vn.hailong.analysis.Status;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.analysis.AnalysisQuery;
import vn.hailong.api.analysis.AnalysisRequests;
import vn.hailong.api.analysis.SatisfactionReport;
import vn.hailong.api.analysis.SatisfactionService;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/**
 * A unit's dossier timeliness in a period next to its satisfaction with results (RESULTS), and the
 * same for each unit directly under it, with Spearman's rank correlation between the two across
 * those units (docs/method.md, "Dossiers and satisfaction").
 */
@Singleton
public class DossierReport {
  private final UnitDirectory units;
  private final DossierStore store;
  private final PortalRates portalRates;
  private final AnalysisRequests requests;
  private final SatisfactionService satisfaction;
  private final JdbcOperations jdbc;
  private final Clock clock;

  DossierReport(
      UnitDirectory units,
      DossierStore store,
      PortalRates portalRates,
      AnalysisRequests requests,
      SatisfactionService satisfaction,
      JdbcOperations jdbc,
      Clock clock) {
    this.units = units;
    this.store = store;
    this.portalRates = portalRates;
    this.requests = requests;
    this.satisfaction = satisfaction;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One unit's figures; the dossier fields are null when none were imported for the period. */
  @Serdeable
  public record UnitRow(
      String unitCode,
      String unitName,
      @Nullable Integer received,
      @Nullable Integer carriedOver,
      @Nullable Integer online,
      @Nullable Integer direct,
      @Nullable Integer resolved,
      @Nullable Integer early,
      @Nullable Integer onTime,
      @Nullable Integer late,
      @Nullable Integer pending,
      @Nullable Integer pendingInTime,
      @Nullable Integer pendingOverdue,
      @Nullable Double onTimePercent,
      @Nullable Double resultsPercent,
      long resultsAnswers,
      Status resultsStatus,
      @Nullable Double surveyIndex,
      @Nullable PortalRate portal) {}

  /**
   * One unit's rate with what it subtracts. {@code percent} is null when nothing was resolved, or
   * when more dossiers would be subtracted than were resolved: the late count is a total without
   * receipt numbers, so a late dossier also rated unsatisfied is subtracted twice, and ratings of
   * dossiers resolved in another period count here.
   *
   * @param rated dossiers (receipts) rated in the period: the others count as satisfied
   */
  @Serdeable
  public record PortalRate(
      long dossiers,
      long rated,
      long unsatisfied,
      long complained,
      long late,
      @Nullable Double percent) {}

  /** Spearman's ρ over the units under the unit that have both figures; null ρ, p when n < 3. */
  @Serdeable
  public record Correlation(int n, @Nullable Double rho, @Nullable Double pValue) {}

  @Serdeable
  public record Report(
      String period,
      LocalDate from,
      LocalDate to,
      UnitRow unit,
      List<UnitRow> units,
      Correlation correlation) {}

  @Transactional
  public Report report(@Nullable String unitCode, @Nullable String periodLabel, Scope scope) {
    UnitTree tree = units.tree();
    Unit unit = scope.top(tree, "unit", unitCode);
    List<Unit> children = tree.all().stream().filter(u -> unit.id().equals(u.parentId())).toList();
    List<Long> ids = new ArrayList<>();
    ids.add(unit.id());
    children.forEach(c -> ids.add(c.id()));
    Period period = period(periodLabel, ids);
    Map<Long, DossierFigures> figures = store.read(ids, period);
    Map<Long, PortalRate> portal = portalRates.of(figures, period);
    UnitRow own = row(unit, figures.get(unit.id()), portal.get(unit.id()), period, scope);
    List<UnitRow> rows = new ArrayList<>();
    for (Unit child : children) {
      DossierFigures f = figures.get(child.id());
      // the units of the period's time: one that did not exist then has nothing to say
      if (f == null && !overlaps(child, period)) {
        continue;
      }
      rows.add(row(child, f, portal.get(child.id()), period, scope));
    }
    List<UnitRow> paired =
        rows.stream()
            .filter(r -> r.onTimePercent() != null && r.resultsPercent() != null)
            .filter(r -> r.resultsStatus() != Status.INSUFFICIENT_DATA)
            .toList();
    RankCorrelation rc =
        RankCorrelation.of(
            paired.stream().mapToDouble(UnitRow::onTimePercent).toArray(),
            paired.stream().mapToDouble(UnitRow::resultsPercent).toArray());
    return new Report(
        period.label(),
        period.start(),
        period.end(),
        own,
        rows,
        new Correlation(rc.n(), nullIfNaN(rc.rho()), nullIfNaN(rc.pValue())));
  }

  private UnitRow row(
      Unit unit,
      @Nullable DossierFigures f,
      @Nullable PortalRate portal,
      Period period,
      Scope scope) {
    SatisfactionReport s =
        satisfaction.satisfaction(
            requests.resolve(
                new AnalysisQuery(
                    unit.code(),
                    period.start().toString(),
                    period.end().toString(),
                    null,
                    null,
                    null,
                    null,
                    null),
                scope,
                AnalysisRequests.DefaultRange.THIS_QUARTER));
    SatisfactionReport.CriterionResult results =
        s.criteria().stream()
            .filter(c -> c.criterion().equals("RESULTS"))
            .findFirst()
            .orElseThrow();
    return new UnitRow(
        unit.code(),
        unit.name(),
        f == null ? null : f.received(),
        f == null ? null : f.carriedOver(),
        f == null ? null : f.online(),
        f == null ? null : f.direct(),
        f == null ? null : f.resolved(),
        f == null ? null : f.early(),
        f == null ? null : f.onTime(),
        f == null ? null : f.late(),
        f == null ? null : f.pending(),
        f == null ? null : f.pendingInTime(),
        f == null ? null : f.pendingOverdue(),
        f == null ? null : nullIfNaN(f.onTimePercent()),
        results.percent(),
        results.answers(),
        results.status(),
        s.index(),
        portal);
  }

  // the period asked for, or the latest one with figures for these units
  private Period period(@Nullable String label, List<Long> ids) {
    if (label != null && !label.isBlank()) {
      try {
        return Period.parse(label.strip());
      } catch (IllegalArgumentException e) {
        throw Problem.invalid(
            FieldProblem.badFormat(
                "period",
                "'" + label + "' không phải kỳ dạng 2017-Q3, 2017-09 hoặc 2017",
                "'" + label + "' is not a period like 2017-Q3, 2017-09 or 2017"));
      }
    }
    String marks = String.join(",", ids.stream().map(i -> "?").toList());
    String latest =
        jdbc.prepareStatement(
            "SELECT period_label FROM dossier_stat WHERE unit_id IN ("
                + marks
                + ") ORDER BY period_to DESC, period_from DESC LIMIT 1",
            statement -> {
              for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
              }
              try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
              }
            });
    return latest != null
        ? Period.parse(latest)
        : Period.containing(
            vn.hailong.analysis.Granularity.QUARTER, VietnamTime.localDate(clock.instant()));
  }

  private static boolean overlaps(Unit unit, Period period) {
    return (unit.validFrom() == null || !unit.validFrom().isAfter(period.end()))
        && (unit.validTo() == null || !unit.validTo().isBefore(period.start()));
  }

  @Nullable
  private static Double nullIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
