package vn.hailong.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one place where instants become calendar dates. Ratings are stored as UTC instants; days,
 * months, quarters and years are those of Asia/Ho_Chi_Minh (UTC+7, no daylight saving), so a rating
 * at 2024-03-31T17:30Z (00:30 on 1 April in Khánh Hòa) counts in April and 2024-Q2.
 */
public final class VietnamTime {
  /** Asia/Ho_Chi_Minh. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {}

  /** The local date in Vietnam at the given instant. */
  public static LocalDate localDate(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
