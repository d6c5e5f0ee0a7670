package vn.hailong.analysis;

/**
 * The share of satisfied answers among valid answers: {@code satisfied / valid}, shown in percent.
 *
 * <p>For a criterion, both counts are pooled over all of its questions, units and days (see {@link
 * Tally}); "not applicable" answers are in neither count.
 *
 * <p>The 95% confidence interval is the Wilson score interval (E. B. Wilson, "Probable inference,
 * the law of succession, and statistical inference", JASA 22, 1927; recommended over the normal
 * approximation by Brown, Cai and DasGupta, Statistical Science 16, 2001). With {@code p =
 * satisfied / valid}, {@code n = valid} and {@code z} the 97.5% normal quantile:
 *
 * <pre>
 *   centre = (p + z²/(2n)) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √( p(1−p)/n + z²/(4n²) )
 *   [low, high] = [centre − half, centre + half]
 * </pre>
 *
 * Unlike {@code p ± z√(p(1−p)/n)} it stays within 0..100 % and is not empty when {@code p} is 0 or
 * 1. Example: 37 satisfied of 40 is 92.5 %, interval 80.14 % to 97.42 %.
 *
 * @param satisfied answers 4 or 5
 * @param valid answers 1 to 5 (the {@code n} shown with every percentage)
 */
public record Proportion(long satisfied, long valid) {
  /** The 97.5% quantile of the standard normal distribution, for a two-sided 95% interval. */
  public static final double Z_95 = 1.959963984540054;

  /** Checks {@code 0 <= satisfied <= valid}. */
  public Proportion {
    if (satisfied < 0 || valid < 0 || satisfied > valid) {
      throw new IllegalArgumentException(
          "Need 0 <= satisfied <= valid, got " + satisfied + " of " + valid);
    }
  }

  /** The proportion of satisfied answers in a tally (N/A excluded). */
  public static Proportion of(Tally tally) {
    return new Proportion(tally.satisfied(), tally.valid());
  }

  /** Whether there is at least one valid answer. */
  public boolean hasData() {
    return valid > 0;
  }

  /** {@code 100 · satisfied / valid} at full precision; {@code NaN} when {@code valid = 0}. */
  public double percent() {
    return hasData() ? 100.0 * satisfied / valid : Double.NaN;
  }

  /** The 95% Wilson score interval in percent; {@link Interval#NONE} when there is no data. */
  public Interval wilson() {
    if (!hasData()) {
      return Interval.NONE;
    }
    return Wilson.interval(satisfied, valid, valid, Z_95);
  }
}
