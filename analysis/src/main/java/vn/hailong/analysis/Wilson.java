package vn.hailong.analysis;

/**
 * The Wilson score interval (E. B. Wilson, JASA 22, 1927) for a share {@code p = satisfied /
 * answers} with a sample size {@code n} that may differ from {@code answers}: the effective sample
 * size of clustered answers ({@link RespondentSums}). With {@code n = answers} it is exactly {@link
 * Proportion#wilson()}:
 *
 * <pre>
 *   centre = (p + z²/(2n)) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √( p(1−p)/n + z²/(4n²) )
 * </pre>
 */
public final class Wilson {
  private Wilson() {}

  /** The interval in percent; {@link Interval#NONE} without answers. */
  public static Interval interval(long satisfied, long answers, double n, double z) {
    if (answers == 0 || !(n > 0)) {
      return Interval.NONE;
    }
    double p = (double) satisfied / answers;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // Mathematically low <= p <= high and both lie in [0, 1]; the min/max only absorb rounding.
    double low = Math.max(0, Math.min(centre - half, p));
    double high = Math.min(1, Math.max(centre + half, p));
    return new Interval(100 * low, 100 * high);
  }

  /** Half the interval's width in percentage points; NaN without answers. */
  public static double halfWidth(Interval interval) {
    return (interval.high() - interval.low()) / 2;
  }
}
