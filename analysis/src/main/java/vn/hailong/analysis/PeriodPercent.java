package vn.hailong.analysis;

/**
 * A percentage observed in one period: a point of a {@link Trend} or of a trend chart.
 *
 * @param period the period
 * @param percent the percentage, 0..100, or {@code NaN} when the period has no data
 */
public record PeriodPercent(Period period, double percent) {
  /** Checks that the percent is NaN or within 0..100. */
  public PeriodPercent {
    if (period == null) {
      throw new IllegalArgumentException("Period is required");
    }
    if (!Double.isNaN(percent) && !(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("Percent must be within 0..100 or NaN, got " + percent);
    }
  }

  /** The proportion's percent in a period ({@code NaN} without data). */
  public static PeriodPercent of(Period period, Proportion proportion) {
    return new PeriodPercent(period, proportion.percent());
  }

  /** Whether the period has a percentage. */
  public boolean hasData() {
    return !Double.isNaN(percent);
  }
}
