package vn.hailong.api.rollup;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The key of a calendar month in monthly_rollup: {@code year * 100 + month} (2024-03 is 202403), so
 * that a range of months is a range of integers. The one place that computes it, in Java and in SQL
 * (the migration V8 that built the first monthly rows used the same formula).
 */
public final class MonthKey {
  private MonthKey() {}

  public static int of(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }

  public static int of(LocalDate day) {
    return of(YearMonth.from(day));
  }

  public static YearMonth month(int key) {
    return YearMonth.of(key / 100, key % 100);
  }

  /** The same key computed in SQL from a DATE column (MySQL, MariaDB and H2 agree). */
  public static String sql(String dateColumn) {
    return "YEAR(" + dateColumn + ") * 100 + MONTH(" + dateColumn + ")";
  }
}
