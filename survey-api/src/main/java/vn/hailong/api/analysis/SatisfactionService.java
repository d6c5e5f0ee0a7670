package vn.hailong.api.analysis;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.CriterionAssessment;
import vn.hailong.analysis.Granularity;
import vn.hailong.analysis.Period;
import vn.hailong.analysis.PeriodPercent;
import vn.hailong.analysis.Proportion;
import vn.hailong.analysis.RespondentSums;
import vn.hailong.analysis.SatisfactionIndex;
import vn.hailong.analysis.Status;
import vn.hailong.analysis.Tally;
import vn.hailong.analysis.TargetRule;
import vn.hailong.analysis.Trend;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.analysis.AnalysisRequests.AnalysisRequest;
import vn.hailong.api.problem.Enums;
import vn.hailong.api.rollup.RollupReader;
import vn.hailong.api.target.Targets;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitLevel;
import vn.hailong.api.unit.UnitTree;

/**
 * Hands rollup tallies to the analysis module and shapes its results for the API. Each request's
 * reads (tallies, long-form sums, targets) share one read-only transaction: one connection, not one
 * per query.
 */
@Singleton
@Transactional(readOnly = true)
public class SatisfactionService {
  private final RollupReader rollups;
  private final Targets targets;
  private final UnitDirectory units;
  private final int minAnswers;
  private final Clock clock;
  private final PartialPredecessors partials;

  SatisfactionService(
      RollupReader rollups,
      Targets targets,
      UnitDirectory units,
      AnalysisSettings settings,
      Clock clock,
      PartialPredecessors partials) {
    this.partials = partials;
    this.rollups = rollups;
    this.targets = targets;
    this.units = units;
    this.minAnswers = settings.minAnswers();
    this.clock = clock;
  }

  public SatisfactionReport satisfaction(AnalysisRequest request) {
    Territory territory = request.territory();
    Territory.Basis basis = request.basis();
    LocalDate from = request.from();
    LocalDate to = request.to();
    Map<String, Tally> byQuestion = byQuestion(territory, from, to);
    int year = to.getYear();
    TargetRule rule = targetRule(year);
    List<CriterionAssessment> assessments =
        assess(
            territory.unit(), Criteria.pool(byQuestion), excess(territory, from, to), year, rule);
    return new SatisfactionReport(
        territory.unit().code(),
        territory.unit().name(),
        from,
        to,
        Enums.spelling(territory.scope()),
        Enums.spelling(basis),
        Criteria.respondents(byQuestion),
        Criteria.orNull(SatisfactionIndex.ofAssessments(assessments).orElse(Double.NaN)),
        rule.resolve(chain(territory.unit()), null, year),
        assessments.stream().map(SatisfactionReport.CriterionResult::of).toList(),
        territory.derivedFrom(from, to),
        territory.partial().stream().map(Unit::code).toList(),
        territory.partialIncluded(),
        partials.overRange(territory, from, to));
  }

  /** The six assessments alone, for the criteria chart. */
  public List<CriterionAssessment> assessments(AnalysisRequest request) {
    int year = request.to().getYear();
    Map<String, Tally> byQuestion = byQuestion(request.territory(), request.from(), request.to());
    return assess(
        request.unit(),
        Criteria.pool(byQuestion),
        excess(request.territory(), request.from(), request.to()),
        year,
        targetRule(year));
  }

  private Map<String, Tally> byQuestion(Territory territory, LocalDate from, LocalDate to) {
    return rollups.byQuestion(territory.unitIds(units.tree()), from, to);
  }

  /** What long-form respondents add, for intervals on respondents (docs/method.md). */
  private Map<Criterion, RespondentSums.Excess> excess(
      Territory territory, LocalDate from, LocalDate to) {
    return rollups.excessByCriterion(territory.unitIds(units.tree()), from, to);
  }

  /** The target of a unit's satisfaction index in a year. */
  public double indexTarget(Unit unit, int year) {
    return targetRule(year).resolve(chain(unit), null, year);
  }

  /**
   * The six criteria of one unit against their targets, on respondents: {@code excess} is what long
   * forms add, per criterion. The rule is read once per request.
   */
  private List<CriterionAssessment> assess(
      Unit unit,
      Map<Criterion, Tally> tallies,
      Map<Criterion, RespondentSums.Excess> excess,
      int year,
      TargetRule rule) {
    List<Long> chain = chain(unit);
    List<CriterionAssessment> assessments = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      assessments.add(
          CriterionAssessment.assess(
              criterion,
              tallies.get(criterion),
              excess.getOrDefault(criterion, RespondentSums.Excess.NONE),
              rule.resolve(chain, criterion, year),
              minAnswers));
    }
    return assessments;
  }

  public TrendReport trend(AnalysisRequest request) {
    Territory territory = request.territory();
    Granularity granularity = request.granularity();
    LocalDate from = request.from();
    LocalDate to = request.to();
    UnitTree tree = units.tree();
    Map<YearMonth, Map<String, Tally>> months = rollups.byMonth(territory.unitIds(tree), from, to);
    List<Period> periods = Period.between(granularity, from, to);
    PartialPredecessors.ByMonth apart = partials.byMonth(territory, from, to);
    int year = to.getYear();
    TargetRule rule = targetRule(year);
    List<Long> chain = chain(territory.unit());
    // each period is measured against its own year's target: the line steps where it changes
    Map<Integer, TargetRule> rules = new HashMap<>(Map.of(year, rule));
    PeriodTarget targetOf =
        (period, criterion) -> {
          int y = period.end().getYear();
          return rules.computeIfAbsent(y, this::targetRule).resolve(chain, criterion, y);
        };

    Map<YearMonth, Map<Criterion, RespondentSums.Excess>> monthsExcess =
        rollups.excessByMonth(territory.unitIds(tree), from, to);
    Map<Period, Map<String, Tally>> perPeriod = new LinkedHashMap<>();
    Map<Period, Map<Criterion, RespondentSums.Excess>> excessPerPeriod = new HashMap<>();
    for (Period period : periods) {
      perPeriod.put(period, PartialPredecessors.inPeriod(months, period.start(), period.end()));
      excessPerPeriod.put(
          period,
          PartialPredecessors.inPeriod(
              monthsExcess, period.start(), period.end(), RespondentSums.Excess::plus));
    }

    List<TrendReport.Series> series = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      List<TrendReport.Point> points = new ArrayList<>();
      List<PeriodPercent> percents = new ArrayList<>();
      perPeriod.forEach(
          (period, byQuestion) -> {
            // each point on respondents, against its own year's target (docs/method.md §10)
            CriterionAssessment a =
                CriterionAssessment.assess(
                    criterion,
                    Criteria.pool(byQuestion).get(criterion),
                    excessPerPeriod.get(period).getOrDefault(criterion, RespondentSums.Excess.NONE),
                    targetOf.of(period, criterion),
                    minAnswers);
            percents.add(PeriodPercent.of(period, Proportion.of(a.tally())));
            points.add(
                TrendReport.Point.of(
                    a,
                    period,
                    territory.derivedFrom(period.start(), period.end()),
                    apart.of(period, criterion)));
          });
      series.add(
          series(
              criterion.name(),
              criterion.nameVi(),
              criterion.nameEn(),
              points,
              percents,
              rule.resolve(chain, criterion, year),
              year));
    }
    List<TrendReport.Point> indexPoints = new ArrayList<>();
    List<PeriodPercent> indexPercents = new ArrayList<>();
    perPeriod.forEach(
        (period, byQuestion) -> {
          Map<Criterion, Tally> tallies = Criteria.pool(byQuestion);
          double index = SatisfactionIndex.ofTallies(tallies).orElse(Double.NaN);
          Tally all = Tally.pool(tallies.values());
          indexPercents.add(new PeriodPercent(period, index));
          indexPoints.add(
              TrendReport.Point.ofIndex(
                  period,
                  all,
                  Criteria.respondents(byQuestion),
                  Criteria.orNull(index),
                  targetOf.of(period, null),
                  territory.derivedFrom(period.start(), period.end()),
                  apart.of(period, null)));
        });
    series.add(
        series(
            "INDEX",
            "Chỉ số hài lòng",
            "Satisfaction index",
            indexPoints,
            indexPercents,
            rule.resolve(chain, null, year),
            year));
    return new TrendReport(
        territory.unit().code(),
        territory.unit().name(),
        granularity.name(),
        from,
        to,
        Enums.spelling(territory.scope()),
        Enums.spelling(request.basis()),
        year,
        series,
        territory.reorganisations(from, to),
        apart.over(from, to),
        territory.partialIncluded());
  }

  /** The target of a criterion (null: the index) in a period. */
  private interface PeriodTarget {
    double of(Period period, Criterion criterion);
  }

  private static TrendReport.Series series(
      String code,
      String nameVi,
      String nameEn,
      List<TrendReport.Point> points,
      List<PeriodPercent> percents,
      double target,
      int year) {
    Trend trend = Trend.fit(percents);
    return new TrendReport.Series(
        code,
        nameVi,
        nameEn,
        points,
        trend.hasSlope() ? trend.slope() : null,
        target,
        trend.hasSlope() ? trend.projectAtEndOf(year) : null,
        trend.reaches(target, year));
  }

  public GapReport gaps(AnalysisRequest request) {
    int year = request.to().getYear();
    return gaps(request, targetRule(year), year);
  }

  /**
   * The gaps of a request's figures against the targets of a year under a given rule: what the
   * targets page previews before a planner saves a target.
   */
  public GapReport gaps(AnalysisRequest request, TargetRule rule, int year) {
    Unit top = request.unit();
    LocalDate from = request.from();
    LocalDate to = request.to();
    UnitTree tree = units.tree();
    // each unit's own counter (scope own), so a district and its communes are not counted twice
    List<ListedUnit> listed = listed(request, Territory.Scope.OWN, u -> true);
    Set<Long> ids = ListedUnit.ids(listed, tree);
    Map<Long, Map<String, Tally>> own = rollups.byUnit(ids, from, to);
    List<GapReport.Gap> gaps = new ArrayList<>();
    Map<Long, Map<Criterion, RespondentSums.Excess>> excess = rollups.excessByUnit(ids, from, to);
    for (ListedUnit l : listed) {
      Unit unit = l.unit();
      Map<String, Tally> byQuestion = l.pooled(own, tree);
      for (CriterionAssessment a :
          assess(unit, Criteria.pool(byQuestion), l.pooledExcess(excess, tree), year, rule)) {
        if (a.status() == Status.BELOW || a.status() == Status.SIGNIFICANTLY_BELOW) {
          gaps.add(
              new GapReport.Gap(
                  unit.code(),
                  unit.name(),
                  a.criterion().name(),
                  a.criterion().nameVi(),
                  a.answers(),
                  a.respondents().respondents(),
                  a.percent(),
                  a.ciLow(),
                  a.ciHigh(),
                  a.target(),
                  a.gap(),
                  a.status(),
                  lowestQuestions(a.criterion(), byQuestion),
                  l.territory().derivedFrom(from, to),
                  l.partialFigures(own, tree, a.criterion(), from, to)));
        }
      }
    }
    gaps.sort(
        Comparator.comparingDouble(GapReport.Gap::gap).thenComparing(GapReport.Gap::unitCode));
    return new GapReport(
        top.code(),
        from,
        to,
        gaps,
        Enums.spelling(request.basis()),
        request.territory().partialIncluded());
  }

  /**
   * The units a gaps or ranking report lists under the request's unit, by its basis (see {@link
   * ListedUnit}), pooled in {@code scope}.
   */
  private List<ListedUnit> listed(
      AnalysisRequest request, Territory.Scope scope, Predicate<Unit> which) {
    return ListedUnit.of(
        request.unit(),
        request.basis(),
        scope,
        request.territory().partialIncluded(),
        request.from(),
        request.to(),
        VietnamTime.localDate(clock.instant()),
        units.tree(),
        which);
  }

  /** The criterion's detailed questions with answers, lowest percent first. */
  private static List<GapReport.QuestionResult> lowestQuestions(
      Criterion criterion, Map<String, Tally> byQuestion) {
    return byQuestion.entrySet().stream()
        .filter(e -> !e.getKey().equals(criterion.name()))
        .filter(e -> Criterion.ofQuestion(e.getKey()) == criterion)
        .map(e -> Map.entry(e.getKey(), Proportion.of(e.getValue())))
        .filter(e -> e.getValue().hasData())
        .map(
            e ->
                new GapReport.QuestionResult(
                    e.getKey(), e.getValue().valid(), e.getValue().percent()))
        .sorted(
            Comparator.comparingDouble(GapReport.QuestionResult::percent)
                .thenComparing(GapReport.QuestionResult::code))
        .limit(GapReport.LOWEST_QUESTIONS)
        .toList();
  }

  public RankingReport ranking(AnalysisRequest request) {
    Unit top = request.unit();
    UnitLevel level = request.level();
    LocalDate from = request.from();
    LocalDate to = request.to();
    int year = to.getYear();
    TargetRule rule = targetRule(year);
    Below below = pooledBelow(request);
    List<RankingReport.Entry> entries = new ArrayList<>();
    for (ListedUnit l : below.listed()) {
      Unit candidate = l.unit();
      Map<String, Tally> pooled = below.pooled().get(candidate);
      Map<Criterion, Tally> criteria = Criteria.pool(pooled);
      Map<String, Double> percents = new LinkedHashMap<>();
      criteria.forEach(
          (criterion, tally) -> {
            Proportion p = Proportion.of(tally);
            if (p.hasData()) {
              percents.put(criterion.name(), p.percent());
            }
          });
      entries.add(
          new RankingReport.Entry(
              null,
              candidate.code(),
              candidate.name(),
              candidate.level(),
              Criteria.respondents(pooled),
              Criteria.orNull(SatisfactionIndex.ofTallies(criteria).orElse(Double.NaN)),
              rule.resolve(chain(candidate), null, year),
              percents,
              l.territory().derivedFrom(from, to),
              l.partialFigures(below.own(), below.tree(), null, from, to)));
    }
    entries.sort(
        Comparator.comparing(
                (RankingReport.Entry e) -> e.index() == null ? Double.NEGATIVE_INFINITY : e.index())
            .reversed()
            .thenComparing(RankingReport.Entry::unitCode));
    List<RankingReport.Entry> ranked = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      RankingReport.Entry e = entries.get(i);
      ranked.add(
          new RankingReport.Entry(
              e.index() == null ? null : i + 1,
              e.unitCode(),
              e.unitName(),
              e.level(),
              e.respondents(),
              e.index(),
              e.target(),
              e.criteria(),
              e.derivedFrom(),
              e.partial()));
    }
    return new RankingReport(
        top.code(),
        level,
        from,
        to,
        ranked,
        Enums.spelling(request.basis()),
        request.territory().partialIncluded());
  }

  /**
   * The six assessments of each unit the ranking ranks (one level down, or of {@code level}),
   * pooled the same way, in the tree's order: what a report lists unit by unit.
   */
  public List<UnitAssessments> assessmentsBelow(AnalysisRequest request) {
    int year = request.to().getYear();
    TargetRule rule = targetRule(year);
    List<UnitAssessments> result = new ArrayList<>();
    Below below = pooledBelow(request);
    // the intervals on respondents, as on the satisfaction page (docs/method.md §10)
    Map<Long, Map<Criterion, RespondentSums.Excess>> excess =
        rollups.excessByUnit(
            ListedUnit.ids(below.listed(), below.tree()), request.from(), request.to());
    for (ListedUnit l : below.listed()) {
      Map<String, Tally> pooled = below.pooled().get(l.unit());
      result.add(
          new UnitAssessments(
              l.unit(),
              Criteria.respondents(pooled),
              assess(
                  l.unit(),
                  Criteria.pool(pooled),
                  l.pooledExcess(excess, below.tree()),
                  year,
                  rule)));
    }
    return result;
  }

  /** The units a ranking lists, their pooled tallies and the own tallies they were pooled from. */
  private record Below(
      List<ListedUnit> listed,
      Map<Unit, Map<String, Tally>> pooled,
      Map<Long, Map<String, Tally>> own,
      UnitTree tree) {}

  /**
   * The question tallies of each unit under the request's unit (one level down, or of its level)
   * that the basis lists, each pooling its own subtree (and, with basis now, its lineage), in the
   * tree's order.
   */
  private Below pooledBelow(AnalysisRequest request) {
    Unit top = request.unit();
    UnitLevel level = request.level();
    UnitTree tree = units.tree();
    List<ListedUnit> listed =
        listed(
            request,
            Territory.Scope.SUBTREE,
            u -> u != top && (level == null ? top.id().equals(u.parentId()) : u.level() == level));
    Map<Long, Map<String, Tally>> own =
        rollups.byUnit(ListedUnit.ids(listed, tree), request.from(), request.to());
    Map<Unit, Map<String, Tally>> pooledByUnit = new LinkedHashMap<>();
    listed.forEach(l -> pooledByUnit.put(l.unit(), l.pooled(own, tree)));
    return new Below(listed, pooledByUnit, own, tree);
  }

  private TargetRule targetRule(int year) {
    return targets.rule(year);
  }

  private List<Long> chain(Unit unit) {
    return units.tree().ancestry(unit).stream().map(Unit::id).toList();
  }
}
