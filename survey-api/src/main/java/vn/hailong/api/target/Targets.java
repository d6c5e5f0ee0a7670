package vn.hailong.api.target;

import io.micronaut.core.annotation.Nullable;
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
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

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

  public List<TargetEntry> ofYear(int year) {
    return repository.findByYear(year);
  }

  /** Sets (creates or replaces) one target; planners within their subtree, admins anywhere. */
  @Transactional
  public TargetEntry set(
      @Nullable String unitCode, @Nullable Integer year, @Nullable String criterion,
      @Nullable Double percent, Scope scope) {
    List<String> errors = new ArrayList<>();
    Unit unit = null;
    if (unitCode != null) {
      unit = units.tree().byCode(unitCode).orElse(null);
      if (unit == null) {
        errors.add("unitCode: không có đơn vị mã / no unit with code '" + unitCode + "'");
      }
    }
    if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
      errors.add("year: từ " + FIRST_YEAR + " đến " + LAST_YEAR + " / between " + FIRST_YEAR
          + " and " + LAST_YEAR);
    }
    if (criterion != null && !isCriterion(criterion)) {
      errors.add("criterion: một trong / one of ACCESS, FACILITIES, PROCEDURES, STAFF, RESULTS,"
          + " FEEDBACK, or null for all");
    }
    if (percent == null || !(percent > 0 && percent <= 100)) {
      errors.add("percent: lớn hơn 0 và không quá 100 / above 0 and at most 100");
    }
    if (!errors.isEmpty()) {
      throw Problem.badRequest(errors);
    }
    if (unit == null) {
      if (!scope.admin()) {
        throw Problem.forbidden("Chỉ tiêu toàn tỉnh do quản trị viên đặt / province-wide targets are set by an admin");
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
            existing.map(TargetEntry::id).orElse(null), key, unitId, year, criterion, percent, now,
            scope.username());
    return existing.isPresent() ? repository.update(entry) : repository.save(entry);
  }

  private static boolean isCriterion(String code) {
    for (Criterion c : Criterion.values()) {
      if (c.name().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
