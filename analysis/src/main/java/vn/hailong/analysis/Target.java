package vn.hailong.analysis;

/**
 * A satisfaction target set by a planner: the percentage of satisfied answers a unit should reach
 * in a year.
 *
 * @param unitId the unit it is set for, or {@code null} for province-wide
 * @param year the calendar year it applies to
 * @param criterion the criterion it applies to, or {@code null} for all criteria (and the index)
 * @param percent the target, 0..100
 */
public record Target(Long unitId, int year, Criterion criterion, double percent) {
  /** Checks that the percent is within 0..100. */
  public Target {
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("Target must be within 0..100, got " + percent);
    }
  }
}
