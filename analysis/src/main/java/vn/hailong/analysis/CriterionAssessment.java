package vn.hailong.analysis;

/**
 * One criterion's result for a unit and period, compared with its target.
 *
 * <p>{@code percent} is {@code 100 · satisfied / valid} of the pooled {@code tally}; {@code
 * ciLow..ciHigh} its 95% Wilson interval on the respondents' effective number (see {@link
 * RespondentSums}; for one answer per respondent the plain {@link Proportion}); {@code gap =
 * percent − target} in percentage points, negative for a shortfall. All three are {@code NaN} when
 * the tally has no valid answer. The {@link Status} rules are in {@link #assess}.
 *
 * @param criterion the criterion
 * @param tally the pooled answers of all the criterion's questions
 * @param percent satisfied share in percent, 0..100, full precision
 * @param ciLow lower bound of the 95% Wilson interval, percent
 * @param ciHigh upper bound of the 95% Wilson interval, percent
 * @param target the effective target in percent (see {@link TargetRule})
 * @param gap {@code percent − target}, percentage points
 * @param status the verdict
 * @param respondents the per-respondent sums the interval and the minimum rest on
 */
public record CriterionAssessment(
    Criterion criterion,
    Tally tally,
    double percent,
    double ciLow,
    double ciHigh,
    double target,
    double gap,
    Status status,
    RespondentSums respondents) {

  /**
   * Assesses a criterion against its target.
   *
   * <ul>
   *   <li>{@link Status#INSUFFICIENT_DATA} when {@code valid < minAnswers} (respondents, in the
   *       respondent-based overload);
   *   <li>else {@link Status#MET} when {@code percent >= target};
   *   <li>else {@link Status#SIGNIFICANTLY_BELOW} when the Wilson upper bound {@code < target};
   *   <li>else {@link Status#BELOW}.
   * </ul>
   *
   * @param targetPercent the target, 0..100
   * @param minAnswers the fewest valid answers for a verdict, at least 1
   */
  public static CriterionAssessment assess(
      Criterion criterion, Tally tally, double targetPercent, int minAnswers) {
    return assess(criterion, tally, RespondentSums.Excess.NONE, targetPercent, minAnswers);
  }

  /**
   * Assesses a criterion on respondents: as {@link #assess(Criterion, Tally, double, int)}, but the
   * interval is the respondent-based one ({@link RespondentSums#wilson()}) and {@code minAnswers}
   * counts respondents. With {@link RespondentSums.Excess#NONE} (every respondent gave at most one
   * answer to the criterion, as at a kiosk) it is exactly the answer-based assessment.
   *
   * @param excess what the criterion's long-form respondents add beyond one answer each
   */
  public static CriterionAssessment assess(
      Criterion criterion,
      Tally tally,
      RespondentSums.Excess excess,
      double targetPercent,
      int minAnswers) {
    if (criterion == null || tally == null || excess == null) {
      throw new IllegalArgumentException("Criterion and tally are required");
    }
    if (!(targetPercent >= 0 && targetPercent <= 100)) {
      throw new IllegalArgumentException("Target must be within 0..100, got " + targetPercent);
    }
    if (minAnswers < 1) {
      throw new IllegalArgumentException("minAnswers must be at least 1, got " + minAnswers);
    }
    RespondentSums sums = RespondentSums.of(tally, excess);
    double percent = sums.proportion().percent();
    Interval ci = sums.wilson();
    Status status;
    if (sums.respondents() < minAnswers) {
      status = Status.INSUFFICIENT_DATA;
    } else if (percent >= targetPercent) {
      status = Status.MET;
    } else if (ci.high() < targetPercent) {
      status = Status.SIGNIFICANTLY_BELOW;
    } else {
      status = Status.BELOW;
    }
    return new CriterionAssessment(
        criterion,
        tally,
        percent,
        ci.low(),
        ci.high(),
        targetPercent,
        percent - targetPercent,
        status,
        sums);
  }

  /** The valid answers {@code n} (1 to 5, N/A excluded). */
  public long answers() {
    return tally.valid();
  }

  /** The satisfied answers (4 or 5). */
  public long satisfied() {
    return tally.satisfied();
  }

  /** The satisfied share as a proportion, e.g. for the index. */
  public Proportion proportion() {
    return Proportion.of(tally);
  }

  /** Whether there is at least one valid answer. */
  public boolean hasData() {
    return tally.valid() > 0;
  }
}
