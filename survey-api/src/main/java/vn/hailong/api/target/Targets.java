package vn.hailong.api.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.Target;
import vn.hailong.analysis.TargetRule;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.Enums;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.FieldProblems;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

/** Reads and sets targets; resolution itself is {@link TargetRule}'s. */
@Singleton
public class Targets {
  static final int FIRST_YEAR = 2015;
  static final int LAST_YEAR = 2100;

  private final TargetRepository repository;
  private final UnitDirectory units;
  private final Clock clock;

  Targets(TargetRepository repository, UnitDirectory units, Clock clock) {
    this.repository = repository;
    this.units = units;
    this.clock = clock;
  }

  /**
   * The rule for a year: over every target of that year and the earlier ones (a year without a
   * target of its own keeps the latest earlier year's). One query; callers read it once per
   * request.
   */
  public TargetRule rule(int year) {
    return new TargetRule(
        repository.findByYearLessThanEquals(year).stream()
            .map(
                t ->
                    new Target(
                        t.unitId(),
                        t.year(),
                        t.criterion() == null ? null : Criterion.valueOf(t.criterion()),
                        t.percent()))
            .toList());
  }

  @Serdeable
  public record TargetView(
      @Nullable String unitCode,
      int year,
      @Nullable String criterion,
      double percent,
      String updatedBy) {}

  /**
   * The target that applies to one criterion (criterion null: the index), and where it comes from:
   * {@code source} is a {@link TargetRule.Source} name; {@code sourceYear} the year the applying
   * target was set for ({@code earlierYear} when that is before the asked year); the unit it was
   * set for (null for province-wide targets and the default).
   */
  @Serdeable
  public record Effective(
      @Nullable String criterion,
      double percent,
      String source,
      @Nullable Integer sourceYear,
      boolean earlierYear,
      @Nullable String sourceUnitCode,
      @Nullable String sourceUnitName) {

    static Effective of(@Nullable Criterion criterion, TargetRule.Resolution r, UnitTree tree) {
      Target t = r.target();
      Unit from = t == null || t.unitId() == null ? null : tree.byId(t.unitId());
      return new Effective(
          criterion == null ? null : criterion.name(),
          r.percent(),
          r.source().name(),
          t == null ? null : t.year(),
          r.fromEarlierYear(),
          from == null ? null : from.code(),
          from == null ? null : from.name());
    }
  }

  @Serdeable
  public record TargetsOfUnit(
      String unit, int year, List<Effective> effective, List<TargetView> set) {}

  /**
   * The effective targets of a unit (the caller's own by default) for a year (this year by
   * default), and the targets set for that year within the caller's subtree (all, for an admin).
   */
  public TargetsOfUnit effective(@Nullable String unitCode, @Nullable Integer year, Scope scope) {
    UnitTree tree = units.tree();
    int resolvedYear = year != null ? year : VietnamTime.localDate(clock.instant()).getYear();
    FieldProblems problems = new FieldProblems();
    Unit unit = scope.find(tree, "unit", unitCode != null ? unitCode : scope.unitCode(), problems);
    problems.throwIfAny();
    TargetRule rule = rule(resolvedYear);
    List<Long> chain = tree.ancestry(unit).stream().map(Unit::id).toList();
    List<Effective> effective = new ArrayList<>();
    // the unit's ancestry is the caller's own: naming where a target comes from reveals nothing
    for (Criterion criterion : Criterion.values()) {
      effective.add(Effective.of(criterion, rule.explain(chain, criterion, resolvedYear), tree));
    }
    effective.add(Effective.of(null, rule.explain(chain, null, resolvedYear), tree));
    // only targets of the caller's subtree (with who set them); province-wide ones and those of
    // other units are the admin's to list, though they count in the effective values above
    List<TargetView> set =
        repository.findByYear(resolvedYear).stream()
            .filter(
                t -> scope.admin() || (t.unitId() != null && scope.covers(tree.byId(t.unitId()))))
            .map(t -> view(t, t.unitId() == null ? null : tree.byId(t.unitId()).code()))
            .toList();
    return new TargetsOfUnit(unit.code(), resolvedYear, effective, set);
  }

  /** A target as asked for, checked: unit null is province-wide. */
  record Checked(@Nullable Unit unit, int year, @Nullable Criterion criterion, double percent) {
    Target target() {
      return new Target(unit == null ? null : unit.id(), year, criterion, percent);
    }
  }

  /**
   * Checks a target a caller wants to set (or preview): scope first (403, whether or not the unit
   * exists), then every field in one 400; province-wide targets are an admin's.
   */
  Checked check(TargetController.TargetInput input, Scope scope) {
    FieldProblems problems = new FieldProblems();
    Unit unit =
        input.unitCode() == null
            ? null
            : scope.find(units.tree(), "unitCode", input.unitCode(), problems);
    Integer year = input.year();
    if (year == null) {
      problems.add(FieldProblem.required("year"));
    } else if (year < FIRST_YEAR || year > LAST_YEAR) {
      problems.add(FieldProblem.outOfRange("year", year, FIRST_YEAR, LAST_YEAR));
    }
    Criterion criterion =
        Enums.parse(Criterion.class, "criterion", input.criterion(), null, problems);
    Double percent = input.percent();
    if (percent == null || !(percent > 0 && percent <= 100)) {
      problems.add(
          new FieldProblem(
              "percent", "out-of-range", "lớn hơn 0 và không quá 100", "above 0 and at most 100"));
    }
    problems.throwIfAny();
    if (unit == null) {
      if (!scope.admin()) {
        throw Problem.forbidden(
            "Chỉ tiêu toàn tỉnh do quản trị viên đặt / province-wide targets are set by an admin");
      }
    } else {
      scope.require(unit);
    }
    return new Checked(unit, year, criterion, percent);
  }

  /** Sets (creates or replaces) one target; planners within their subtree, admins anywhere. */
  @Transactional
  public TargetView set(TargetController.TargetInput input, Scope scope) {
    Checked checked = check(input, scope);
    Long unitId = checked.unit() == null ? null : checked.unit().id();
    String criterion = checked.criterion() == null ? null : checked.criterion().name();
    String key = TargetEntry.key(unitId, checked.year(), criterion);
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    Optional<TargetEntry> existing = repository.findByTargetKey(key);
    TargetEntry entry =
        new TargetEntry(
            existing.map(TargetEntry::id).orElse(null),
            key,
            unitId,
            checked.year(),
            criterion,
            checked.percent(),
            now,
            scope.username());
    TargetEntry saved = existing.isPresent() ? repository.update(entry) : repository.save(entry);
    return view(saved, checked.unit() == null ? null : checked.unit().code());
  }

  private static TargetView view(TargetEntry entry, @Nullable String unitCode) {
    return new TargetView(
        unitCode, entry.year(), entry.criterion(), entry.percent(), entry.updatedBy());
  }
}
