package vn.hailong.api.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.hailong.analysis.Criterion;
import vn.hailong.analysis.TargetRule;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;
import vn.hailong.api.unit.UnitTree;

@Controller("/api/v1/targets")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TargetController {
  private final Targets targets;
  private final UnitDirectory units;
  private final Clock clock;

  TargetController(Targets targets, UnitDirectory units, Clock clock) {
    this.targets = targets;
    this.units = units;
    this.clock = clock;
  }

  @Serdeable
  public record TargetInput(
      @Nullable String unitCode, @Nullable Integer year, @Nullable String criterion,
      @Nullable Double percent) {}

  @Serdeable
  public record TargetView(
      @Nullable String unitCode, int year, @Nullable String criterion, double percent,
      String updatedBy) {}

  /** The target that applies to one criterion (criterion null: the index). */
  @Serdeable
  public record Effective(@Nullable String criterion, double percent) {}

  @Serdeable
  public record TargetsOfUnit(
      String unit, int year, List<Effective> effective, List<TargetView> set) {}

  /** The effective targets of a unit for a year, and every target set for that year. */
  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  public TargetsOfUnit effective(
      @QueryValue @Nullable String unit, @QueryValue @Nullable Integer year,
      Authentication who) {
    UnitTree tree = units.tree();
    int resolvedYear = year != null ? year : VietnamTime.localDate(clock.instant()).getYear();
    Scope scope = Scope.of(who);
    String code = unit != null ? unit : scope.unitCode();
    if (code == null) {
      throw Problem.badRequest("unit: bắt buộc / required");
    }
    Unit target =
        tree.byCode(code)
            .orElseThrow(() -> Problem.badRequest("unit: không có đơn vị mã / no unit '" + code + "'"));
    scope.require(target);
    TargetRule rule = targets.rule(resolvedYear);
    List<Long> chain = tree.ancestry(target).stream().map(Unit::id).toList();
    List<Effective> effective =
        new java.util.ArrayList<>(
            Arrays.stream(Criterion.values())
                .map(c -> new Effective(c.name(), rule.resolve(chain, c, resolvedYear)))
                .toList());
    effective.add(new Effective(null, rule.resolve(chain, null, resolvedYear)));
    List<TargetView> set =
        targets.ofYear(resolvedYear).stream()
            .map(
                t ->
                    new TargetView(
                        t.unitId() == null ? null : tree.byId(t.unitId()).code(),
                        t.year(), t.criterion(), t.percent(), t.updatedBy()))
            .toList();
    return new TargetsOfUnit(target.code(), resolvedYear, effective, set);
  }

  @Put
  @Secured({"PLANNER", "ADMIN"})
  public TargetView set(@Body TargetInput input, Authentication who) {
    TargetEntry entry =
        targets.set(input.unitCode(), input.year(), input.criterion(), input.percent(), Scope.of(who));
    return new TargetView(
        input.unitCode(), entry.year(), entry.criterion(), entry.percent(), entry.updatedBy());
  }
}
