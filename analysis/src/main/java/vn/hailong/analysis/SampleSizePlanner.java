package vn.hailong.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How many respondents a unit needs per period to tell its current rate from the target: the sample
 * size of a one-sided one-sample test of a proportion (Fleiss, Levin and Paik, <i>Statistical
 * Methods for Rates and Proportions</i>, 3rd ed. 2003, eq. 2.5; Chow, Shao and Wang, <i>Sample Size
 * Calculations in Clinical Research</i>, 2008, §4.1). With the current rate {@code p1}, the target
 * {@code p0}, {@code z_a} the upper {@code α} point and {@code z_b} the upper {@code β = 1 − power}
 * point of the standard normal:
 *
 * <pre>
 *   n = ⌈ ( (z_a·√(p0(1−p0)) + z_b·√(p1(1−p1))) / (p1 − p0) )² ⌉
 * </pre>
 *
 * Example: a true 95% against an 85% target, α = 0.05, power 0.8: z_a = 1.6449, z_b = 0.8416;
 * (1.6449 · 0.3571 + 0.8416 · 0.2179) / 0.10 = 7.708, squared 59.4, so <b>60</b> respondents. A
 * rate equal to the target can never be told from it: no size ({@link #UNBOUNDED}).
 *
 * @param alpha the one-sided significance level, e.g. 0.05
 * @param power the probability of telling the rates apart when they differ as assumed, e.g. 0.8
 */
public record SampleSizePlanner(double alpha, double power) {
  /** No finite number of respondents tells the rates apart. */
  public static final long UNBOUNDED = Long.MAX_VALUE;

  private static final NormalDistribution NORMAL = new NormalDistribution();

  /** The defaults of the issue: α = 0.05 one-sided, power 0.8. */
  public static final SampleSizePlanner DEFAULT = new SampleSizePlanner(0.05, 0.8);

  /** Checks {@code 0 < alpha < 0.5} and {@code 0.5 < power < 1}. */
  public SampleSizePlanner {
    if (!(alpha > 0 && alpha < 0.5) || !(power > 0.5 && power < 1)) {
      throw new IllegalArgumentException(
          "Need 0 < alpha < 0.5 and 0.5 < power < 1, got " + alpha + " and " + power);
    }
  }

  /**
   * The respondents needed per period.
   *
   * @param ratePercent the unit's current rate, percent (0..100)
   * @param targetPercent the target, percent (0..100)
   * @return at least 1, or {@link #UNBOUNDED} when the rate equals the target
   */
  public long respondentsNeeded(double ratePercent, double targetPercent) {
    if (!(ratePercent >= 0 && ratePercent <= 100 && targetPercent >= 0 && targetPercent <= 100)) {
      throw new IllegalArgumentException(
          "Rate and target must be within 0..100, got " + ratePercent + " and " + targetPercent);
    }
    double p1 = ratePercent / 100;
    double p0 = targetPercent / 100;
    if (p1 == p0) {
      return UNBOUNDED;
    }
    double za = NORMAL.inverseCumulativeProbability(1 - alpha);
    double zb = NORMAL.inverseCumulativeProbability(power);
    double root = (za * Math.sqrt(p0 * (1 - p0)) + zb * Math.sqrt(p1 * (1 - p1))) / (p1 - p0);
    // A tiny tolerance so that a size that is an integer up to rounding is not rounded up.
    return Math.max(1, (long) Math.ceil(root * root - 1e-9));
  }
}
