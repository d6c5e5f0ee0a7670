package vn.hailong.api.rollup;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An inclusive date range cut into the whole calendar months it covers (read from the monthly
 * rollups) and the days left over at either end (read from the daily rollups).
 *
 * @param firstMonth the first whole month, or null when the range covers none
 * @param lastMonth the last whole month, or null
 * @param dayRanges up to two inclusive [from, to] day ranges outside the whole months
 */
record DateRangeSplit(
    @Nullable YearMonth firstMonth, @Nullable YearMonth lastMonth, List<LocalDate[]> dayRanges) {

  static DateRangeSplit of(LocalDate from, LocalDate to) {
    YearMonth first = YearMonth.from(from.getDayOfMonth() == 1 ? from : from.plusMonths(1));
    YearMonth last =
        YearMonth.from(to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.minusMonths(1));
    List<LocalDate[]> days = new ArrayList<>();
    if (first.isAfter(last)) {
      days.add(new LocalDate[] {from, to});
      return new DateRangeSplit(null, null, days);
    }
    if (from.isBefore(first.atDay(1))) {
      days.add(new LocalDate[] {from, first.atDay(1).minusDays(1)});
    }
    if (to.isAfter(last.atEndOfMonth())) {
      days.add(new LocalDate[] {last.atEndOfMonth().plusDays(1), to});
    }
    return new DateRangeSplit(first, last, days);
  }
}
