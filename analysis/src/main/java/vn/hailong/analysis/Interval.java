package vn.hailong.analysis;

/**
 * A confidence interval in percent (0 to 100), as computed by {@link Proportion#wilson()}. Both
 * bounds are {@code NaN} when there is no data.
 *
 * @param low the lower bound, percent
 * @param high the upper bound, percent
 */
public record Interval(double low, double high) {
  /** The interval of a proportion without data. */
  public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

  /** Checks that {@code low <= high} unless both are NaN. */
  public Interval {
    if (Double.isNaN(low) != Double.isNaN(high) || low > high) {
      throw new IllegalArgumentException("Invalid interval [" + low + ", " + high + "]");
    }
  }
}
