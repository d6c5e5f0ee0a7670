package vn.hailong.api.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The sample-size planner (contract v1): per unit and criterion, the respondents needed per period
 * to tell the current rate from the target, beside those collected, and whether it can be judged.
 * {@code notAssessable} lists the units one level down that cannot be judged at their volume: a
 * criterion with data that is not assessable, or no data at all.
 */
@Serdeable
public record PlannerReport(
    String unit,
    String unitName,
    LocalDate from,
    LocalDate to,
    double maxHalfWidth,
    double alpha,
    double power,
    List<UnitPlan> units,
    List<String> notAssessable) {

  /** One unit (the request's unit first, then one level down). */
  @Serdeable
  public record UnitPlan(
      String unitCode, String unitName, boolean top, List<CriterionPlan> criteria) {}

  /**
   * One criterion: {@code needed} is null when the rate equals the target (no size tells them
   * apart) or there is no data.
   */
  @Serdeable
  public record CriterionPlan(
      String criterion,
      String nameVi,
      long respondents,
      long answers,
      @Nullable Double percent,
      double target,
      @Nullable Double effectiveN,
      @Nullable Double halfWidth,
      @Nullable Long needed,
      boolean assessable) {}
}
