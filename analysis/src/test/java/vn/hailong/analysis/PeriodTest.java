package vn.hailong.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Test
  void aRatingJustAfterMidnightInKhanhHoaCountsInTheNextQuarter() {
    Instant rating = Instant.parse("2024-03-31T17:30:00Z");
    LocalDate day = VietnamTime.localDate(rating);
    assertEquals(LocalDate.of(2024, 4, 1), day);
    assertEquals("2024-Q2", Period.containing(Granularity.QUARTER, day).label());
    assertEquals("2024-04", Period.containing(Granularity.MONTH, day).label());
    // Half an hour earlier it is still 31 March there.
    LocalDate earlier = VietnamTime.localDate(Instant.parse("2024-03-31T16:59:59Z"));
    assertEquals("2024-Q1", Period.containing(Granularity.QUARTER, earlier).label());
  }

  @Test
  void labelsStartsAndEnds() {
    LocalDate day = LocalDate.of(2024, 2, 14);
    Period month = Period.containing(Granularity.MONTH, day);
    Period quarter = Period.containing(Granularity.QUARTER, day);
    Period year = Period.containing(Granularity.YEAR, day);
    assertEquals("2024-02", month.label());
    assertEquals(LocalDate.of(2024, 2, 29), month.end()); // leap year
    assertEquals("2024-Q1", quarter.label());
    assertEquals(LocalDate.of(2024, 3, 31), quarter.end());
    assertEquals("2024", year.label());
    assertEquals(LocalDate.of(2024, 12, 31), year.end());
    assertEquals("2024-Q4", Period.parse("2024-Q3").next().label());
    assertEquals("2025-Q1", Period.parse("2024-Q4").next().label());
    assertTrue(quarter.contains(LocalDate.of(2024, 3, 31)));
    assertFalse(quarter.contains(LocalDate.of(2024, 4, 1)));
  }

  @Test
  void parsingGivesTheSamePeriods() {
    assertEquals(new Period(Granularity.MONTH, LocalDate.of(2024, 3, 1)), Period.parse("2024-03"));
    assertEquals(
        new Period(Granularity.QUARTER, LocalDate.of(2024, 10, 1)), Period.parse("2024-Q4"));
    assertEquals(new Period(Granularity.YEAR, LocalDate.of(2023, 1, 1)), Period.parse("2023"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "2024-13", "2024-00", "2024-Q5", "2024-Q0", "24-Q1", "2024-3", "2024Q1", "2024-q1"
      })
  void malformedLabelsAreRejected(String label) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.parse(label));
    assertTrue(e.getMessage().contains(label));
  }

  @Test
  void aPeriodMustStartOnItsFirstDay() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Period(Granularity.QUARTER, LocalDate.of(2024, 2, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Period(Granularity.MONTH, LocalDate.of(2024, 2, 2)));
  }

  @Test
  void betweenListsEveryPeriodTouchedInOrder() {
    List<Period> quarters =
        Period.between(Granularity.QUARTER, LocalDate.of(2023, 11, 20), LocalDate.of(2024, 7, 1));
    assertEquals(
        List.of("2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"),
        quarters.stream().map(Period::label).toList());
    assertEquals(
        1,
        Period.between(Granularity.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
            .size());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Period.between(Granularity.MONTH, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
  }

  @Test
  void indexRunsAcrossYearEnds() {
    assertEquals(1, Period.parse("2025-01").index() - Period.parse("2024-12").index());
    assertEquals(1, Period.parse("2025-Q1").index() - Period.parse("2024-Q4").index());
    assertEquals(5, Period.parse("2025-Q2").index() - Period.parse("2024-Q1").index());
  }

  // Property test. The domain (every day of 2000 to 2100, for each granularity) is small enough to
  // check in full, which covers every edge a random sample would hit: 1 January, 29 February of
  // leap years (2000 is one, 2100 is not), quarter and month ends, 31 December.

  @ParameterizedTest
  @EnumSource(Granularity.class)
  void nextPeriodIndexIsOneMoreAndLabelsRoundTrip(Granularity granularity) {
    for (int year = 2000; year <= 2100; year++) {
      for (int dayOfYear = 1; dayOfYear <= Year.of(year).length(); dayOfYear++) {
        LocalDate day = LocalDate.ofYearDay(year, dayOfYear);
        String inputs = granularity + " containing " + day;
        Period p = Period.containing(granularity, day);
        assertEquals(p.index() + 1, p.next().index(), inputs);
        assertEquals(p.end().plusDays(1), p.next().start(), inputs);
        assertEquals(p, Period.parse(p.label()), inputs);
        assertTrue(p.contains(day), inputs);
        assertTrue(p.compareTo(p.next()) < 0, inputs);
      }
    }
  }
}
