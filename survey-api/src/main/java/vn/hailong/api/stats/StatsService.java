package vn.hailong.api.stats;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import vn.hailong.analysis.Assessability;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Funnel;
import vn.hailong.analysis.RespondentSums;
import vn.hailong.analysis.SampleSizePlanner;
import vn.hailong.analysis.TargetRule;
import vn.hailong.analysis.Wilson;
import vn.hailong.api.analysis.AnalysisRequests.AnalysisRequest;
import vn.hailong.api.target.Targets;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/** The planner and the funnel plot, from the rollups through {@link UnitFigures}. */
@Singleton
public class StatsService {
  /** What the funnel's limits are drawn around. */
  public enum Centre {
    /** The pooled rate of the request's unit (its whole subtree): who differs from the rest. */
    PARENT,
    /** The unit's target for the criterion: who is clearly short of it. */
    TARGET
  }

  private final UnitFigures figures;
  private final Targets targets;
  private final UnitDirectory units;
  private final StatsSettings settings;

  StatsService(UnitFigures figures, Targets targets, UnitDirectory units, StatsSettings settings) {
    this.figures = figures;
    this.targets = targets;
    this.units = units;
    this.settings = settings;
  }

  public PlannerReport planner(AnalysisRequest request) {
    int year = request.to().getYear();
    TargetRule rule = targets.rule(year);
    SampleSizePlanner planner = settings.planner();
    Assessability assessability = settings.assessability();
    List<PlannerReport.UnitPlan> plans = new ArrayList<>();
    List<String> notAssessable = new ArrayList<>();
    boolean first = true;
    for (UnitFigures.Figures f :
        figures.belowAndTop(request.unit(), request.from(), request.to())) {
      List<Long> chain = chain(f.unit());
      List<PlannerReport.CriterionPlan> criteria = new ArrayList<>();
      boolean anyNot = false;
      boolean anyData = false;
      for (Criterion criterion : Criterion.values()) {
        RespondentSums sums = f.of(criterion);
        double target = rule.resolve(chain, criterion, year);
        boolean data = sums.answers() > 0;
        double percent = data ? sums.proportion().percent() : Double.NaN;
        long needed =
            data ? planner.respondentsNeeded(percent, target) : SampleSizePlanner.UNBOUNDED;
        boolean assessable = assessability.assessable(sums, needed);
        anyNot |= data && !assessable;
        anyData |= data;
        criteria.add(
            new PlannerReport.CriterionPlan(
                criterion.name(),
                criterion.nameVi(),
                sums.respondents(),
                sums.answers(),
                data ? percent : null,
                target,
                data ? sums.effectiveN() : null,
                data ? Wilson.halfWidth(sums.wilson()) : null,
                needed == SampleSizePlanner.UNBOUNDED ? null : needed,
                assessable));
      }
      if ((anyNot || !anyData) && !first) {
        notAssessable.add(f.unit().code());
      }
      plans.add(new PlannerReport.UnitPlan(f.unit().code(), f.unit().name(), first, criteria));
      first = false;
    }
    return new PlannerReport(
        request.unit().code(),
        request.unit().name(),
        request.from(),
        request.to(),
        settings.maxHalfWidth(),
        settings.alpha(),
        settings.power(),
        plans,
        notAssessable);
  }

  public FunnelReport funnel(
      AnalysisRequest request, Criterion criterion, Centre centre, boolean dispersion) {
    int year = request.to().getYear();
    List<UnitFigures.Figures> all =
        figures.belowAndTop(request.unit(), request.from(), request.to());
    UnitFigures.Figures top = all.get(0);
    List<UnitFigures.Figures> below = all.subList(1, all.size());
    RespondentSums parent = top.of(criterion);
    double centrePercent =
        centre == Centre.TARGET || parent.answers() == 0
            ? targets.rule(year).resolve(chain(request.unit()), criterion, year)
            : parent.proportion().percent();
    List<Funnel.Point> points = new ArrayList<>();
    for (UnitFigures.Figures f : below) {
      RespondentSums sums = f.of(criterion);
      points.add(
          new Funnel.Point(
              f.unit().code(),
              sums.answers() > 0 ? sums.proportion().percent() : Double.NaN,
              sums.effectiveN()));
    }
    double phi = dispersion ? Math.max(1, Funnel.dispersion(points, centrePercent)) : 1;
    List<Funnel.Judged> judged = Funnel.judge(points, centrePercent, phi);
    List<FunnelReport.Entry> entries = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (int i = 0; i < below.size(); i++) {
      Unit unit = below.get(i).unit();
      RespondentSums sums = below.get(i).of(criterion);
      Funnel.Judged j = judged.get(i);
      boolean data = j.position() != Funnel.Position.NO_DATA;
      if (j.position().outside()) {
        outside.add(unit.code());
      }
      entries.add(
          new FunnelReport.Entry(
              unit.code(),
              unit.name(),
              sums.respondents(),
              sums.answers(),
              sums.satisfied(),
              data ? j.point().percent() : null,
              j.n(),
              data ? j.limits95().low() : null,
              data ? j.limits95().high() : null,
              data ? j.limits998().low() : null,
              data ? j.limits998().high() : null,
              j.position(),
              j.position().labelVi()));
    }
    return new FunnelReport(
        request.unit().code(),
        request.unit().name(),
        request.from(),
        request.to(),
        criterion.name(),
        criterion.nameVi(),
        centre.name().toLowerCase(java.util.Locale.ROOT),
        centrePercent,
        dispersion,
        phi,
        entries,
        outside);
  }

  /** The judged points of a report again, for the chart. */
  static List<Funnel.Judged> judged(FunnelReport report) {
    List<Funnel.Point> points =
        report.units().stream()
            .map(
                e ->
                    new Funnel.Point(
                        e.unitName(), e.percent() == null ? Double.NaN : e.percent(), e.n()))
            .toList();
    return Funnel.judge(points, report.centrePercent(), report.phi());
  }

  private List<Long> chain(Unit unit) {
    return units.tree().ancestry(unit).stream().map(Unit::id).toList();
  }
}
