package vn.hailong.analysis;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The straight-line trend of a percentage over consecutive periods, and where it leads.
 *
 * <p>Ordinary least squares (Apache Commons Math {@link SimpleRegression}) of {@code percent} on
 * {@code x = period.index() − first.index()}, over the periods that have data (periods without data
 * are skipped, not counted as 0):
 *
 * <pre>
 *   slope     = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²     percentage points per period
 *   intercept = ȳ − slope · x̄                    fitted value at the first period
 *   projection(p) = intercept + slope · (p.index() − first.index()), clamped to 0..100
 * </pre>
 *
 * With fewer than two periods of data there is no line: {@link #hasSlope()} is false, slope and
 * projections are {@code NaN} and {@link #reaches} is false. Example: quarters 80, 83, 83, 86 give
 * slope 1.8 per quarter, intercept 80.3 and 92.9 at the end of the next year.
 */
public final class Trend {
  private final Granularity granularity;
  private final Period first;
  private final int points;
  private final double slope;
  private final double intercept;

  private Trend(Granularity granularity, Period first, int points, double slope, double intercept) {
    this.granularity = granularity;
    this.first = first;
    this.points = points;
    this.slope = slope;
    this.intercept = intercept;
  }

  /**
   * Fits the trend of a series.
   *
   * @param series one value per period, any order, all of one granularity; NaN values are skipped
   * @throws IllegalArgumentException when granularities are mixed or a period repeats
   */
  public static Trend fit(List<PeriodPercent> series) {
    Set<Period> seen = new HashSet<>();
    Granularity granularity = null;
    Period first = null;
    for (PeriodPercent p : series) {
      Period period = p.period();
      if (!seen.add(period)) {
        throw new IllegalArgumentException("Period " + period + " appears twice");
      }
      if (granularity != null && granularity != period.granularity()) {
        throw new IllegalArgumentException(
            "Mixed granularities: " + granularity + " and " + period.granularity());
      }
      granularity = period.granularity();
      if (p.hasData() && (first == null || period.compareTo(first) < 0)) {
        first = period;
      }
    }
    SimpleRegression regression = new SimpleRegression();
    for (PeriodPercent p : series) {
      if (p.hasData()) {
        regression.addData(p.period().index() - first.index(), p.percent());
      }
    }
    int n = (int) regression.getN();
    if (n < 2) {
      return new Trend(granularity, first, n, Double.NaN, Double.NaN);
    }
    return new Trend(granularity, first, n, regression.getSlope(), regression.getIntercept());
  }

  /** Whether there were at least two periods with data, so that a line exists. */
  public boolean hasSlope() {
    return points >= 2;
  }

  /** The change in percentage points per period; {@code NaN} without a line. */
  public double slope() {
    return slope;
  }

  /**
   * The fitted value at a period of the series' granularity, clamped to 0..100 since a share cannot
   * leave that range; {@code NaN} without a line.
   */
  public double projectAt(Period period) {
    if (!hasSlope()) {
      return Double.NaN;
    }
    if (period.granularity() != granularity) {
      throw new IllegalArgumentException(
          "Series is by " + granularity + ", period " + period + " is not");
    }
    double value = intercept + slope * (period.index() - first.index());
    return Math.max(0, Math.min(100, value));
  }

  /**
   * The projection at the last period of {@code year} (the one containing 31 December, at the
   * series' granularity); {@code NaN} without a line.
   */
  public double projectAtEndOf(int year) {
    return hasSlope()
        ? projectAt(Period.containing(granularity, LocalDate.of(year, 12, 31)))
        : Double.NaN;
  }

  /** Whether the projection at the end of {@code year} is at least {@code targetPercent}. */
  public boolean reaches(double targetPercent, int year) {
    return projectAtEndOf(year) >= targetPercent;
  }
}
