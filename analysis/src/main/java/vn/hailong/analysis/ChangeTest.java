package vn.hailong.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Whether a percentage changed between two periods by more than sampling noise: the pooled
 * two-proportion z-test (equivalent to Pearson's chi-square test of the 2×2 table satisfied /
 * not satisfied × before / after, without continuity correction: {@code χ² = z²}).
 *
 * <pre>
 *   p̂ = (x₁ + x₂) / (n₁ + n₂)                           pooled share
 *   z = (x₂/n₂ − x₁/n₁) / √( p̂(1 − p̂)(1/n₁ + 1/n₂) )
 *   p-value = 2 · (1 − Φ(|z|))                          two-sided
 * </pre>
 *
 * The change is significant when {@code p-value < 0.05}. When either period has no valid answer
 * there is no test: {@code z} and the p-value are {@code NaN}. When both shares are 0 % or both
 * 100 % nothing changed: {@code z = 0}, p-value 1. Like the chi-square test, it wants roughly 5 or
 * more expected answers in each cell.
 */
public final class ChangeTest {
  /** The usual significance level. */
  public static final double ALPHA = 0.05;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private final Proportion before;
  private final Proportion after;
  private final double z;
  private final double pValue;

  private ChangeTest(Proportion before, Proportion after, double z, double pValue) {
    this.before = before;
    this.after = after;
    this.z = z;
    this.pValue = pValue;
  }

  /** Tests the change from {@code before} to {@code after}. */
  public static ChangeTest of(Proportion before, Proportion after) {
    if (!before.hasData() || !after.hasData()) {
      return new ChangeTest(before, after, Double.NaN, Double.NaN);
    }
    double n1 = before.valid();
    double n2 = after.valid();
    double pooled = (before.satisfied() + after.satisfied()) / (n1 + n2);
    double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
    if (variance == 0) {
      return new ChangeTest(before, after, 0, 1);
    }
    double z = (after.satisfied() / n2 - before.satisfied() / n1) / Math.sqrt(variance);
    double p = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    return new ChangeTest(before, after, z, p);
  }

  /** The earlier proportion. */
  public Proportion before() {
    return before;
  }

  /** The later proportion. */
  public Proportion after() {
    return after;
  }

  /** {@code after − before} in percentage points; {@code NaN} when either has no data. */
  public double difference() {
    return after.percent() - before.percent();
  }

  /** The z statistic; positive when the share rose. */
  public double z() {
    return z;
  }

  /** The two-sided p-value. */
  public double pValue() {
    return pValue;
  }

  /** Whether both periods have data, so that the test exists. */
  public boolean hasData() {
    return !Double.isNaN(z);
  }

  /** Whether the change is significant at {@link #ALPHA} (0.05). */
  public boolean significant() {
    return significant(ALPHA);
  }

  /** Whether the change is significant at the given level. */
  public boolean significant(double alpha) {
    return pValue < alpha;
  }
}
