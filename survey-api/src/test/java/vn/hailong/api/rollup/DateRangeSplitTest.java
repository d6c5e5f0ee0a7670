package vn.hailong.api.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DateRangeSplitTest {

  @Test
  void aQuarterIsThreeWholeMonthsAndNoDays() {
    DateRangeSplit split = DateRangeSplit.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));

    assertEquals(YearMonth.of(2024, 4), split.firstMonth());
    assertEquals(YearMonth.of(2024, 6), split.lastMonth());
    assertEquals(0, split.dayRanges().size());
  }

  @Test
  void raggedEdgesAreReadAsDays() {
    DateRangeSplit split = DateRangeSplit.of(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 5, 10));

    assertEquals(YearMonth.of(2024, 4), split.firstMonth());
    assertEquals(YearMonth.of(2024, 4), split.lastMonth());
    assertEquals(LocalDate.of(2024, 3, 15), split.dayRanges().get(0)[0]);
    assertEquals(LocalDate.of(2024, 3, 31), split.dayRanges().get(0)[1]);
    assertEquals(LocalDate.of(2024, 5, 1), split.dayRanges().get(1)[0]);
    assertEquals(LocalDate.of(2024, 5, 10), split.dayRanges().get(1)[1]);
  }

  @Test
  void aRangeInsideOneMonthIsOnlyDays() {
    DateRangeSplit split = DateRangeSplit.of(LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 29));

    assertNull(split.firstMonth());
    assertEquals(1, split.dayRanges().size());
    assertEquals(202402, MonthKey.of(YearMonth.of(2024, 2)));
  }
}
