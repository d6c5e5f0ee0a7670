package vn.hailong.analysis;

/** The length of a reporting {@link Period}: a calendar month, quarter or year. */
public enum Granularity {
  MONTH(1),
  QUARTER(3),
  YEAR(12);

  private final int months;

  Granularity(int months) {
    this.months = months;
  }

  /** The number of months in one period. */
  public int months() {
    return months;
  }
}
