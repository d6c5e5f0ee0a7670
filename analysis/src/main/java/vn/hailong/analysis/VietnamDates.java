package vn.hailong.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as Vietnamese readers write them: day/month/year, {@code 01/07/2025}. Data and URLs keep
 * ISO dates; only what people read is formatted here.
 */
public final class VietnamDates {
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnamDates() {}

  public static String format(LocalDate date) {
    return DAY_MONTH_YEAR.format(date);
  }

  /** An inclusive range, {@code 01/10/2026 – 02/12/2026}. */
  public static String range(LocalDate from, LocalDate to) {
    return format(from) + " – " + format(to);
  }
}
