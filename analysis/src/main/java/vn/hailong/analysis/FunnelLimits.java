package vn.hailong.analysis;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Control limits of a funnel plot for a proportion: where a unit's percentage may fall by chance
 * alone when its true rate is the centre {@code θ} (the parent's rate or the target), for its
 * number of respondents {@code n}.
 *
 * <p><b>Exact binomial limits</b> (D. J. Spiegelhalter, "Funnel plots for comparing institutional
 * performance", <i>Statistics in Medicine</i> 24, 2005, appendix A.1.1). For a probability {@code
 * q} (0.025 and 0.975 for the 95% limits, 0.001 and 0.999 for 99.8%), {@code F} the cumulative
 * Binomial(n, θ) distribution, {@code r} the smallest count with {@code F(r) ≥ q}, the limit
 * interpolates between {@code r − 1} and {@code r} so that it moves smoothly with {@code n}:
 *
 * <pre>
 *   a     = (F(r) − q) / (F(r) − F(r − 1))
 *   limit = (r − a) / n
 * </pre>
 *
 * <p><b>Over-dispersion</b> (same paper, section 6): with {@code φ > 1} the limits are the normal
 * ones widened by {@code √φ}, {@code θ ± z_q · √(φ · θ(1−θ)/n)}, kept within 0..1. {@code φ} comes
 * from {@link Funnel#dispersion}. Without it ({@code φ ≤ 1}), the exact limits apply.
 *
 * <p>Example: θ = 0.85, n = 40, q = 0.025: F(28) = 0.01197 &lt; 0.025 ≤ F(29) = 0.02992, so r = 29,
 * a = (0.02992 − 0.025) / (0.02992 − 0.01197) = 0.274 and the lower 95% limit is (29 − 0.274) / 40
 * = 71,8%. The upper one is 94,1%; at n = 1,000 they narrow to 82,7% and 87,1%.
 */
public final class FunnelLimits {
  /** The two-sided coverages drawn: 95% ("cảnh báo") and 99.8% ("báo động"). */
  public static final double[] COVERAGES = {0.95, 0.998};

  private static final NormalDistribution NORMAL = new NormalDistribution();

  private FunnelLimits() {}

  /** Lower and upper limits in percent for coverage {@code coverage}, e.g. 0.95. */
  public record Limits(double coverage, double low, double high) {}

  /**
   * The limits in percent around {@code centre} (0..1) for {@code n} respondents.
   *
   * @param phi the over-dispersion factor; 1 or less gives the exact binomial limits
   */
  public static Limits limits(double centre, long n, double coverage, double phi) {
    if (!(centre >= 0 && centre <= 1) || n < 1 || !(coverage > 0 && coverage < 1)) {
      throw new IllegalArgumentException(
          "Need 0 <= centre <= 1, n >= 1, 0 < coverage < 1; got "
              + centre
              + ", "
              + n
              + ", "
              + coverage);
    }
    double tail = (1 - coverage) / 2;
    if (phi > 1) {
      double z = NORMAL.inverseCumulativeProbability(1 - tail);
      double half = z * Math.sqrt(phi * centre * (1 - centre) / n);
      return new Limits(
          coverage, 100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half));
    }
    return new Limits(coverage, 100 * exact(centre, n, tail), 100 * exact(centre, n, 1 - tail));
  }

  /** The exact interpolated binomial limit for probability {@code q}, as a proportion. */
  public static double exact(double centre, long n, double q) {
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("n too large: " + n);
    }
    if (centre == 0 || centre == 1) {
      return centre;
    }
    BinomialDistribution binomial = new BinomialDistribution(null, (int) n, centre);
    int r = binomial.inverseCumulativeProbability(q); // smallest r with F(r) >= q
    double fr = binomial.cumulativeProbability(r);
    double below = r == 0 ? 0 : binomial.cumulativeProbability(r - 1);
    double a = (fr - q) / (fr - below);
    return Math.max(0, Math.min(1, (r - a) / n));
  }
}
