package vn.hailong.api.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.hailong.api.account.Scope;
import vn.hailong.api.target.Targets.TargetView;
import vn.hailong.api.target.Targets.TargetsOfUnit;

@Controller("/api/v1/targets")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TargetController {
  private final Targets targets;

  private final TargetPreview previews;

  private final TargetCarry carry;

  TargetController(Targets targets, TargetPreview previews, TargetCarry carry) {
    this.targets = targets;
    this.previews = previews;
    this.carry = carry;
  }

  @Serdeable
  public record TargetInput(
      @Nullable String unitCode,
      @Nullable Integer year,
      @Nullable String criterion,
      @Nullable Double percent) {}

  /** The effective targets of a unit for a year, and every target set for that year. */
  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  public TargetsOfUnit effective(
      @QueryValue @Nullable String unit, @QueryValue @Nullable Integer year, Authentication who) {
    return targets.effective(unit, year, Scope.of(who));
  }

  /**
   * Which units under the unit would be below target in the current period with this target: the
   * same checks as saving it, nothing stored.
   */
  @Get("/preview")
  @Secured({"PLANNER", "ADMIN"})
  public TargetPreview.Preview preview(
      @QueryValue @Nullable String unit,
      @QueryValue @Nullable Integer year,
      @QueryValue @Nullable String criterion,
      @QueryValue @Nullable Double percent,
      Authentication who) {
    return previews.preview(new TargetInput(unit, year, criterion, percent), Scope.of(who));
  }

  @Put
  @Secured({"PLANNER", "ADMIN"})
  public TargetView set(@Body TargetInput input, Authentication who) {
    return targets.set(input, Scope.of(who));
  }

  /**
   * Copies an ended unit's targets of a year to its successors without their own (docs/units.md).
   */
  @Post("/carry")
  @Secured({"PLANNER", "ADMIN"})
  public TargetCarry.Carried carry(@Body TargetCarry.CarryInput input, Authentication who) {
    return carry.carry(input, Scope.of(who));
  }
}
