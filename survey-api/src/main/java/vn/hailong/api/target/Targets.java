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

  /** The rule over every target of one year. */
  public TargetRule rule(int year) {
    return new TargetRule(
        repository.findByYear(year).stream()
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

  /** The target that applies to one criterion (criterion null: the index). */
  @Serdeable
  public record Effective(@Nullable String criterion, double percent) {}

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
    for (Criterion criterion : Criterion.values()) {
      effective.add(new Effective(criterion.name(), rule.resolve(chain, criterion, resolvedYear)));
    }
    effective.add(new Effective(null, rule.resolve(chain, null, resolvedYear)));
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

  /** Sets (creates or replaces) one target; planners within their subtree, admins anywhere. */
  @Transactional
  public TargetView set(TargetController.TargetInput input, Scope scope) {
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
    Criterion parsed = Enums.parse(Criterion.class, "criterion", input.criterion(), null, problems);
    String criterion = parsed == null ? null : parsed.name();
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
    Long unitId = unit == null ? null : unit.id();
    String key = TargetEntry.key(unitId, year, criterion);
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    Optional<TargetEntry> existing = repository.findByTargetKey(key);
    TargetEntry entry =
        new TargetEntry(
            existing.map(TargetEntry::id).orElse(null),
            key,
            unitId,
            year,
            criterion,
            percent,
            now,
            scope.username());
    TargetEntry saved = existing.isPresent() ? repository.update(entry) : repository.save(entry);
    return view(saved, input.unitCode());
  }

  private static TargetView view(TargetEntry entry, @Nullable String unitCode) {
    return new TargetView(
        unitCode, entry.year(), entry.criterion(), entry.percent(), entry.updatedBy());
  }
}
