package vn.hailong.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Spearman's rank correlation between two measures of the same units (for instance each commune's
 * share of dossiers resolved on time and its satisfaction with results), with its p-value.
 *
 * <p>ρ is Pearson's correlation of the ranks (ties get their average rank), as Commons Math's
 * {@link SpearmansCorrelation} computes it. The two-sided p-value of "no monotone relation" uses
 * the t approximation with n − 2 degrees of freedom: t = ρ·√((n − 2)/(1 − ρ²)), p = 2·P(T &gt; |t|)
 * (Zar, <i>Biostatistical Analysis</i>, 5th ed., §19.9; the same as SciPy's {@code spearmanr}). It
 * is rough for n below about 10 and says nothing of cause. Fewer than 3 pairs, or a measure that is
 * the same for every unit, give NaN for ρ and p.
 *
 * @param rho Spearman's ρ in [−1, 1], NaN when undefined
 * @param n the number of pairs
 * @param pValue two-sided, NaN when undefined; 0 when |ρ| = 1
 */
public record RankCorrelation(double rho, int n, double pValue) {

  /**
   * @throws IllegalArgumentException when the arrays differ in length or hold a NaN
   */
  public static RankCorrelation of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "Both measures need one value per unit: " + x.length + " and " + y.length + " given");
    }
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
        throw new IllegalArgumentException("Value " + i + " is NaN: leave such units out");
      }
    }
    int n = x.length;
    if (n < 3 || constant(x) || constant(y)) {
      return new RankCorrelation(Double.NaN, n, Double.NaN);
    }
    double rho = new SpearmansCorrelation().correlation(x, y);
    return new RankCorrelation(rho, n, pValue(rho, n));
  }

  /** Two-sided p of ρ with n pairs by the t approximation (n − 2 degrees of freedom). */
  static double pValue(double rho, int n) {
    if (Math.abs(rho) >= 1.0) {
      return 0.0;
    }
    double t = rho * Math.sqrt((n - 2) / (1.0 - rho * rho));
    TDistribution distribution = new TDistribution(null, n - 2);
    return Math.min(1.0, 2.0 * distribution.cumulativeProbability(-Math.abs(t)));
  }

  private static boolean constant(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }
}
