package vn.hailong.analysis;

/**
 * The published rule for when a unit-criterion can be judged, instead of an unexplained "đủ điều
 * kiện đánh giá": it is <b>assessable</b> when the half-width of its respondent-based 95% interval
 * ({@link RespondentSums#wilson()}) is at most {@code maxHalfWidth} percentage points (default 5),
 * or its respondents reach the planner's size ({@link SampleSizePlanner}) for its rate against its
 * target. Either says the same thing in two ways: the interval is narrow enough to tell the rate
 * from the target.
 *
 * @param maxHalfWidth the widest half-width still judged, percentage points
 */
public record Assessability(double maxHalfWidth) {
  /** Half-width at most 5 points. */
  public static final Assessability DEFAULT = new Assessability(5.0);

  /** Checks {@code maxHalfWidth > 0}. */
  public Assessability {
    if (!(maxHalfWidth > 0 && maxHalfWidth <= 50)) {
      throw new IllegalArgumentException(
          "maxHalfWidth must be within (0, 50], got " + maxHalfWidth);
    }
  }

  /** Whether the unit-criterion is assessable under this rule, given the planner's size. */
  public boolean assessable(RespondentSums sums, long respondentsNeeded) {
    if (sums.answers() == 0) {
      return false;
    }
    double half = Wilson.halfWidth(sums.wilson());
    return half <= maxHalfWidth || sums.respondents() >= respondentsNeeded;
  }
}
